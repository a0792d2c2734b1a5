package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * The kinds of document departments hand to one another through the platform (Art 17, 19, 20); a department sets how
 * it receives each (ReceivingChannels), or one channel for every kind.
 */
public enum DocumentKind {
    /** 审批结果: the approval bureau to the competent department (Art 17). */
    RESULT,
    /** 处罚决定信息: a competent department or the enforcement bureau to the approval bureau (Art 19). */
    PENALTY,
    /** 许可处理结果: the approval bureau's change, withdrawal, revocation or cancellation, back to the department (Art 19). */
    LICENCE_ACTION,
    /** 案件移送: any department to another (Art 20). */
    CASE_TRANSFER,
    /** 案件处理结果: a filed case's outcome, from the department that handled it to the transferring department and the
     * approval bureau (Art 20). */
    CASE_OUTCOME;

    /** Whether departments of the role hand documents of this kind over. */
    public boolean sentBy(DepartmentRole role) {
        return switch (this) {
            case RESULT, LICENCE_ACTION -> role == DepartmentRole.APPROVAL_BUREAU;
            case PENALTY -> role == DepartmentRole.COMPETENT_DEPARTMENT || role == DepartmentRole.ENFORCEMENT_BUREAU;
            // Those that supervise or decide on licences: not the government, not the business-environment bureau.
            case CASE_TRANSFER, CASE_OUTCOME -> role == DepartmentRole.APPROVAL_BUREAU
                    || role == DepartmentRole.COMPETENT_DEPARTMENT || role == DepartmentRole.ENFORCEMENT_BUREAU;
        };
    }

    /** Whether departments of the role receive documents of this kind. */
    public boolean receivedBy(DepartmentRole role) {
        return switch (this) {
            case RESULT -> role == DepartmentRole.COMPETENT_DEPARTMENT;
            case PENALTY -> role == DepartmentRole.APPROVAL_BUREAU;
            case LICENCE_ACTION -> role == DepartmentRole.COMPETENT_DEPARTMENT || role == DepartmentRole.ENFORCEMENT_BUREAU;
            // Those that supervise or decide on licences: not the government, not the business-environment bureau.
            case CASE_TRANSFER, CASE_OUTCOME -> role == DepartmentRole.APPROVAL_BUREAU
                    || role == DepartmentRole.COMPETENT_DEPARTMENT || role == DepartmentRole.ENFORCEMENT_BUREAU;
        };
    }

    /**
     * Whether documents of this kind travel by the receiver's own channel (its industry system, off the platform), as
     * the receiver contract carries them; case transfers and their outcomes wait in the platform inbox, with the
     * evidence, and the receiver's system reads them there over the interfaces.
     */
    public boolean byReceiversChannel() {
        return this != CASE_TRANSFER && this != CASE_OUTCOME;
    }
}
