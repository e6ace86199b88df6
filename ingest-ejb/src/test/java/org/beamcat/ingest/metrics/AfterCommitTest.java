package org.beamcat.ingest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes count once the delivery's transaction has committed, never for a rolled-back one. */
class AfterCommitTest {

    /** A registry in one given state that keeps what is registered, so the test completes the transaction. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        final int status;
        final List<Synchronization> synchronizations = new ArrayList<>();

        Transaction(int status) {
            this.status = status;
        }

        void complete(int outcome) {
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }

    private int counted;

    @Test
    void countsAfterTheCommitNotBefore() {
        Transaction transaction = new Transaction(Status.STATUS_ACTIVE);
        AfterCommit.run(transaction, () -> counted++);
        assertEquals(0, counted, "nothing before the commit");
        transaction.complete(Status.STATUS_COMMITTED);
        assertEquals(1, counted);
    }

    @Test
    void aRolledBackDeliveryCountsNothing() {
        Transaction transaction = new Transaction(Status.STATUS_ACTIVE);
        AfterCommit.run(transaction, () -> counted++);
        transaction.complete(Status.STATUS_ROLLEDBACK);
        assertEquals(0, counted);
    }

    @Test
    void aTransactionMarkedForRollbackCountsNothing() {
        Transaction transaction = new Transaction(Status.STATUS_MARKED_ROLLBACK);
        AfterCommit.run(transaction, () -> counted++);
        transaction.complete(Status.STATUS_ROLLEDBACK);
        assertEquals(0, counted);
        assertEquals(0, transaction.synchronizations.size());
    }

    @Test
    void withoutATransactionItCountsAtOnce() {
        AfterCommit.run(new Transaction(Status.STATUS_NO_TRANSACTION), () -> counted++);
        assertEquals(1, counted);
    }
}
