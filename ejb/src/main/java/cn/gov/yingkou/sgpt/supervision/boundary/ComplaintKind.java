package cn.gov.yingkou.sgpt.supervision.boundary;

/** What the public brings to the department (Art 18: 群众参与). */
public enum ComplaintKind {
    /** 投诉: a grievance of the complainant's own against the holder. */
    COMPLAINT,
    /** 举报: a report of a violation. */
    REPORT
}
