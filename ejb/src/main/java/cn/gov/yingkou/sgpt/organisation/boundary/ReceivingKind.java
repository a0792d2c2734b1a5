package cn.gov.yingkou.sgpt.organisation.boundary;

/** How a competent department receives approval results pushed to it (Art 15–17). */
public enum ReceivingKind {
    /** Its clerks and liaison officers sign for pushes in the platform's inbox (the default). */
    PLATFORM_INBOX,
    /** The platform also delivers each push to the department's industry system over SOAP; either side may sign. */
    INDUSTRY_SYSTEM,
    /**
     * The platform cannot reach it (Art 17 ¶2): each push is handed over by on-site reading, copy or fax within a
     * time the two sides agree, and both record it on the platform.
     */
    OFF_PLATFORM
}
