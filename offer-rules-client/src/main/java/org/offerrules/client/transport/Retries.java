package org.offerrules.client.transport;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import dev.failsafe.RetryPolicy;

/**
 * The two retry rules of a rate-limited API, written once for the network client and link-check's
 * AffiliTest client: a throttled answer is sent again after the {@link Throttle}'s pause, a failing
 * server after a doubling back-off. Each caller says which of its answers (and, for a failing server,
 * which failures) the rule is for; everything else is not retried.
 */
public final class Retries {

    private static final System.Logger LOG = System.getLogger(Retries.class.getName());

    private Retries() {
    }

    /**
     * Sends a throttled answer's request again, up to {@code retries} times. No delay of its own: the
     * throttled answer closed the throttle's gate for every caller ({@link Throttle#slowDown}), and the
     * retry waits there like them.
     *
     * @param throttled which answers are throttled (429, the API's own throttle code)
     * @param status    an answer's HTTP status, for the log line of a retry
     */
    public static <R> RetryPolicy<R> throttled(Predicate<? super R> throttled, ToIntFunction<? super R> status,
            int retries) {
        return RetryPolicy.<R>builder()
                .handleIf((answer, failure) -> failure == null && answer != null && throttled.test(answer))
                .withMaxRetries(retries)
                .onRetry(e -> LOG.log(Level.DEBUG, () -> "throttled (HTTP " + status.applyAsInt(e.getLastResult())
                        + "), waiting before attempt " + (e.getAttemptCount() + 1)))
                .build();
    }

    /**
     * Sends the request of a failing server's answer, or of a failure, again, up to {@code retries}
     * times, {@code backoff} after the first attempt and doubling up to {@code maxBackoff}.
     *
     * @param busy   which answers say the server failed (5xx, ...)
     * @param broken which failures (no answer) may be sent again
     * @param status an answer's HTTP status, for the log line of a retry
     */
    public static <R> RetryPolicy<R> busy(Predicate<? super R> busy, Predicate<Throwable> broken,
            ToIntFunction<? super R> status, int retries, Duration backoff, Duration maxBackoff) {
        return RetryPolicy.<R>builder()
                .handleIf((answer, failure) -> failure == null ? answer != null && busy.test(answer) : broken.test(failure))
                .withMaxRetries(retries)
                .withBackoff(backoff, maxBackoff)
                .onRetry(e -> LOG.log(Level.DEBUG, () -> (e.getLastException() != null ? "no answer"
                        : "server failing (HTTP " + status.applyAsInt(e.getLastResult()) + ")") + ", attempt "
                        + (e.getAttemptCount() + 1)))
                .build();
    }
}
