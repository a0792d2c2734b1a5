package cn.gov.yingkou.sgpt.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationAdministration;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.UnitView;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** Units (zones switched on and off) and their departments, added and corrected by administrators. */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration administration;

    @Inject
    CurrentUser user;

    private List<UnitView> units;
    private String search;
    private LazyDataModel<DepartmentView> departments;
    private final Form form = new Form();
    private List<AuditRecord> history = List.of();

    /** The department being added or corrected. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean editing;
        private String unitCode;
        private String code;
        private String nameZh;
        private String nameEn;
        private DepartmentRole role = DepartmentRole.COMPETENT_DEPARTMENT;
        private String industry;
        private boolean active = true;

        public boolean isEditing() { return editing; }
        public String getUnitCode() { return unitCode; }
        public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public DepartmentRole getRole() { return role; }
        public void setRole(DepartmentRole role) { this.role = role; }
        public String getIndustry() { return industry; }
        public void setIndustry(String industry) { this.industry = industry; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    @PostConstruct
    void init() {
        units = administration.units(user.caller());
        departments = new PageOf<>((first, size, sorting) -> administration.departments(user.caller(), search, sorting,
                first, size),
                DepartmentView::code);
    }

    public void switchUnit(UnitView unit) {
        if (Feedback.attempt(() -> administration.switchUnit(user.caller(), unit.code(), !unit.active()),
                unit.active() ? "units.switchedOff" : "units.switchedOn", unit.nameZh())) {
            units = administration.units(user.caller());
        }
    }

    public void startNew() {
        form.editing = false;
        form.unitCode = units.isEmpty() ? null : units.get(0).code();
        form.code = null;
        form.nameZh = null;
        form.nameEn = null;
        form.role = DepartmentRole.COMPETENT_DEPARTMENT;
        form.industry = null;
        form.active = true;
    }

    public void edit(DepartmentView department) {
        form.editing = true;
        form.unitCode = department.unitCode();
        form.code = department.code();
        form.nameZh = department.nameZh();
        form.nameEn = department.nameEn();
        form.role = department.role();
        form.industry = department.industry();
        form.active = department.active();
    }

    public void save() {
        if (form.editing) {
            Feedback.attempt(() -> administration.reviseDepartment(user.caller(), form.code, form.nameZh, form.nameEn,
                    form.role, form.industry, form.active), "departments.saved", form.code);
        } else {
            Feedback.attempt(() -> administration.createDepartment(user.caller(), form.unitCode, form.code, form.nameZh,
                    form.nameEn, form.role, form.industry), "departments.created", form.code);
        }
    }

    public void showHistory(DepartmentView department) {
        history = administration.departmentHistory(user.caller(), department.code());
    }

    public DepartmentRole[] getRoles() {
        return DepartmentRole.values();
    }

    public List<UnitView> getUnits() { return units; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<DepartmentView> getDepartments() { return departments; }
    public Form getForm() { return form; }
    public List<AuditRecord> getHistory() { return history; }
}
