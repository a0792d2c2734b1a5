package cn.gov.yingkou.sgpt.organisation.boundary;

/** A person at a desk, or a provincial / industry system calling over SOAP or REST for one department. */
public enum AccountKind {
    PERSON, SYSTEM
}
