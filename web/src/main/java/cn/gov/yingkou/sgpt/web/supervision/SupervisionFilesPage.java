package cn.gov.yingkou.sgpt.web.supervision;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * "My supervision files": the licences the department supervises, those whose supervision is still to start first
 * (with the day the duty runs out), searchable by licence number or holder.
 */
@Named
@ViewScoped
public class SupervisionFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionFiles files;

    @Inject
    CurrentUser user;

    private FileStatus status;
    private String search;
    private PageOf<SupervisionFileView> rows;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Set<FileStatus> statuses = status == null ? EnumSet.noneOf(FileStatus.class) : EnumSet.of(status);
        String text = search;
        rows = new PageOf<>((first, size) -> files.list(user.caller(), null, statuses, text, first, size),
                f -> Long.toString(f.id()));
    }

    public FileStatus[] getStatuses() { return FileStatus.values(); }
    public PageOf<SupervisionFileView> getRows() { return rows; }
    public FileStatus getStatus() { return status; }
    public void setStatus(FileStatus status) { this.status = status; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
