package cn.gov.yingkou.sgpt.supervision.boundary;

/** Why an inspection took place (Art 18). */
public enum InspectionKind {
    /** A routine, planned inspection. */
    PLANNED,
    /** On a lead: a complaint or report, an association's or the media's report, another department's notice. */
    ON_LEAD,
    /** Drawn at random (双随机). */
    RANDOM,
    /** The re-inspection of a rectification order after its deadline. */
    FOLLOW_UP
}
