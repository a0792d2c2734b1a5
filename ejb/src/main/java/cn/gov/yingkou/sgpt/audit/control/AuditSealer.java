package cn.gov.yingkou.sgpt.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.platform.boundary.JobLease;

/**
 * Seals new audit entries into the chain every few seconds, on one node at a time, in
 * batches. Business transactions only append; none of them waits for the chain.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    static final int EVERY_SECONDS = AuditTrail.SEAL_EVERY_SECONDS;
    static final String JOB = "audit-seal";
    private static final int BATCH = 5000;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @EJB
    JobLease lease;

    @EJB
    AuditSealBatch batch;

    private final String node = System.getProperty("jboss.node.name", "node") + "/" + ProcessHandle.current().pid();

    @PostConstruct
    void register() {
        try {
            lease.register(JOB);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease already registered", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void seal() {
        Instant now = Instant.now();
        if (!lease.acquire(JOB, node, now, Duration.ofSeconds(30))) {
            return;
        }
        try {
            while (batch.seal(BATCH) == BATCH) {
                // a backlog: keep sealing until it is cleared
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit sealing failed; it runs again in " + EVERY_SECONDS + " s", e);
        } finally {
            lease.release(JOB, node);
        }
    }

    /** Seals everything waiting now (tests and shutdown use it; the schedule does the same). */
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
