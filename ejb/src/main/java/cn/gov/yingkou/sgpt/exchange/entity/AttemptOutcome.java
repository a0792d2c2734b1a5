package cn.gov.yingkou.sgpt.exchange.entity;

/** How one call to an industry system ended. */
public enum AttemptOutcome {
    RECEIVED,
    REJECTED,
    /** No answer of the contract: SOAP fault, HTTP error, refused connection, timeout. */
    FAILED
}
