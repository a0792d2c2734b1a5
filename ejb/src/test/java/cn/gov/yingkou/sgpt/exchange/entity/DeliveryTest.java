package cn.gov.yingkou.sgpt.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration CAP = Duration.ofMinutes(15);

    @Test
    void failuresDoubleThePauseUpToTheCap() {
        assertEquals(Duration.ofSeconds(5), Delivery.pauseAfter(1, CAP));
        assertEquals(Duration.ofSeconds(10), Delivery.pauseAfter(2, CAP));
        assertEquals(Duration.ofSeconds(40), Delivery.pauseAfter(4, CAP));
        assertEquals(CAP, Delivery.pauseAfter(9, CAP));
        assertEquals(CAP, Delivery.pauseAfter(10_000, CAP), "no overflow after days of failures");
    }

    @Test
    void aFailedAttemptWaitsAndCountsAReceivedOneFinishes() {
        Delivery delivery = new Delivery(7, "m-1", 12, T);
        delivery.attempted(1, AttemptOutcome.FAILED, "Connection refused", T, CAP);
        delivery.attempted(2, AttemptOutcome.FAILED, "HTTP 503", T.plusSeconds(5), CAP);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(T.plusSeconds(15), delivery.nextAttemptAt());
        delivery.attempted(3, AttemptOutcome.RECEIVED, null, T.plusSeconds(7), CAP);
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(3, delivery.attempts());
        assertEquals(T.plusSeconds(7), delivery.finishedAt());
        assertThrows(IllegalStateException.class,
                () -> delivery.attempted(4, AttemptOutcome.RECEIVED, null, T.plusSeconds(8), CAP), "delivered once");
    }

    @Test
    void aRejectionIsFinalAndKeepsTheReason() {
        Delivery delivery = new Delivery(7, "m-1", 12, T);
        delivery.attempted(1, AttemptOutcome.REJECTED, "非本系统业务", T, CAP);
        assertEquals(DeliveryStatus.REJECTED, delivery.status());
        assertEquals("非本系统业务", delivery.outcome());
    }

    @Test
    void aWithdrawnDeliveryKeepsItsReasonAndAnAttemptUnderWayDoesNotRevive() {
        Delivery delivery = new Delivery(7, "m-1", 12, T);
        delivery.attempted(1, AttemptOutcome.FAILED, "HTTP 503", T, CAP);
        assertTrue(delivery.withdraw("部门已退回", T.plusSeconds(3)));
        assertEquals(DeliveryStatus.WITHDRAWN, delivery.status());
        assertEquals(T.plusSeconds(3), delivery.finishedAt());

        delivery.attempted(2, AttemptOutcome.RECEIVED, null, T.plusSeconds(4), CAP);
        assertEquals(DeliveryStatus.WITHDRAWN, delivery.status(), "the answer is counted, the withdrawal stands");
        assertEquals(2, delivery.attempts());
        assertEquals("部门已退回", delivery.outcome());
        assertFalse(delivery.withdraw("again", T.plusSeconds(5)), "withdrawn once");
    }

    @Test
    void anAttemptIsWrittenUnderWayAndOneCutOffByAStopBecomesOfUnknownOutcome() {
        DeliveryAttempt first = new DeliveryAttempt(7, 1, T, "http://hy.example/receiver");
        assertEquals(AttemptOutcome.UNDER_WAY, first.outcome());
        assertEquals(null, first.endedAt());
        first.interrupted();
        assertEquals(AttemptOutcome.UNKNOWN, first.outcome());
        assertTrue(first.detail().contains("same message id"), first.detail());

        DeliveryAttempt second = new DeliveryAttempt(7, 2, T.plusSeconds(60), "http://hy.example/receiver");
        second.ended(AttemptOutcome.RECEIVED, null, T.plusSeconds(60), T.plusSeconds(61));
        assertEquals(AttemptOutcome.RECEIVED, second.outcome());
        second.interrupted();
        assertEquals(AttemptOutcome.RECEIVED, second.outcome(), "an ended attempt is never made unknown");
        assertThrows(IllegalArgumentException.class, () -> second.ended(AttemptOutcome.UNKNOWN, null, T, T));

        Delivery delivery = new Delivery(7, "m-1", 12, T);
        delivery.attempted(2, AttemptOutcome.RECEIVED, null, T.plusSeconds(61), CAP);
        assertEquals(2, delivery.attempts(), "the attempt cut off counts");
    }

    @Test
    void aFinishedDeliveryCannotBeWithdrawn() {
        Delivery delivery = new Delivery(7, "m-1", 12, T);
        delivery.attempted(1, AttemptOutcome.RECEIVED, null, T, CAP);
        assertFalse(delivery.withdraw("部门已退回", T.plusSeconds(3)));
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
    }
}
