package cn.gov.yingkou.sgpt.supervision.boundary;

/** Where a rectification order stands: the holder's duty, which the department follows up by re-inspecting. */
public enum Rectification {
    /** Ordered; the re-inspection has not yet taken place. */
    DUE,
    /** The re-inspection found it put right. */
    RECTIFIED,
    /** The re-inspection found it not put right. */
    NOT_RECTIFIED
}
