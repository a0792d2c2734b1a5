package cn.gov.yingkou.sgpt.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationAdministration;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.PersonView;
import cn.gov.yingkou.sgpt.organisation.boundary.Role;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.faces.PageOf;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** Administrators search people, add them, change their roles and department, unlock and reset them. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration administration;

    @Inject
    CurrentUser user;

    private String search;
    private LazyDataModel<PersonView> model;
    private List<DepartmentView> departments;
    private final Form form = new Form();
    private List<AuditRecord> history = List.of();
    private String historyOf;

    /** The person being added or edited; {@code editing} tells which. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean editing;
        private String username;
        private String displayName;
        private String departmentCode;
        private List<String> roles = new ArrayList<>();
        private String phone;
        private String email;
        private String temporaryPassword;

        public boolean isEditing() { return editing; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getDepartmentCode() { return departmentCode; }
        public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getTemporaryPassword() { return temporaryPassword; }
        public void setTemporaryPassword(String temporaryPassword) { this.temporaryPassword = temporaryPassword; }

        Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            roles.forEach(role -> set.add(Role.valueOf(role)));
            return set;
        }

        char[] password() {
            return temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray();
        }
    }

    @PostConstruct
    void init() {
        departments = administration.assignableDepartments(user.caller());
        model = new PageOf<>((first, size, sorting) -> administration.people(user.caller(), search, sorting, first, size),
                PersonView::username);
    }

    public void startNew() {
        form.editing = false;
        form.username = null;
        form.displayName = null;
        form.departmentCode = departments.isEmpty() ? null : departments.get(0).code();
        form.roles = new ArrayList<>(List.of(Role.CLERK.name()));
        form.phone = null;
        form.email = null;
        form.temporaryPassword = null;
    }

    public void edit(PersonView person) {
        form.editing = true;
        form.username = person.username();
        form.displayName = person.displayName();
        form.departmentCode = person.departmentCode();
        form.roles = new ArrayList<>(person.roles().stream().map(Role::name).toList());
        form.phone = person.phone();
        form.email = person.email();
        form.temporaryPassword = null;
    }

    public void save() {
        if (form.editing) {
            Feedback.attempt(() -> administration.revisePerson(user.caller(), form.username, form.departmentCode,
                    form.displayName, form.roleSet(), form.phone, form.email), "people.saved", form.username);
        } else {
            Feedback.attempt(() -> administration.createPerson(user.caller(), form.departmentCode, form.username,
                    form.displayName, form.roleSet(), form.phone, form.email, form.password()), "people.created",
                    form.username);
        }
    }

    public void resetPassword() {
        Feedback.attempt(() -> administration.resetPassword(user.caller(), form.username, form.password()),
                "people.passwordReset", form.username);
    }

    public void unlock(PersonView person) {
        Feedback.attempt(() -> administration.unlock(user.caller(), person.username()), "people.unlocked",
                person.username());
    }

    public void disable(PersonView person) {
        Feedback.attempt(() -> administration.disable(user.caller(), person.username()), "people.disabled",
                person.username());
    }

    public void enable(PersonView person) {
        Feedback.attempt(() -> administration.enable(user.caller(), person.username()), "people.enabled",
                person.username());
    }

    public void showHistory(PersonView person) {
        historyOf = person.username();
        history = administration.accountHistory(user.caller(), person.username());
    }

    public Role[] getAllRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.SYSTEM)).toArray(Role[]::new);
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<PersonView> getModel() { return model; }
    public List<DepartmentView> getDepartments() { return departments; }
    public Form getForm() { return form; }
    public List<AuditRecord> getHistory() { return history; }
    public String getHistoryOf() { return historyOf; }
}
