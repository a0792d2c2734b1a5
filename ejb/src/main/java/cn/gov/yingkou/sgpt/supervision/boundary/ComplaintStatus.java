package cn.gov.yingkou.sgpt.supervision.boundary;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** With the department, to be answered within its limit. */
    RECEIVED,
    /** Answered; the complainant can read the answer. */
    ANSWERED
}
