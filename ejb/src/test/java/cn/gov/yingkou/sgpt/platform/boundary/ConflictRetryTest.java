package cn.gov.yingkou.sgpt.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    @Test
    void aLostRaceIsRunAgainUntilItSettles() {
        AtomicInteger calls = new AtomicInteger();
        String answer = ConflictRetry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new EJBTransactionRolledbackException("commit failed", new OptimisticLockException("row changed"));
            }
            return "signed";
        });
        assertEquals("signed", answer);
        assertEquals(3, calls.get());
    }

    @Test
    void aRefusalIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException refusal = new IllegalStateException("推送当前为 RETURNED / The push is RETURNED");
        assertSame(refusal, assertThrows(IllegalStateException.class, () -> ConflictRetry.run(() -> {
            calls.incrementAndGet();
            throw refusal;
        })));
        assertEquals(1, calls.get());
    }

    @Test
    void aRaceThatNeverSettlesEndsAfterTheLastAttemptWithItsFailure() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(EJBTransactionRolledbackException.class, () -> ConflictRetry.run(() -> {
            calls.incrementAndGet();
            throw new EJBTransactionRolledbackException("commit failed", new OptimisticLockException("row changed"));
        }));
        assertEquals(ConflictRetry.ATTEMPTS, calls.get());
    }

    @Test
    void conflictsAreKnownByWhatTheyWrap() {
        assertTrue(ConflictRetry.isConflict(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(ConflictRetry.isConflict(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertFalse(ConflictRetry.isConflict(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(ConflictRetry.isConflict(new IllegalArgumentException("no push 7")));
    }
}
