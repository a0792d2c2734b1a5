package cn.gov.yingkou.sgpt.organisation.boundary;

/** What a department does on the platform (DESIGN.md §1). */
public enum DepartmentRole {
    /** 行政审批部门: decides licences for the items moved to it (Art 5). */
    APPROVAL_BUREAU,
    /** 行政主管部门: supervises licences once signed for (Art 6). */
    COMPETENT_DEPARTMENT,
    /** 营商环境建设主管部门: keeps the item list, runs the platform, issues circulars (Art 7, 15, 21). */
    BUSINESS_ENVIRONMENT_BUREAU,
    /** 行使相对集中行政处罚权的部门 (Art 19). */
    ENFORCEMENT_BUREAU,
    /** 本级政府 (Art 7, 9). */
    GOVERNMENT
}
