package cn.gov.yingkou.sgpt.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRole;
import cn.gov.yingkou.sgpt.organisation.boundary.Operation;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationAdministration;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.DepartmentView;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.IssuedCredential;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationViews.SystemView;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAccounts;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;
import cn.gov.yingkou.sgpt.web.duty.DutyFormat;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * The registry of external systems (Art 14): which department each acts for, its interfaces, operations and
 * source addresses; new secrets and tokens are shown once, right here, and never again.
 */
@Named
@ViewScoped
public class SystemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SystemAccounts systems;

    @Inject
    OrganisationAdministration administration;

    @Inject
    CurrentUser user;

    private List<SystemView> rows;
    private List<DepartmentView> departments;
    private final Form form = new Form();
    private IssuedCredential issued;
    private String search;

    /** The system being registered or re-granted. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean editing;
        private String username;
        private String displayName;
        private String departmentCode;
        private List<String> channels = new ArrayList<>();
        private List<String> operations = new ArrayList<>();
        private String addresses;
        private List<String> actsFor = new ArrayList<>();

        public boolean isEditing() { return editing; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getDepartmentCode() { return departmentCode; }
        public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
        public List<String> getChannels() { return channels; }
        public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels); }
        public List<String> getOperations() { return operations; }
        public void setOperations(List<String> operations) { this.operations = operations == null ? new ArrayList<>() : new ArrayList<>(operations); }
        public String getAddresses() { return addresses; }
        public void setAddresses(String addresses) { this.addresses = addresses; }
        public List<String> getActsFor() { return actsFor; }
        public void setActsFor(List<String> actsFor) { this.actsFor = actsFor == null ? new ArrayList<>() : new ArrayList<>(actsFor); }

        Set<SystemChannel> channelSet() {
            Set<SystemChannel> set = EnumSet.noneOf(SystemChannel.class);
            channels.forEach(c -> set.add(SystemChannel.valueOf(c)));
            return set;
        }

        Set<Operation> operationSet() {
            Set<Operation> set = EnumSet.noneOf(Operation.class);
            operations.forEach(o -> set.add(Operation.valueOf(o)));
            return set;
        }

        Set<String> addressSet() {
            return new LinkedHashSet<>(Arrays.asList((addresses == null ? "" : addresses).split("[\\s,;]+")));
        }
    }

    @PostConstruct
    void init() {
        rows = systems.list(user.caller());
        departments = administration.assignableDepartments(user.caller());
    }

    public void startNew() {
        form.editing = false;
        form.username = null;
        form.displayName = null;
        form.departmentCode = departments.isEmpty() ? null : departments.get(0).code();
        form.channels = new ArrayList<>(List.of(SystemChannel.SOAP.name()));
        form.operations = new ArrayList<>();
        form.addresses = null;
    }

    public void edit(SystemView system) {
        form.editing = true;
        form.username = system.username();
        form.displayName = system.displayName();
        form.departmentCode = system.departmentCode();
        form.channels = new ArrayList<>(system.channels().stream().map(SystemChannel::name).toList());
        form.operations = new ArrayList<>(system.operations().stream().map(Operation::name).toList());
        form.addresses = String.join("\n", system.addresses());
        form.actsFor = new ArrayList<>(system.actsFor());
    }

    public void save() {
        issued = null;
        boolean done = form.editing
                ? Feedback.attempt(() -> systems.grant(user.caller(), form.username, form.channelSet(),
                        form.operationSet(), form.addressSet()), "systems.saved", form.username)
                : Feedback.attempt(() -> issued = systems.create(user.caller(), form.departmentCode, form.username,
                        form.displayName, form.channelSet(), form.operationSet(), form.addressSet()),
                        "systems.created", form.username);
        if (done && (form.editing || !form.actsFor.isEmpty())) {
            done = Feedback.attempt(() -> systems.actFor(user.caller(), form.username, new LinkedHashSet<>(form.actsFor)),
                    null);
        }
        if (done) {
            rows = systems.list(user.caller());
        }
    }

    public void newSecret(SystemView system) {
        issued = null;
        Feedback.attempt(() -> issued = systems.newSecret(user.caller(), system.username()), "systems.secretIssued",
                system.username());
    }

    public void newToken(SystemView system) {
        issued = null;
        if (Feedback.attempt(() -> issued = systems.newToken(user.caller(), system.username()), "systems.tokenIssued",
                system.username())) {
            rows = systems.list(user.caller());
        }
    }

    public void revokeToken(SystemView system) {
        if (Feedback.attempt(() -> systems.revokeToken(user.caller(), system.username()), "systems.tokenRevoked",
                system.username())) {
            rows = systems.list(user.caller());
        }
    }

    public String time(Instant at) {
        return DutyFormat.SHOWN.format(at);
    }

    public void liftCooldown(SystemView system) {
        if (Feedback.attempt(() -> systems.liftCooldown(user.caller(), system.username()), "systems.cooldownLifted",
                system.username())) {
            rows = systems.list(user.caller());
        }
    }

    public void toggle(SystemView system) {
        boolean active = system.status() == cn.gov.yingkou.sgpt.organisation.boundary.AccountStatus.ACTIVE;
        if (Feedback.attempt(() -> {
            if (active) {
                administration.disable(user.caller(), system.username());
            } else {
                administration.enable(user.caller(), system.username());
            }
        }, active ? "people.disabled" : "people.enabled", system.username())) {
            rows = systems.list(user.caller());
        }
    }

    public SystemChannel[] getAllChannels() {
        return SystemChannel.values();
    }

    public Operation[] getAllOperations() {
        return Operation.values();
    }

    /** The systems whose account, name or department contains the search text (all without one). */
    public List<SystemView> getRows() {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() ? rows : rows.stream().filter(s -> (s.username() + " " + s.displayName() + " "
                + s.departmentCode()).toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<DepartmentView> getDepartments() { return departments; }

    /** The approval bureaus a bureau's system may also act for. */
    public List<DepartmentView> getBureaus() {
        return departments.stream().filter(d -> d.role() == DepartmentRole.APPROVAL_BUREAU).toList();
    }
    public Form getForm() { return form; }
    public IssuedCredential getIssued() { return issued; }

    /** A set of codes or addresses on one line, for the list's export. */
    public String joined(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
