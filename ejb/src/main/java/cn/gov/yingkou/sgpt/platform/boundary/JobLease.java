package cn.gov.yingkou.sgpt.platform.boundary;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import cn.gov.yingkou.sgpt.shared.NativeWrites;

/**
 * A lease in the database that lets a scheduled job run on one node of a cluster at a time: the update
 * succeeds for exactly one node while the previous lease has run out.
 */
@Stateless
public class JobLease {

    private static final Instant RELEASED = Instant.parse("2000-01-01T00:00:00Z");

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    /** Makes the job known; safe to call on every start of every node. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String job) {
        boolean known = !em.createNativeQuery("select name from job_lease where name = ?1").setParameter(1, job)
                .getResultList().isEmpty();
        if (!known) {
            NativeWrites.on(em, "job_lease", "insert into job_lease (name, holder, until) values (?1, null, ?2)")
                    .setParameter(1, job).setParameter(2, Timestamp.from(RELEASED)).executeUpdate();
        }
    }

    /**
     * Takes the lease when it has run out, or when an earlier process of the same node still holds it (a holder is
     * "node/pid"; node names are unique in a cluster, so that process has stopped — by a crash, or mid-run at a stop —
     * and its work must not wait for the lease to run out after the restart).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration length) {
        int slash = holder.lastIndexOf('/');
        boolean incarnations = slash > 0;
        var update = NativeWrites.on(em, "job_lease", "update job_lease set holder = ?1, until = ?2 where name = ?3 and "
                + (incarnations ? "(until < ?4 or (holder like ?5 escape '!' and holder <> ?1))" : "until < ?4"))
                .setParameter(1, holder).setParameter(2, Timestamp.from(now.plus(length)))
                .setParameter(3, job).setParameter(4, Timestamp.from(now));
        if (incarnations) {
            update.setParameter(5, holder.substring(0, slash + 1).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        return update.executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String job, String holder) {
        NativeWrites.on(em, "job_lease", "update job_lease set until = ?1 where name = ?2 and holder = ?3")
                .setParameter(1, Timestamp.from(RELEASED))
                .setParameter(2, job).setParameter(3, holder).executeUpdate();
    }
}
