package cn.gov.yingkou.sgpt.ws.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionLostOrTerminatedIsTheDatabaseOutOfReach() {
        assertTrue(DatabaseUnavailable.in(new PersistenceException(new SQLException("gone", "08006"))));
        assertTrue(DatabaseUnavailable.in(new PersistenceException(new SQLException("terminating connection", "57P01"))));
    }

    @Test
    void aCommitTheDatabaseFailedIsTooThoughTheCauseIsOnlyLogged() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        assertTrue(DatabaseUnavailable.in(new EJBTransactionRolledbackException("rolled back", commit)));
    }

    @Test
    void aRefusedWriteOrARollbackWithItsReasonIsNot() {
        assertFalse(DatabaseUnavailable.in(new PersistenceException(new SQLException("duplicate key", "23505"))));
        RollbackException withReason = new RollbackException("ARJUNA016053: Could not commit transaction.");
        withReason.initCause(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.in(new EJBTransactionRolledbackException("rolled back", withReason)));
        assertFalse(DatabaseUnavailable.in(new IllegalStateException("not a database failure")));
    }
}
