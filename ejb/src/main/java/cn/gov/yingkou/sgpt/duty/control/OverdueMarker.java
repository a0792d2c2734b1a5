package cn.gov.yingkou.sgpt.duty.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;

/**
 * Marks one batch of open duties whose deadline has passed as OVERDUE. The select is a range scan on
 * (status, due_at), so the cost follows the duties that fell due, not the size of the table; the update
 * re-checks the status, so a duty completed meanwhile, or marked by another node, is left alone.
 */
@Stateless
public class OverdueMarker {

    public static final int BATCH = 1000;

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from duty where status = 'OPEN' and due_at <= ?1 "
                + "and paused_since is null order by due_at")
                .setParameter(1, Timestamp.from(now)).setMaxResults(BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> keys = ids.stream().map(Number::longValue).toList();
        int marked = em.createNativeQuery("update duty set status = 'OVERDUE', version = version + 1 "
                + "where id in (?1) and status = 'OPEN' and paused_since is null")
                .setParameter(1, keys).executeUpdate();
        Actor sweep = Actor.scheduler("duty-overdue-sweep");
        audit.recordEach(sweep, "duty.overdue", "duty", keys.stream().map(String::valueOf).toList(),
                "deadline passed before " + now);
        return marked;
    }
}
