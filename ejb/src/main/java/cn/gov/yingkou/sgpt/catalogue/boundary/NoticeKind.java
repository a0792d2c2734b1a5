package cn.gov.yingkou.sgpt.catalogue.boundary;

/** The two notices Art 8 has competent departments send the approval bureau. */
public enum NoticeKind {
    /** ¶3: a law or policy changed that touches listed items. */
    LAW_CHANGE,
    /** ¶4: a draft rule touching listed items, on which the approval bureau's opinion is sought by a date. */
    OPINION_SOLICITATION
}
