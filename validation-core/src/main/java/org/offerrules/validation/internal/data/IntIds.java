package org.offerrules.validation.internal.data;

import java.util.Arrays;

/**
 * A set of ids as one sorted {@code int[]}: four bytes an id, no boxing, answered by binary search.
 * Filled once by {@link Builder}, read-only (and so thread-safe) afterwards.
 */
public final class IntIds {

    private final int[] ids;

    private IntIds(int[] ids) {
        this.ids = ids;
    }

    /** Whether {@code id} is in the set. */
    public boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** How many ids the set has. */
    public int size() {
        return ids.length;
    }

    /** Collects ids in any order, duplicates allowed. */
    public static final class Builder {
        private int[] ids = new int[1024];
        private int size;

        /** Adds {@code id}. */
        public void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** The set of the ids added. */
        public IntIds build() {
            int[] sorted = Arrays.copyOf(ids, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (unique == 0 || sorted[unique - 1] != sorted[i]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return new IntIds(unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique));
        }
    }
}
