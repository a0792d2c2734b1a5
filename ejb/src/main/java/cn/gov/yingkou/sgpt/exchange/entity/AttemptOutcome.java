package cn.gov.yingkou.sgpt.exchange.entity;

/** How one call to an industry system ended. */
public enum AttemptOutcome {
    RECEIVED,
    REJECTED,
    /** No answer of the contract: SOAP fault, HTTP error, refused connection, timeout. */
    FAILED,
    /** The call is being made: written before it, so that a crash during it leaves a trace. */
    UNDER_WAY,
    /** The platform stopped while the call was under way: the receiver may have the result (a repeat is harmless). */
    UNKNOWN
}
