package org.offerrules.client.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;

/**
 * The rate one client keeps, shared by every thread that calls it: Failsafe's smooth
 * {@link RateLimiter}, so that any two turns are at least {@code per / requests} apart (no burst after
 * a quiet spell, never more than {@code requests} turns in any {@code per}), behind a "not before"
 * gate that a throttled answer (429, {@code 6041}) closes for every caller until its
 * {@code Retry-After} has passed. The rate itself stays as it was: after the pause the callers take
 * turns at the same spacing as before.
 *
 * <p>A caller takes its turn with {@link #take()} before each attempt, retries included; whoever reads
 * a throttled answer calls {@link #slowDown(Optional)}. Thread-safe. Shared by {@code NetworkClient}
 * and link-check's {@code AffiliTestClient}, so the two APIs are waited out the same way.
 */
public final class Throttle {

    /**
     * Two permits a turn from a limiter of twice the rate. Failsafe's smooth limiter hands out one
     * permit per interval of its clock, and after a quiet spell it grants the permit of the interval
     * already begun at once: a turn late in one interval and the next one at the start of the next
     * would come almost together, N + 1 turns in one window. Taking two half-intervals a turn makes
     * every turn start on a half-interval boundary a whole interval after the previous one, at the
     * cost of waiting up to half an interval after a quiet spell.
     */
    private static final int PERMITS_A_TURN = 2;

    /**
     * The shortest hold after a throttled answer, whatever its {@code Retry-After} says
     * ({@code Retry-After: 0}, a date in the past) and whatever the fallback: a server that throttles
     * and says "now" would otherwise be asked again at once, and throttle again.
     */
    public static final Duration MIN_HOLD = Duration.ofSeconds(1);

    private final RateLimiter<Object> rate;
    private final Duration maxRateWait;
    private final Duration fallback;
    private final Duration max;
    /** {@link System#nanoTime()} before which no caller sends; guarded by {@code this}. */
    private long notBefore;
    private boolean closed;

    private Throttle(long requests, Duration per, Duration maxRateWait, Duration fallback, Duration max) {
        this.rate = RateLimiter.smoothBuilder(requests * PERMITS_A_TURN, per).build();
        this.maxRateWait = Objects.requireNonNull(maxRateWait, "maxRateWait");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.max = longestHold(max);
    }

    /**
     * {@code max} as the longest hold after a throttled answer: the one check of it, for a builder that
     * takes it before the throttle is made as for {@link #of}.
     *
     * @throws IllegalArgumentException if {@code max} is shorter than {@link #MIN_HOLD}
     */
    public static Duration longestHold(Duration max) {
        Objects.requireNonNull(max, "max");
        if (max.compareTo(MIN_HOLD) < 0) {
            throw new IllegalArgumentException("the longest wait after a throttled answer is shorter than the shortest, "
                    + MIN_HOLD.toSeconds() + " s: " + max);
        }
        return max;
    }

    /**
     * A throttle.
     *
     * @param requests    at most so many requests (retries included) per {@code per}, evenly spaced
     * @param per         the period of the rate
     * @param maxRateWait how long {@link #take()} waits for a turn under the rate before it gives up
     * @param fallback    how long a throttled answer without a usable {@code Retry-After} holds callers back
     *                    (at least {@link #MIN_HOLD})
     * @param max         the longest hold, whatever {@code Retry-After} says; at least {@link #MIN_HOLD}
     */
    public static Throttle of(long requests, Duration per, Duration maxRateWait, Duration fallback, Duration max) {
        return new Throttle(requests, per, maxRateWait, fallback, max);
    }

    /**
     * Waits until the gate is open and this caller's turn under the rate has come. A turn taken while
     * another caller closed the gate is given up and taken again after the gate opens, so that no one
     * sends during a pause and the callers that waited do not go out in a burst when it ends.
     *
     * @throws RateLimitExceededException when no turn comes within the maximum wait
     * @throws InterruptedException       when the waiting thread is interrupted
     */
    public void take() throws InterruptedException {
        take(Long.MAX_VALUE);
    }

    /**
     * As {@link #take()}, but gives up, without a turn, as soon as the gate is closed for longer than
     * {@code longestPause} from now: a caller whose own time limit is shorter than the pause a throttled
     * answer asked for does not wait for it (its caller reports the request as not sent).
     *
     * @return whether the turn came; false when the gate was held longer than {@code longestPause}
     * @throws RateLimitExceededException when no turn comes within the maximum wait
     * @throws InterruptedException       when the waiting thread is interrupted
     */
    public boolean take(Duration longestPause) throws InterruptedException {
        return take(nanos(longestPause));
    }

    private boolean take(long longestPauseNanos) throws InterruptedException {
        while (true) {
            if (!awaitGate(longestPauseNanos)) {
                return false;
            }
            rate.acquirePermits(PERMITS_A_TURN, maxRateWait);
            if (gateOpen()) {
                return true;
            }
        }
    }

    /** How long from now every caller is still held back after a throttled answer; zero when no one is. */
    public synchronized Duration held() {
        long wait = closed ? notBefore - System.nanoTime() : 0;
        return wait > 0 ? Duration.ofNanos(wait) : Duration.ZERO;
    }

    /**
     * Holds every caller back after a throttled answer: for {@code retryAfter}, or the fallback without
     * one, held between {@link #MIN_HOLD} and the longest hold. A shorter hold never shortens a
     * longer one already in force.
     *
     * @return how long from now the callers are held back
     */
    public Duration slowDown(Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElse(fallback);
        wait = wait.compareTo(MIN_HOLD) < 0 ? MIN_HOLD : wait.compareTo(max) > 0 ? max : wait;
        long until = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            if (!closed || until - notBefore > 0) {
                notBefore = until;
                closed = true;
            }
        }
        return wait;
    }

    /**
     * A {@code Retry-After} header as a delay: a number of seconds, or an HTTP date read against
     * {@code now}. Empty when it is neither (a negative number included: the header has only digits),
     * so that the caller falls back to its own delay.
     */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        String h = header.trim();
        if (!h.isEmpty() && h.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String digits = h.replaceFirst("^0+(?=.)", ""); // 0000000000000000000 is 0 s, not a long wait
            // more digits than a long holds is a very long wait, which the longest hold cuts
            return Optional.of(digits.length() > 18 ? Duration.ofSeconds(Long.MAX_VALUE)
                    : Duration.ofSeconds(Long.parseLong(digits)));
        }
        return httpDate(h, now).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }

    /**
     * An HTTP date in any of its three forms, which a recipient must read (RFC 9110, 5.6.7): the
     * IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 date
     * ({@code Sunday, 06-Nov-94 08:49:37 GMT}, its two-digit year the latest one not more than 50 years
     * after {@code now}) and asctime's ({@code Sun Nov  6 08:49:37 1994}, in GMT). A server that sends an
     * hour ahead in an old form was read as no date at all, and waited out for the fallback alone.
     */
    static Optional<Instant> httpDate(String text, Instant now) {
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // one of the obsolete forms, or none
        }
        String t = text.replaceAll(" +", " ");
        int comma = t.indexOf(", ");
        DateTimeFormatter form = comma > 0
                ? new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd-MMM-")
                        .appendValueReduced(ChronoField.YEAR, 2, 2, now.atOffset(ZoneOffset.UTC).getYear() - 49)
                        .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.ROOT)
                : new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d HH:mm:ss uuuu")
                        .toFormatter(Locale.ROOT);
        // the day's name is left out: it says nothing the date does not
        String date = comma > 0 ? t.substring(comma + 2) : t.substring(t.indexOf(' ') + 1);
        try {
            return Optional.of(LocalDateTime.parse(date, form).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private synchronized boolean gateOpen() {
        return !closed || System.nanoTime() - notBefore >= 0;
    }

    /** Waits until the gate is open; false, at once, when it is closed for longer than {@code longestPauseNanos}. */
    private boolean awaitGate(long longestPauseNanos) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                wait = closed ? notBefore - System.nanoTime() : 0;
            }
            if (wait <= 0) {
                return true;
            }
            if (wait > longestPauseNanos) {
                return false;
            }
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** A duration in nanoseconds, {@link Long#MAX_VALUE} for one too long to count so. */
    private static long nanos(Duration d) {
        return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toNanos();
    }
}
