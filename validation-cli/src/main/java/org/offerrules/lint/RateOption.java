package org.offerrules.lint;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * The text of a {@code --rate} option, {@code N/T} (e.g. {@code 50/30s}: at most 50 requests per 30
 * seconds), and of a {@code --timeout}, {@code T}; {@code T} is a whole number of {@code ms}, {@code s}
 * or {@code m}. The clients take the two numbers; only the command line spells them as text, and
 * picocli reads it with {@link Rate} and {@link Time}, so that a bad one is a usage error at parsing.
 *
 * @param requests how many requests, at least 1
 * @param window   in how long a time, positive
 */
record RateOption(int requests, Duration window) {

    private static final Pattern RATE = Pattern.compile("(\\d{1,9})/(\\d{1,9}(?:ms|s|m))");
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})(ms|s|m)");

    RateOption {
        if (requests < 1 || window.isZero()) {
            throw new IllegalArgumentException("a rate needs at least 1 request in a positive window");
        }
    }

    /**
     * Reads {@code N/T}, e.g. {@code 50/30s}.
     *
     * @throws IllegalArgumentException for any other text, or a zero count or window
     */
    static RateOption parse(String text) {
        Matcher m = RATE.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a rate is N/Ts, N/Tms or N/Tm (e.g. 50/30s), not '" + text + "'");
        }
        return new RateOption(Integer.parseInt(m.group(1)), duration(m.group(2)));
    }

    /**
     * Reads {@code T}: {@code 30s}, {@code 300ms} or {@code 2m}.
     *
     * @throws IllegalArgumentException for any other text or zero
     */
    static Duration duration(String text) {
        Matcher m = TIME.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("a time is Ts, Tms or Tm (e.g. 30s), more than zero, not '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    /** Reads {@code --rate N/T}: a bad value is picocli's parameter error, naming the option. */
    static final class Rate implements CommandLine.ITypeConverter<RateOption> {
        @Override
        public RateOption convert(String value) {
            return read(RateOption::parse, value);
        }
    }

    /** Reads {@code --timeout T}: a bad value is picocli's parameter error, naming the option. */
    static final class Time implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return read(RateOption::duration, value);
        }
    }

    /** {@code parse}'s answer, or its refusal as picocli's conversion error, which names the option. */
    private static <T> T read(java.util.function.Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
