package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Instant;

/** Whether the platform can serve: the database answers at the expected schema, the deployment is up. */
public record HealthReport(boolean up, Instant checkedAt, DatabaseCheck database, DeploymentCheck deployment,
        AuditCheck audit) {

    /** As told to a monitor that has not authenticated: up or down and why, without products and versions. */
    public HealthReport withoutVersions() {
        return new HealthReport(up, checkedAt, new DatabaseCheck(database.up(), null, null, null, database.latencyMicros(),
                database.error()), new DeploymentCheck(deployment.up(), null, deployment.mode(), deployment.startedAt(),
                deployment.demoDataLoaded()), audit);
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
