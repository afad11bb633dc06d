package org.offerrules.validation.wire;

/** "Did you mean" for unknown field names: the known name at the smallest edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The name among {@code known} nearest to {@code name} by Levenshtein distance (case-insensitive),
     * or null when even the nearest needs more edits than a third of its length (at least 1): then it
     * is another field, not a typo.
     */
    static String nearest(String name, String[] known) {
        if (name.length() > 64) {
            return null; // no wire name is that long; not worth the quadratic work
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(1, best.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        return org.offerrules.validation.spi.Nearest.distance(a, b);
    }
}
