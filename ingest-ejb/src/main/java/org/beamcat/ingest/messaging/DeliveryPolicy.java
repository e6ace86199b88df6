package org.beamcat.ingest.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.InputsNotRegistered;
import org.beamcat.ingest.registration.RegistrationRejected;
import org.beamcat.messages.InvalidMessageException;

/**
 * The delivery policy every ingestion MDB shares, as a plain class ({@link QueueConsumer} is its JMS edge):
 *
 * <ul>
 * <li>Unreadable and invalid messages and rejected ones go straight to the dead-letter queue (no retry).</li>
 * <li>Processed data whose raw inputs are not registered waits.</li>
 * <li>Failures that may pass (catalogue unreachable, file system) ask for a redelivery
 * ({@link RedeliveryNeeded}); on the last allowed attempt the message is dead-lettered with the last failure
 * as its reason.</li>
 * <li>A message delivered more often than allowed although nothing failed here (rolled back after
 * {@code onMessage} returned: a transaction timeout) is dead-lettered before any work.</li>
 * </ul>
 */
public final class DeliveryPolicy {

    private static final Logger LOG = Logger.getLogger(DeliveryPolicy.class.getName());

    /** Where the outcomes of a delivery go: metrics, the dead-letter queue, the waiting queue. */
    public interface Outlets {
        void received(String queue);

        void registered(String queue, int datafiles, Duration took);

        void rejected(String queue);

        void deadLetter(String queue, String body, String reason, String originalId, int attempt);

        void waitForInputs(String queue, String body, String reason, String originalId);
    }

    /** One delivery as the broker gave it; {@code body} empty with {@code unreadable} set when it had none. */
    public record Delivery(String queue, String messageId, String originalId, int brokerDeliveryCount,
            Optional<String> body, String unreadable) {
    }

    /** The delivery failed for a reason that may pass: the transaction must roll back so the broker redelivers. */
    public static final class RedeliveryNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedeliveryNeeded(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DeliveryAttempts attempts;
    private final Outlets outlets;

    public DeliveryPolicy(DeliveryAttempts attempts, Outlets outlets) {
        this.attempts = attempts;
        this.outlets = outlets;
    }

    /** @throws RedeliveryNeeded a retryable failure before the last attempt */
    public void deliver(Delivery delivery, MessageHandler handler) {
        String queue = delivery.queue();
        String id = delivery.messageId();
        outlets.received(queue);
        int attempt = attempts.thisAttempt(id, delivery.brokerDeliveryCount());
        if (delivery.body().isEmpty()) {
            outlets.rejected(queue);
            outlets.deadLetter(queue, "", "unreadable message: " + delivery.unreadable(), delivery.originalId(),
                    attempt);
            return;
        }
        String body = delivery.body().get();
        if (attempts.beyondLastAttempt(attempt)) {
            attempts.forget(id);
            outlets.deadLetter(queue, body, "delivered " + attempt + " times, more than the " + attempts.maxAttempts()
                    + " allowed, and no delivery failed in onMessage: each was rolled back after it (transaction"
                    + " timeout)", delivery.originalId(), attempt);
            return;
        }
        long started = System.nanoTime();
        try {
            int datafiles = handler.handle(body);
            attempts.forget(id);
            outlets.registered(queue, datafiles, Duration.ofNanos(System.nanoTime() - started));
        } catch (InvalidMessageException e) {
            attempts.forget(id);
            outlets.rejected(queue);
            outlets.deadLetter(queue, body, "invalid message: " + e.getMessage(), delivery.originalId(), attempt);
        } catch (RegistrationRejected e) {
            attempts.forget(id);
            outlets.rejected(queue);
            outlets.deadLetter(queue, body, "rejected: " + e.getMessage(), delivery.originalId(), attempt);
        } catch (InputsNotRegistered e) {
            attempts.forget(id);
            outlets.waitForInputs(queue, body, e.getMessage(), delivery.originalId());
        } catch (IcatException | IOException | RuntimeException e) {
            if (attempts.failedAndExhausted(id, attempt)) {
                outlets.deadLetter(queue, body, "failed " + attempt + " times, last: " + e, delivery.originalId(),
                        attempt);
                return;
            }
            LOG.log(Level.WARNING, "delivery " + attempt + " of message " + id + " on " + queue
                    + " failed; it will be redelivered", e);
            throw new RedeliveryNeeded("handling failed, redelivery " + attempt + " of " + attempts.maxAttempts()
                    + ": " + e, e);
        }
    }
}
