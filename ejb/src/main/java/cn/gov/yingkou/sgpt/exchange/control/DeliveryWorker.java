package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.exchange.control.ReceiverClient.Answer;
import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.platform.boundary.JobLease;
import cn.gov.yingkou.sgpt.platform.boundary.LeasedJob;

/**
 * Every few seconds, on whichever node holds the lease, delivers what the outbox holds to the departments'
 * industry systems (a run that ends on its time limit is followed at once by the next, so a queue drains without
 * pauses): per receiver, oldest first, stopping at the first failure so nothing overtakes it. The
 * outbox is in the database, so deliveries pending when the server stopped go out after it starts. The
 * channel is read for every delivery: an administrator's change applies to the next one, and a department
 * switched to the platform inbox has its pending deliveries withdrawn (its pushes wait in the inbox).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

    static final String JOB = "exchange-delivery";
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    /** A run stops taking new work after this, well inside its lease. */
    private static final Duration RUN = Duration.ofSeconds(40);
    private static final Duration LEASE = Duration.ofSeconds(60);

    @EJB
    JobLease lease;

    @EJB
    DeliveryLedger ledger;

    private LeasedJob job;

    @PostConstruct
    void register() {
        job = new LeasedJob(lease, JOB, LEASE);
    }

    @Resource
    TimerService timers;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void everyFewSeconds() {
        job.runIfLeased(() -> {
            Instant stopAt = Instant.now().plus(RUN);
            int delivered = deliverDue(stopAt);
            if (delivered > 0) {
                LOG.fine(() -> delivered + " hand-overs delivered to industry systems");
            }
            if (!Instant.now().isBefore(stopAt)) {
                // The run ended on time, not for want of work: the next one starts now, not at the next tick.
                timers.createSingleActionTimer(1, new TimerConfig(null, false));
            }
        });
    }

    @Timeout
    void runOnAtOnce(Timer timer) {
        everyFewSeconds();
    }

    /** Delivers every due delivery until {@code stopAt}; answers how many were acknowledged. */
    public int deliverDue(Instant stopAt) {
        int acknowledged = 0;
        for (long receiver : ledger.receiversWaiting()) {
            acknowledged += deliverTo(receiver, stopAt);
        }
        return acknowledged;
    }

    /** The receiver's due deliveries, oldest first, until one fails (nothing overtakes it) or time is up. */
    private int deliverTo(long receiver, Instant stopAt) {
        int acknowledged = 0;
        ReceiverClient client = null;
        Optional<DeliveryLedger.Next> next = ledger.advance(receiver, null, true, Instant.now());
        while (next.isPresent()) {
            DeliveryLedger.Next call = next.get();
            Answer answer;
            try {
                client = client != null && client.isFor(call.target()) ? client : ReceiverClient.to(call.target());
                answer = client.deliver(call.work(), call.attempt().number());
            } catch (RuntimeException e) {
                client = null;
                answer = new Answer(AttemptOutcome.FAILED, "无法建立客户端 / No client for the endpoint: " + e);
            }
            if (answer.outcome() != AttemptOutcome.FAILED) {
                acknowledged++;
            }
            Instant now = Instant.now();
            next = ledger.advance(receiver, new DeliveryLedger.Ended(call, now, answer), now.isBefore(stopAt), now);
        }
        return acknowledged;
    }
}
