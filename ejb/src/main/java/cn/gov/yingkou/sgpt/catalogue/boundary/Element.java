package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.EnumSet;
import java.util.Set;

/** The elements of an implementation list that Art 8 ¶1 names, each a field of its own. */
public enum Element {
    LEGAL_BASIS, TARGET, AUTHORITY_CONTENT, TIME_LIMIT, CONDITIONS, MATERIALS, SPECIAL_PROCEDURES,
    INTERMEDIARY_SERVICES, REVIEW_METHOD, REVIEW_STANDARD, PROCESS, RESPONSIBILITIES, ACCOUNTABILITY_CASES,
    INDUSTRY_PLAN;

    /** The key elements every configuration keeps: time limit, conditions, materials, review standard. */
    public static Set<Element> alwaysKey() {
        return EnumSet.of(TIME_LIMIT, CONDITIONS, MATERIALS, REVIEW_STANDARD);
    }
}
