package cn.gov.yingkou.sgpt.organisation.boundary;

/** The interfaces an external system may connect through. */
public enum SystemChannel {
    SOAP, REST
}
