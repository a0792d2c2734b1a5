package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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

    /** Seconds between runs; -Dsgpt.delivery.tick.seconds (default 5). */
    private static final long TICK_SECONDS = Math.max(1, Long.getLong("sgpt.delivery.tick.seconds", 5));

    private LeasedJob job;

    @Resource
    TimerService timers;

    @PostConstruct
    void register() {
        job = new LeasedJob(lease, JOB, LEASE);
        long tick = Duration.ofSeconds(TICK_SECONDS).toMillis();
        timers.createIntervalTimer(tick, tick, new TimerConfig(null, false));
    }

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

    /** The regular tick and the at-once run after a run that ended on its time limit. */
    @Timeout
    void run(Timer timer) {
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

    /**
     * The receiver's due deliveries, oldest first, a batch prepared at a time, until one fails (nothing overtakes it:
     * the rest of its batch is not called) or time is up. Each outcome is kept while the next call is made.
     */
    private int deliverTo(long receiver, Instant stopAt) {
        int acknowledged = 0;
        ReceiverClient client = null;
        List<DeliveryLedger.Next> batch = ledger.prepare(receiver, List.of(), true, Instant.now());
        while (!batch.isEmpty()) {
            List<Future<Void>> recording = new ArrayList<>();
            List<DeliveryLedger.Next> unmade = new ArrayList<>();
            boolean failed = false;
            for (DeliveryLedger.Next call : batch) {
                if (failed || !Instant.now().isBefore(stopAt)) {
                    unmade.add(call);
                    continue;
                }
                Instant calledAt = Instant.now();
                Answer answer;
                try {
                    client = client != null && client.isFor(call.target()) ? client : ReceiverClient.to(call.target());
                    answer = client.deliver(call.work(), call.attempt().number());
                } catch (RuntimeException e) {
                    client = null;
                    answer = new Answer(AttemptOutcome.FAILED, "无法建立客户端 / No client for the endpoint: " + e);
                }
                recording.add(ledger.record(new DeliveryLedger.Ended(call, calledAt, Instant.now(), answer)));
                failed = answer.outcome() == AttemptOutcome.FAILED;
                if (!failed) {
                    acknowledged++;
                }
            }
            awaitAll(recording);
            Instant now = Instant.now();
            batch = ledger.prepare(receiver, unmade, !failed && now.isBefore(stopAt), now);
        }
        return acknowledged;
    }

    /** The batch's outcomes are kept before its receiver's queue is read again (an unrecorded call is still due). */
    private static void awaitAll(List<Future<Void>> recording) {
        try {
            for (Future<Void> outcome : recording) {
                outcome.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delivery outcomes were kept", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A delivery outcome could not be kept", e.getCause());
        }
    }
}
