package cn.gov.yingkou.sgpt.transfer.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.platform.boundary.JobLease;
import cn.gov.yingkou.sgpt.platform.boundary.LeasedJob;

/**
 * Every night, on whichever node holds the lease, deletes the evidence files no transfer names: those received for a
 * transfer that was then refused (a field wrong, a later file refused) or never sent, once they are older than
 * {@value #AGE} hours (24 unless set) — a form still being filled in keeps its files. Receiving the same content again
 * renews a file's time, so a file about to be named by a transfer being sent is never taken.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceSweep {

    public static final String AGE = "sgpt.evidence.orphan.hours";
    static final String JOB = "evidence-sweep";
    private static final Logger LOG = Logger.getLogger(EvidenceSweep.class.getName());

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    JobLease lease;

    @EJB
    EvidenceStorage storage;

    private LeasedJob job;

    @PostConstruct
    void register() {
        job = new LeasedJob(lease, JOB, Duration.ofMinutes(30));
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        job.runIfLeased(() -> {
            int deleted = sweep(Instant.now().minus(Duration.ofHours(Long.getLong(AGE, 24))));
            if (deleted > 0) {
                LOG.info(() -> deleted + " evidence files no transfer names were deleted");
            }
        });
    }

    /** Deletes the files received before {@code cutoff} that no transfer names; returns how many. */
    public int sweep(Instant cutoff) {
        int deleted = 0;
        for (String sha256 : storage.store().receivedBefore(cutoff)) {
            long named = em.createNamedQuery("EvidenceFile.named", Long.class).setParameter("sha256", sha256)
                    .getSingleResult();
            if (named == 0) {
                storage.store().discard(sha256);
                deleted++;
            }
        }
        return deleted;
    }
}
