package cn.gov.yingkou.sgpt.audit.boundary;

/** Where a change came from. */
public enum Channel {
    PORTAL, SOAP, REST, SCHEDULER, SYSTEM
}
