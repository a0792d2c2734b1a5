package cn.gov.yingkou.sgpt.duty.control;

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

import cn.gov.yingkou.sgpt.platform.boundary.JobLease;
import cn.gov.yingkou.sgpt.platform.boundary.LeasedJob;

/**
 * Every minute, on whichever node holds the lease, marks the duties whose deadline has passed as OVERDUE.
 * The query is "due at or before now", so duties that fell due while the platform was down are caught at
 * the first run after it comes back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueSweep {

    static final String JOB = OverdueBatch.SWEEPER.username();
    private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(55);

    @EJB
    JobLease lease;

    @EJB
    OverdueMarker marker;

    private LeasedJob job;

    @PostConstruct
    void register() {
        job = new LeasedJob(lease, JOB, LEASE);
    }

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    void everyMinute() {
        job.runIfLeased(() -> {
            int marked = sweep(Instant.now());
            if (marked > 0) {
                LOG.info(() -> marked + " duties fell overdue");
            }
        });
    }

    /** Marks every duty due at or before {@code now}; returns how many. */
    public int sweep(Instant now) {
        int total = 0;
        int marked;
        do {
            marked = marker.markBatch(now);
            total += marked;
        } while (marked > 0);
        return total;
    }
}
