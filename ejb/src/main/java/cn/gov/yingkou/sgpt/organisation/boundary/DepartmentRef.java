package cn.gov.yingkou.sgpt.organisation.boundary;

/** A department as other contexts refer to it: by code, with the keys of the department and its unit. */
public record DepartmentRef(long id, String code, long unitId, String unitCode, String nameZh, String nameEn) {
}
