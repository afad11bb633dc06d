package org.offerrules.validation.model;

import java.util.List;

/**
 * One {@code geo_countries} entry, in one of the API's three forms: {@code CC}, {@code CC:m} or
 * {@code CC:m:R1;R2} (country, region mode 1 include / 0 exclude, ISO 3166-2 region codes without the
 * country prefix). Parsing splits the structure only; the GEO rules decide what is valid.
 *
 * @param country  the ISO 3166-1 alpha-2 code as written, or null when the text could not be split
 * @param mode     the region mode as written ({@code "1"} or {@code "0"}), or null in the {@code CC} form
 * @param regions  the region codes as written; empty when none
 * @param unparsed the original text when it could not be split into these parts; null otherwise
 */
public record GeoEntry(String country, String mode, List<String> regions, String unparsed) {

    /** Region mode: the listed regions are targeted. */
    public static final String INCLUDE = "1";
    /** Region mode: the listed regions are left out. */
    public static final String EXCLUDE = "0";

    /** Copies the region list. */
    public GeoEntry {
        regions = regions == null ? List.of() : Lists.copy(regions);
    }

    /** A whole country: {@code CC}. */
    public static GeoEntry of(String country) {
        return new GeoEntry(country, null, List.of(), null);
    }

    /** A country with only these regions: {@code CC:1:R1;R2}. */
    public static GeoEntry include(String country, String... regions) {
        return new GeoEntry(country, INCLUDE, List.of(regions), null);
    }

    /** A country without these regions: {@code CC:0:R1;R2}. */
    public static GeoEntry exclude(String country, String... regions) {
        return new GeoEntry(country, EXCLUDE, List.of(regions), null);
    }

    /**
     * Splits the API's compact form. Never throws: text with more than three {@code :}-separated
     * parts or an empty country is kept as {@link #unparsed()}.
     */
    public static GeoEntry parse(String text) {
        // indexOf rather than a split into a list: 30 entries per offer make this a hot path
        int first = text.indexOf(':');
        if (first < 0) {
            return text.isEmpty() ? new GeoEntry(null, null, List.of(), text) : new GeoEntry(text, null, List.of(), null);
        }
        int second = text.indexOf(':', first + 1);
        if (first == 0 || (second >= 0 && text.indexOf(':', second + 1) >= 0)) {
            return new GeoEntry(null, null, List.of(), text);
        }
        String country = text.substring(0, first);
        if (second < 0) {
            return new GeoEntry(country, text.substring(first + 1), List.of(), null);
        }
        return new GeoEntry(country, text.substring(first + 1, second),
                Lists.split(text.substring(second + 1), ';'), null);
    }

    /** Whether the text could be split into country, mode and regions. */
    public boolean isWellFormed() {
        return unparsed == null;
    }

    /** The API's compact form of this entry. */
    public String toCompact() {
        if (unparsed != null) {
            return unparsed;
        }
        StringBuilder out = new StringBuilder(String.valueOf(country));
        if (mode != null) {
            out.append(':').append(mode);
            if (!regions.isEmpty()) {
                out.append(':').append(String.join(";", regions));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toCompact();
    }
}
