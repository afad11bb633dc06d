package org.offerrules.validation.internal.data;

import java.util.Locale;

/**
 * Who owns an e-mail address: an open-addressing table of the addresses (lower case) beside an
 * {@code int[]} of their owners' ids, with no boxed entries. Filled once, read-only afterwards.
 */
public final class EmailOwners {

    private String[] keys = new String[64];
    private int[] owners = new int[64];
    private int size;

    /** The form an address is compared in: the API treats addresses case-insensitively. */
    public static String normal(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Records {@code owner} for {@code email} (normalized); returns the owner it already had, or 0
     * (ids are above 0).
     */
    public int put(String email, int owner) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(keys, email);
        if (keys[slot] != null) {
            return owners[slot];
        }
        keys[slot] = email;
        owners[slot] = owner;
        size++;
        return 0;
    }

    /** The owner of {@code email} (normalized), or 0 for none. */
    public int owner(String email) {
        int slot = slot(keys, email);
        return keys[slot] == null ? 0 : owners[slot];
    }

    /** How many addresses it has. */
    public int size() {
        return size;
    }

    private static int slot(String[] keys, String email) {
        int mask = keys.length - 1;
        int h = email.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null && !keys[i].equals(email)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldOwners = owners;
        keys = new String[oldKeys.length * 2];
        owners = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                owners[slot] = oldOwners[i];
            }
        }
    }
}
