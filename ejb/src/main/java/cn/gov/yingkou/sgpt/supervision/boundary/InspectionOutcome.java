package cn.gov.yingkou.sgpt.supervision.boundary;

/** What an inspection found. */
public enum InspectionOutcome {
    /** Nothing wrong. */
    COMPLIANT,
    /** Something to put right by a deadline: a rectification order (责令整改). */
    RECTIFY,
    /** A violation to be dealt with: a penalty, or a transfer where it is another department's (Art 20). */
    VIOLATION
}
