package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * Whose record an action touches: a department of a unit, a whole unit, or the platform as a whole
 * (both ids null).
 */
public record Scope(Long unitId, Long departmentId) {

    public static Scope platform() {
        return new Scope(null, null);
    }

    public static Scope unit(long unitId) {
        return new Scope(unitId, null);
    }

    public static Scope department(DepartmentRef department) {
        return new Scope(department.unitId(), department.id());
    }

    public boolean isPlatform() {
        return unitId == null;
    }
}
