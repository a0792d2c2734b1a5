package cn.gov.yingkou.sgpt.licensing.boundary;

/**
 * What an approval bureau does to a licence it issued (Art 19; Licensing Law Art 8, 49, 69, 70), each under a decision
 * document of its own: on a penalty decision that asks for it, or on its own initiative (a holder's application to
 * change or cancel). Declining is the bureau's answer that it will not do what a penalty decision asked, with reasons.
 */
public enum LicenceActionKind {
    /** 变更: the scope, the end of validity or the certificate change; the licence stays valid. */
    CHANGE(null),
    /** 暂扣许可证件: suspended until a date. */
    SUSPEND(LicenceStatus.SUSPENDED),
    /** 发还许可证件: a suspension ends. */
    RESTORE(LicenceStatus.VALID),
    /** 撤回 (Licensing Law Art 8). */
    WITHDRAW(LicenceStatus.WITHDRAWN),
    /** 撤销 (Licensing Law Art 69). */
    REVOKE(LicenceStatus.REVOKED),
    /** 注销 (Licensing Law Art 70). */
    CANCEL(LicenceStatus.CANCELLED),
    /** 不予处理: the bureau declines what a penalty decision asked, with its reasons; the licence is unchanged. */
    DECLINE(null);

    private final LicenceStatus target;

    LicenceActionKind(LicenceStatus target) {
        this.target = target;
    }

    /** The status the licence moves to; null for a change in place and for declining. */
    public LicenceStatus target() {
        return target;
    }

    /** Whether the action is allowed on a licence in the status. */
    public boolean allowedOn(LicenceStatus status) {
        return switch (this) {
            case CHANGE -> status == LicenceStatus.VALID;
            case DECLINE -> true;
            default -> status.canBecome(target);
        };
    }
}
