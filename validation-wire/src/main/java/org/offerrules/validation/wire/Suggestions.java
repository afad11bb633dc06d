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
