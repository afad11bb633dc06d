package org.offerrules.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 countries and their ISO 3166-2 subdivisions (regions, written without the
 * country prefix: {@code US-TX} is region {@code TX} of {@code US}), read once, on first use, from the
 * resource {@code iso-3166.txt} generated from Debian's {@code iso-codes} (see
 * {@code docs/decisions/geo-device-events.md}). The table holds the codes in upper case; they are compared
 * letter case aside. Lookups are O(1) and allocate nothing.
 */
public final class Iso3166 {

    private static final String RESOURCE = "/org/offerrules/validation/iso-3166.txt";

    private Iso3166() {
    }

    /** The table, loaded by the first lookup (lazy holder idiom). */
    private static final class Holder {
        /** Indexed by {@link #slot}: null for no country, else the country's region codes. */
        static final Set<String>[] COUNTRIES = load();
    }

    /**
     * Whether {@code code} is an ISO 3166-1 alpha-2 country code, letter case aside: {@code us} is {@code US}, as
     * every named value of the API ({@link org.offerrules.validation.model.ApiValue#matches}).
     */
    public static boolean isCountry(String code) {
        return countryIndex(code) >= 0;
    }

    /**
     * The index 0..675 of {@code code} (its two letters, either case) when it is a country code
     * ({@link #isCountry}), else -1: what a caller that goes on to {@link #isRegion(int, String)} or to a
     * table of countries needs, computed once.
     */
    public static int countryIndex(String code) {
        int slot = slot(code);
        return slot >= 0 && Holder.COUNTRIES[slot] != null ? slot : -1;
    }

    /**
     * Whether {@code region} is an ISO 3166-2 subdivision of {@code country}, without the prefix, letter case
     * aside as {@link #isCountry}. The table holds upper case: only a region written otherwise is copied.
     */
    public static boolean isRegion(String country, String region) {
        return isRegion(slot(country), region);
    }

    /** {@link #isRegion(String, String)} of the country of {@link #countryIndex} {@code country} (-1: none). */
    public static boolean isRegion(int country, String region) {
        if (country < 0 || region == null) {
            return false;
        }
        Set<String> regions = Holder.COUNTRIES[country];
        return regions != null && (regions.contains(region) || regions.contains(region.toUpperCase(Locale.ROOT)));
    }

    /** Two ASCII letters, either case, to 0..675; -1 for anything else. */
    private static int slot(String code) {
        if (code == null || code.length() != 2) {
            return -1;
        }
        int a = letter(code.charAt(0));
        int b = letter(code.charAt(1));
        return a < 0 || b < 0 ? -1 : a * 26 + b;
    }

    /** 0..25 for an ASCII letter of either case, -1 for anything else. */
    private static int letter(char c) {
        // setting bit 5 lower-cases an upper-case ASCII letter; what is no letter stays outside 'a'..'z'
        int x = (c | 0x20) - 'a';
        return x >= 0 && x < 26 ? x : -1;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<String>[] load() {
        Set<String>[] table = new Set[26 * 26];
        try (InputStream in = Iso3166.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] parts = line.split(" ");
                int slot = slot(parts[0]);
                if (slot < 0) {
                    throw new IllegalStateException("bad country line in " + RESOURCE + ": " + line);
                }
                Set<String> regions = new HashSet<>(Math.max(4, parts.length * 2));
                for (int i = 1; i < parts.length; i++) {
                    regions.add(parts[i]);
                }
                table[slot] = Set.copyOf(regions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }
}
