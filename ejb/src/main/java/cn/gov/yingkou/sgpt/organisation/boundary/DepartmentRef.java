package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * A department as other contexts refer to it: by code, with the keys of the department and its unit, and the
 * role it plays on the platform.
 */
public record DepartmentRef(long id, String code, long unitId, String unitCode, String nameZh, String nameEn,
        DepartmentRole role) {
}
