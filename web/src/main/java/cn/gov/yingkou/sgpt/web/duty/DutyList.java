package cn.gov.yingkou.sgpt.web.duty;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.duty.boundary.DutyPage;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The signed-in person's department's pending duties, soonest deadline first, paged in the database, each with the
 * record it is about named as a clerk knows it (a push by its licence number) and linked to that record's page
 * ({@link DutySubjects}).
 */
@Named
@ViewScoped
public class DutyList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DutyService duties;

    @Inject
    Departments departments;

    @Inject
    PushQueries pushes;

    @Inject
    CurrentUser user;

    private LazyDataModel<DutyView> model;
    private List<AuditRecord> history = List.of();

    @PostConstruct
    void init() {
        model = new Pending(duties, pushes, user, departments.require(user.getAccount().departmentCode()));
    }

    public LazyDataModel<DutyView> getModel() {
        return model;
    }

    /** The audit history of one of the department's duties. */
    public void showHistory(DutyView duty) {
        history = duties.history(user.caller(), duty.id());
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    /** How the rows name and link the records their duties are about. */
    public DutySubjects getSubjects() {
        return ((Pending) model).subjects;
    }

    private static final class Pending extends LazyDataModel<DutyView> {
        private static final long serialVersionUID = 1L;
        private final transient DutyService duties;
        private final transient PushQueries pushes;
        private final CurrentUser user;
        private final DepartmentRef department;
        private final DutySubjects subjects = new DutySubjects();

        Pending(DutyService duties, PushQueries pushes, CurrentUser user, DepartmentRef department) {
            this.duties = duties;
            this.pushes = pushes;
            this.user = user;
            this.department = department;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) duties.pendingForDepartment(user.caller(), department, 0, 1).total();
        }

        @Override
        public List<DutyView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DutyPage page = duties.pendingForDepartment(user.caller(), department, first, pageSize);
            setRowCount((int) page.total());
            subjects.remember(pushes.licenceNumbers(user.caller(), department, DutySubjects.pushIds(page.rows())));
            return page.rows();
        }

        @Override
        public String getRowKey(DutyView duty) {
            return Long.toString(duty.id());
        }
    }
}
