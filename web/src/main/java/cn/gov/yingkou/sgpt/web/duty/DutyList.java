package cn.gov.yingkou.sgpt.web.duty;

import java.io.Serializable;
import java.util.HashMap;
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
 * record it is about named as a clerk knows it (a push by its licence number) and linked to that record's page.
 */
@Named
@ViewScoped
public class DutyList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PUSH = "push";

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

    /** The record's kind (a message key) and its reference: the application number, a push's licence number… */
    public String subjectKind(DutyView duty) {
        return "duty.subject." + duty.subjectType();
    }

    public String subjectReference(DutyView duty) {
        return PUSH.equals(duty.subjectType()) ? ((Pending) model).licences.getOrDefault(Long.valueOf(duty.subjectKey()),
                duty.subjectKey()) : duty.subjectKey();
    }

    /** The page that shows the record, or null for a kind of record no page shows. */
    public String subjectPage(DutyView duty) {
        return switch (duty.subjectType()) {
            case PUSH -> "/exchange/push";
            case "application" -> "/licensing/application";
            case "catalogue-notice" -> "/catalogue/notices";
            default -> null;
        };
    }

    /** The page's parameter naming the record, or null when the page lists them all. */
    public String subjectParameter(DutyView duty) {
        return switch (duty.subjectType()) {
            case PUSH -> "id";
            case "application" -> "number";
            default -> null;
        };
    }

    private static final class Pending extends LazyDataModel<DutyView> {
        private static final long serialVersionUID = 1L;
        private final transient DutyService duties;
        private final transient PushQueries pushes;
        private final CurrentUser user;
        private final DepartmentRef department;
        /** The licence numbers of the pushes the page's duties are about. */
        private final HashMap<Long, String> licences = new HashMap<>();

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
            licences.clear();
            licences.putAll(pushes.licenceNumbers(user.caller(), department, page.rows().stream()
                    .filter(duty -> PUSH.equals(duty.subjectType())).map(duty -> Long.valueOf(duty.subjectKey())).toList()));
            return page.rows();
        }

        @Override
        public String getRowKey(DutyView duty) {
            return Long.toString(duty.id());
        }
    }
}
