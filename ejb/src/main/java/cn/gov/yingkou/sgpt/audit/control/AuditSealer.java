package cn.gov.yingkou.sgpt.audit.control;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.platform.boundary.JobLease;
import cn.gov.yingkou.sgpt.platform.boundary.LeasedJob;

/**
 * Seals new audit entries into the chain every few seconds, on one node at a time, in batches. Business
 * transactions only append; none of them waits for the chain.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    static final String JOB = "audit-seal";
    private static final int BATCH = 5000;

    @EJB
    JobLease lease;

    @EJB
    AuditSealBatch batch;

    private LeasedJob job;

    /**
     * Seals what the last run of the server left waiting before this node takes requests: entries written in
     * the seconds before a stop would otherwise age while the server was down and, until the first tick,
     * make the health check report the chain as stalled.
     */
    @PostConstruct
    void registerAndCatchUp() {
        job = new LeasedJob(lease, JOB, Duration.ofSeconds(30));
        job.runIfLeased(this::sealNow);
    }

    /** Every AuditTrail.SEAL_EVERY_SECONDS (5) seconds; the health check's bound assumes it. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void seal() {
        job.runIfLeased(this::sealNow);
    }

    /** Seals everything waiting now, batch by batch (the schedule calls it; so can a test). */
    public int sealNow() {
        int total = 0;
        int sealed;
        do {
            sealed = batch.seal(BATCH);
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }
}
