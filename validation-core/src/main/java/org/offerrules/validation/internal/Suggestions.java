package org.offerrules.validation.internal;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the nearest of some names to a mistyped one, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The name of {@code names} nearest to {@code typed}, when it is near enough to be a typo: at most a
     * third of its length away (at least one edit). Ties go to a name of the
     * typed length, then to the first in {@code names}' order.
     */
    public static Optional<String> closest(String typed, Collection<String> names) {
        String best = null;
        int bestDistance = Math.max(1, typed.length() / 3) + 1;
        for (String name : names) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            // a tie goes to the name of the typed length: "=<" is "<=" swapped rather than "<" with one more
            if (d < bestDistance || d == bestDistance && best != null && name.length() == typed.length()
                    && best.length() != typed.length()) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean \"x\"?)"}, or nothing. */
    public static String hint(String typed, Collection<String> names) {
        return closest(typed, names).map(name -> " (did you mean \"" + name + "\"?)").orElse("");
    }

    /** Edits between two names: insertions, deletions, replacements and swaps of two neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
