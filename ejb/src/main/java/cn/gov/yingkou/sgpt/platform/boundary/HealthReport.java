package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Instant;

/** Whether the platform can serve: the database answers at the expected schema, the deployment is up. */
public record HealthReport(boolean up, Instant checkedAt, DatabaseCheck database, DeploymentCheck deployment,
        AuditCheck audit) {

    /** As told to a caller that has not authenticated: up or down, and when that was found; the details are not theirs. */
    public Verdict verdict() {
        return new Verdict(up, checkedAt);
    }

    public record Verdict(boolean up, Instant checkedAt) {
    }

    public record DatabaseCheck(boolean up, String product, String productVersion, String schemaVersion,
            long latencyMicros, String error) {
    }

    /** The audit chain keeps up when no entry has waited much longer than the sealing interval. */
    public record AuditCheck(boolean up, long oldestUnsealedSeconds, int sealEverySeconds) {
    }

    public record DeploymentCheck(boolean up, String version, String mode, Instant startedAt, boolean demoDataLoaded) {
    }
}
