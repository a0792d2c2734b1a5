package cn.gov.yingkou.sgpt.audit.entity;

/** Where a change came from. */
public enum Channel {
    PORTAL, SOAP, REST, SCHEDULER, SYSTEM
}
