package org.offerrules.validation.wire;

import java.io.IOException;

import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.GeoEntry;

/**
 * Values most documents repeat, made once and shared by every document instead of being built
 * from each token: plain two-letter GEO entries (most of a 30-country list) and the API spellings
 * of enumerated string fields ({@code "Active"}, {@code "CPA"}, ...), which
 * {@link TokenSource#text(String[])} matches on the parser's characters, so a hit makes no {@code String}; the shared strings have their hash code
 * computed already, which the rules' set look-ups use. Everything here is immutable, so sharing
 * between documents and threads is safe; a value that is not shared reads as before.
 */
final class SharedValues {

    private static final GeoEntry[] COUNTRIES = new GeoEntry[26 * 26];

    static {
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String country = new String(new char[] {a, b});
                country.hashCode(); // cached in the String: the GEO rules hash it
                COUNTRIES[(a - 'A') * 26 + (b - 'A')] = GeoEntry.of(country);
            }
        }
    }

    private SharedValues() {
    }

    /**
     * The current VALUE_STRING as a GEO entry: {@code GeoEntry.parse} of its text, shared when the
     * text is two capital letters (the {@code CC} form, equal to what parsing would give).
     */
    static Object geoEntry(TokenSource p) throws IOException {
        if (p.textLength() == 2) {
            int a = p.textChar(0) - 'A';
            int b = p.textChar(1) - 'A';
            if (a >= 0 && a < 26 && b >= 0 && b < 26) {
                return COUNTRIES[a * 26 + b];
            }
        }
        return GeoEntry.parse(p.text());
    }

    /** The API spellings of {@code values}' constants, hash codes computed; null when not an enum. */
    static String[] spellings(Class<? extends ApiValue> values) {
        ApiValue[] constants = values.getEnumConstants();
        if (constants == null) {
            return null;
        }
        String[] spellings = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            spellings[i] = constants[i].apiValue();
            spellings[i].hashCode();
        }
        return spellings;
    }
}
