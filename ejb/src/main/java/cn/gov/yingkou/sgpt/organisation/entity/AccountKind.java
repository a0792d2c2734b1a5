package cn.gov.yingkou.sgpt.organisation.entity;

/** A person at a desk, or a provincial / industry system calling over SOAP or REST for one department. */
public enum AccountKind {
    PERSON, SYSTEM
}
