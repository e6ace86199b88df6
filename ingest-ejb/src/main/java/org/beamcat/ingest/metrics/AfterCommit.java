package org.beamcat.ingest.metrics;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current JTA transaction has committed: at once when there is no transaction, never
 * when it rolls back. A delivery whose transaction rolls back (a failure at commit, a timeout) is delivered
 * again, so an outcome counted before the commit would be counted twice.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            action.run();
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int outcome) {
                    if (outcome == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        }
        // Any other status (marked for rollback, rolling back, ...) ends without a commit: nothing to count.
    }
}
