package cn.gov.yingkou.sgpt.exchange.entity;

/** Where the delivery of one push to an industry system stands. */
public enum DeliveryStatus {
    /** Not yet acknowledged: tried again with growing pauses until it is. */
    PENDING,
    /** The industry system answered RECEIVED. */
    DELIVERED,
    /** The industry system answered REJECTED: it will never take this push (the reason is kept). */
    REJECTED,
    /**
     * No longer to be delivered, whatever the system answers: the department sent the push back, or now
     * receives results in the platform inbox, or the bureau or the department stopped a push its system cannot
     * take (the reason is kept).
     */
    WITHDRAWN
}
