package org.offerrules.validation.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known name nearest to a mistyped one, for the readers' unknown fields and the
 * configuration file's keys, codes and request names.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The name among {@code known} nearest to {@code name} by Levenshtein distance (case-insensitive),
     * or, when even the nearest needs more edits than a third of its length (at least 1), the first
     * that starts with {@code name} (of 3 characters or more); else empty: then it is another name, not
     * a typo.
     */
    public static Optional<String> of(String name, Iterable<String> known) {
        if (name.length() > 64) {
            return Optional.empty(); // no known name is that long; not worth the quadratic work
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best != null && bestDistance <= Math.max(1, best.length() / 3)) {
            return Optional.of(best);
        }
        // a name cut short ("warn") is a typo too, however far it is from the whole
        for (String candidate : known) {
            if (lower.length() >= 3 && candidate.toLowerCase(Locale.ROOT).startsWith(lower)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code "; did you mean X?"} for the nearest of {@code known} ({@link #of}), or {@code ""}. */
    public static String didYouMean(String name, Iterable<String> known) {
        return of(name, known).map(n -> "; did you mean " + n + "?").orElse("");
    }

    /** The Levenshtein distance of {@code a} and {@code b}. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
