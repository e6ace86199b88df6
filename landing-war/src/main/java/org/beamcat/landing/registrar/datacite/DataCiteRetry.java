package org.beamcat.landing.registrar.datacite;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Repeats one DataCite request as the {@link RetryPolicy} says, on resilience4j's {@link Retry}: while DataCite
 * answers 429 or 5xx, or does not answer at all (an {@link IOException}). The wait after an attempt is the
 * exponential back-off or the answer's {@code Retry-After}, whichever is longer, capped at the policy's maximum.
 *
 * <p>Why not MicroProfile Fault Tolerance, although Payara has it: its {@code @Retry} waits one fixed delay
 * (plus jitter) between attempts, with no exponential back-off (an open specification issue) and no way to
 * take the delay from the failed answer, so it cannot honour {@code Retry-After}; and its settings would be
 * MicroProfile Config keys per class and method rather than the validated {@code beamcat.doi.datacite.*}.
 */
final class DataCiteRetry {

    private static final Logger LOG = Logger.getLogger(DataCiteRetry.class.getName());

    private final RetryPolicy policy;
    private final IntervalFunction backOff;
    private final Clock clock;
    private final Consumer<Duration> onWait;

    /**
     * @param onWait told each wait before it is spent (the unit tests check the delays with it)
     */
    DataCiteRetry(RetryPolicy policy, Clock clock, Consumer<Duration> onWait) {
        this.policy = policy;
        this.backOff = IntervalFunction.ofExponentialBackoff(policy.initialDelay(), 2.0, policy.maxDelay());
        this.clock = clock;
        this.onWait = onWait;
    }

    int maxAttempts() {
        return policy.maxAttempts();
    }

    /** Whether an answer is worth asking again for: a rate limit or a server error. Any other will not change. */
    static boolean isWorthRetrying(int status) {
        return status == 429 || status >= 500;
    }

    /**
     * The last answer: a success, a refusal, or a 429/5xx that outlasted the attempts (the caller reports it).
     *
     * @throws IOException when the last attempt got no answer
     * @throws InterruptedException when interrupted while sending (not retried)
     */
    HttpResponse<String> send(String what, CheckedSupplier<HttpResponse<String>> call)
            throws IOException, InterruptedException {
        Retry retry = Retry.of(what, RetryConfig.<HttpResponse<String>>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(response -> isWorthRetrying(response.statusCode()))
                .retryExceptions(IOException.class)
                .failAfterMaxAttempts(false)
                .intervalBiFunction(this::delayMillis)
                .consumeResultBeforeRetryAttempt((attempt, response) -> LOG.info(what + ": DataCite answered "
                        + response.statusCode() + ", " + DataCiteErrors.of(response.statusCode(), response.body()).message()
                        + "; attempt " + attempt + " of " + policy.maxAttempts()))
                .build());
        retry.getEventPublisher().onRetry(event -> {
            if (event.getLastThrowable() != null) {
                LOG.info(what + ": no answer (" + event.getLastThrowable() + "); attempt "
                        + event.getNumberOfRetryAttempts() + " of " + policy.maxAttempts());
            }
            onWait.accept(event.getWaitInterval());
        });
        try {
            return retry.executeCheckedSupplier(call);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable unexpected) {
            throw new IllegalStateException(what + " failed", unexpected);
        }
    }

    private long delayMillis(int attempt, Either<Throwable, HttpResponse<String>> outcome) {
        Optional<Duration> retryAfter = outcome.isRight()
                ? RetryAfter.parse(outcome.get().headers().firstValue("Retry-After"), clock)
                : Optional.empty();
        return delay(attempt, retryAfter).toMillis();
    }

    /** The wait after the given failed attempt (1 for the first), given the server's Retry-After if any. */
    Duration delay(int failedAttempt, Optional<Duration> retryAfter) {
        Duration wanted = Duration.ofMillis(backOff.apply(failedAttempt));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wanted) > 0) {
            wanted = retryAfter.get();
        }
        return wanted.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : wanted;
    }
}
