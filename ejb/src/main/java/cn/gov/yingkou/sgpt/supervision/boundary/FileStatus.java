package cn.gov.yingkou.sgpt.supervision.boundary;

/** Where a supervision file stands. */
public enum FileStatus {
    /** Opened on signing: the department has its "start supervision" duty to meet. */
    AWAITING_START,
    /** The department assigned its supervisor and first measure. */
    STARTED,
    /** Inspected, with no rectification outstanding. */
    INSPECTED,
    /** A rectification order awaits its re-inspection. */
    RECTIFICATION_DUE
}
