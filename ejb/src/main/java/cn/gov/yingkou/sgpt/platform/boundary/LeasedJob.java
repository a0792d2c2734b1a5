package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A scheduled job that must run on one cluster node at a time: it registers its lease once, and each run
 * happens only on the node that acquired the lease, which it releases afterwards. A failed run is logged and
 * tried again at the next tick.
 */
public final class LeasedJob {

    private static final Logger LOG = Logger.getLogger(LeasedJob.class.getName());
    private static final String NODE = System.getProperty("jboss.node.name", "node") + "/" + ProcessHandle.current().pid();

    private final JobLease lease;
    private final String name;
    private final Duration length;

    public LeasedJob(JobLease lease, String name, Duration length) {
        this.lease = lease;
        this.name = name;
        this.length = length;
        try {
            lease.register(name);
        } catch (RuntimeException e) {
            // Another node registered it at the same moment (primary key): the job is known either way.
            LOG.log(Level.FINE, "Lease " + name + " already registered", e);
        }
    }

    /** Runs the work if this node gets the lease; does nothing otherwise. */
    public void runIfLeased(Runnable work) {
        if (!lease.acquire(name, NODE, Instant.now(), length)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Job " + name + " failed; it runs again at its next tick", e);
        } finally {
            lease.release(name, NODE);
        }
    }
}
