package cn.gov.yingkou.sgpt.supervision.boundary;

/** How a complaint or report reached the platform. */
public enum ComplaintChannel {
    /** The public form, without login. */
    PUBLIC_FORM,
    /** Entered by a clerk (a visit, a letter, a call to the department). */
    PORTAL,
    /** Passed on by a hotline system (12345) over REST. */
    HOTLINE
}
