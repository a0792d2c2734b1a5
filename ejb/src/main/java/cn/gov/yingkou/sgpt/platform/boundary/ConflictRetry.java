package cn.gov.yingkou.sgpt.platform.boundary;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * A write that lost a race — another transaction changed the same rows first (an optimistic-lock conflict, a deadlock
 * or a serialization failure) — is run again in a new transaction, so that it ends as the operation's own answer given
 * the winner's state: a repeated sign answers the signed push, a sign that lost to a return is refused as a sign after
 * a return is. Nothing of the lost attempt was committed. Callers run outside any transaction (the interfaces and the
 * portal); inside one a retry could not help.
 */
public final class ConflictRetry {

    /**
     * Attempts in all. Each round of writers racing on one record has one winner, so n writers colliding in step need
     * up to n attempts; the jittered pause usually settles it at the second.
     */
    public static final int ATTEMPTS = 10;

    /** Deadlock detected (PostgreSQL), serialization failure (SQL standard), lock timeout and deadlock (H2). */
    private static final Set<String> CONFLICT_STATES = Set.of("40P01", "40001", "HYT00");
    private static final Set<String> STALE = Set.of("org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException", "org.hibernate.dialect.lock.OptimisticEntityLockException");

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> call) {
        for (int attempt = 1;; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isConflict(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    /** Whether the failure, or anything it wraps, is a lost race rather than a refusal or a fault. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || STALE.contains(t.getClass().getName())
                    || t instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A few milliseconds, more each time and jittered, so that racing writers do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt) + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a conflicting write", e);
        }
    }
}
