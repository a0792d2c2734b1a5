package cn.gov.yingkou.sgpt.exchange.control;

import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;

/**
 * What each kind of document adds to the hand-over: the clocks on its sender and its receiver and who may send it.
 * Results, penalty decisions and licence actions are pushed within 2 working days and signed for within 2 (Art 17, 19);
 * a case transfer is decided on within 5 (Art 20).
 */
public final class HandoverRules {

    public static final int PUSH_DAYS = 2;
    public static final int SIGN_DAYS = 2;
    public static final int TRANSFER_DECISION_DAYS = 5;

    private HandoverRules() {
    }

    public static DutyKind pushDuty(DocumentKind kind) {
        return switch (kind) {
            case RESULT -> DutyKind.PUSH_RESULT;
            case PENALTY -> DutyKind.PUSH_PENALTY_INFO;
            case LICENCE_ACTION -> DutyKind.PUSH_LICENCE_ACTION_BACK;
            case CASE_TRANSFER -> DutyKind.TRANSFER_CASE;
            case CASE_OUTCOME -> DutyKind.FEED_BACK_CASE_OUTCOME;
        };
    }

    public static DutyKind signDuty(DocumentKind kind) {
        return switch (kind) {
            case RESULT -> DutyKind.SIGN_FOR_RESULT;
            case PENALTY -> DutyKind.SIGN_FOR_PENALTY;
            case LICENCE_ACTION -> DutyKind.SIGN_FOR_LICENCE_ACTION;
            case CASE_TRANSFER -> DutyKind.DECIDE_ON_TRANSFER;
            case CASE_OUTCOME -> DutyKind.SIGN_FOR_CASE_OUTCOME;
        };
    }

    public static int signDays(DocumentKind kind) {
        return kind == DocumentKind.CASE_TRANSFER ? TRANSFER_DECISION_DAYS : SIGN_DAYS;
    }

    /**
     * Whether the receiver's answer to a hand-over of the kind is a decision of the kind's own context: a case transfer
     * is accepted, declined or returned as a transfer (and sent on or withdrawn as one), never just signed for.
     */
    public static boolean decidedInItsContext(DocumentKind kind) {
        return kind == DocumentKind.CASE_TRANSFER;
    }

    /** Who may hand a document of the kind over for its department. */
    public static Permission sendPermission(DocumentKind kind) {
        return switch (kind) {
            case RESULT -> Permission.PUSH_RESULT;
            case PENALTY -> Permission.RECORD_PENALTY;
            case LICENCE_ACTION -> Permission.ACT_ON_LICENCE;
            case CASE_TRANSFER, CASE_OUTCOME -> Permission.TRANSFER_CASES;
        };
    }
}
