package org.offerrules.linkcheck;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code requests} requests in any {@code window}; AffiliTest allows 50 per 30 seconds.
 *
 * @param requests how many requests, at least 1
 * @param window   in how long a time, positive
 */
public record RateLimit(int requests, Duration window) {

    /** AffiliTest's documented limit: 50 requests per 30 seconds. */
    public static final RateLimit AFFILITEST = new RateLimit(50, Duration.ofSeconds(30));

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,9})(ms|s|m)");

    /** Checks the values. */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate needs at least 1 request in a positive window");
        }
    }

    /**
     * Reads {@code N/Ts}, {@code N/Tms} or {@code N/Tm}, e.g. {@code 50/30s}.
     *
     * @throws IllegalArgumentException for any other text, or a zero count or window
     */
    public static RateLimit parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a rate is N/Ts, N/Tms or N/Tm (e.g. 50/30s), not '" + text + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        return new RateLimit(Integer.parseInt(m.group(1)), window);
    }

    @Override
    public String toString() {
        long ms = window.toMillis();
        return requests + "/" + (ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms");
    }
}
