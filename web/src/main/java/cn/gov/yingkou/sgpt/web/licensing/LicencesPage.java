package cn.gov.yingkou.sgpt.web.licensing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceQuery;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** The licence register of the user's unit: search by holder, number, item and status, paged in the database. */
@Named
@ViewScoped
public class LicencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenceRegister register;

    @Inject
    CurrentUser user;

    private String holder;
    private String number;
    private String itemCode;
    private LicenceStatus status;
    private PageOf<LicenceView> licences;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        LicenceQuery query = new LicenceQuery(user.getAccount().unitCode(), holder, number, itemCode, status);
        licences = new PageOf<>((first, size) -> register.search(user.caller(), query, first, size), LicenceView::number);
    }

    /** What the search finds, as a workbook; nothing (and the reason as a message) when the export is refused. */
    public StreamedContent getWorkbook() {
        LicenceQuery query = new LicenceQuery(user.getAccount().unitCode(), holder, number, itemCode, status);
        LicenceRegister.Export[] export = new LicenceRegister.Export[1];
        if (!Feedback.attempt(() -> export[0] = register.export(user.caller(), query), null)) {
            return null;
        }
        byte[] content = export[0].content();
        return DefaultStreamedContent.builder().name(export[0].fileName()).contentType(LicenceRegister.Export.MEDIA_TYPE)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public LicenceStatus[] getStatuses() { return LicenceStatus.values(); }
    public PageOf<LicenceView> getLicences() { return licences; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public LicenceStatus getStatus() { return status; }
    public void setStatus(LicenceStatus status) { this.status = status; }
}
