package cn.gov.yingkou.sgpt.organisation.boundary;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;

/**
 * An authenticated person or external system making one request: who, for which department of which unit,
 * with which roles (people) or registered operations (systems), over which channel and from where; for a system
 * authorised so, the other units' approval bureaus it may act for. Every guarded service takes one and asks
 * AccessPolicy.
 */
public record Caller(String username, AccountKind kind, Set<Role> roles, Set<Operation> operations,
        DepartmentRef department, UnitKind unitKind, Channel channel, String address, Set<DepartmentRef> actsFor) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(unitKind, "unitKind");
        Objects.requireNonNull(channel, "channel");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
        actsFor = actsFor == null ? Set.of() : Set.copyOf(actsFor);
    }

    /** Someone who acts for their own department only (every person; most systems). */
    public Caller(String username, AccountKind kind, Set<Role> roles, Set<Operation> operations, DepartmentRef department,
            UnitKind unitKind, Channel channel, String address) {
        this(username, kind, roles, operations, department, unitKind, channel, address, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Actor actor() {
        return new Actor(username, channel, address);
    }

    public long departmentId() {
        return department.id();
    }

    public long unitId() {
        return department.unitId();
    }

    /** Whether the caller acts for this department: its own, or a bureau it was authorised to act for. */
    public boolean actsForDepartment(long departmentId) {
        return departmentId == department.id() || actsFor.stream().anyMatch(d -> d.id() == departmentId);
    }

    /** The units whose records the caller works on: its own, and those of the bureaus it acts for. */
    public Set<Long> servedUnits() {
        Set<Long> units = new java.util.TreeSet<>();
        units.add(unitId());
        actsFor.forEach(d -> units.add(d.unitId()));
        return Set.copyOf(units);
    }
}
