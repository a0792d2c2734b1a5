package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (Licensing Law Art 29–44): received; told once what is missing (Art 32) and
 * received again when it is supplied; accepted, or refused at intake with reasons; under review (its
 * clock paused for hearings, testing and the like, Art 45); granted or denied with reasons (Art 38); the
 * licence issued and delivered (Art 44). An applicant may withdraw before the decision.
 */
public enum ApplicationStatus {
    /** 已收件: the materials are in; within 5 working days the applicant learns what is missing, if anything. */
    RECEIVED,
    /** 待补正: told once and in full what to supplement. */
    AWAITING_MATERIALS,
    /** 已受理 / 审查中: the decision clock runs (the item's time limit). */
    UNDER_REVIEW,
    /** 不予受理. */
    REFUSED,
    /** 准予许可: the licence is to be issued within 10 working days. */
    GRANTED,
    /** 不予许可. */
    DENIED,
    /** 已发证. */
    ISSUED,
    /** 申请人撤回. */
    WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(AWAITING_MATERIALS, UNDER_REVIEW, REFUSED, WITHDRAWN);
            case AWAITING_MATERIALS -> EnumSet.of(RECEIVED, REFUSED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(GRANTED, DENIED, WITHDRAWN);
            case GRANTED -> EnumSet.of(ISSUED);
            case REFUSED, DENIED, ISSUED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canBecome(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
