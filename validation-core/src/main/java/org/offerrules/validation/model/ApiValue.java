package org.offerrules.validation.model;

import java.util.List;
import java.util.Optional;

/** An enum constant standing for one of the API's string values, such as {@code "Need Approval"}. */
public interface ApiValue {

    /** The value exactly as the API spells it. */
    String apiValue();

    /**
     * Every spelling the API accepts for this value, {@link #apiValue()} first: the value alone, unless the
     * vendor's pages spell it two ways ({@code CPA+CPS} and {@code CPA + CPS}: docs/decisions/vendor-conformance.md).
     */
    default List<String> spellings() {
        return List.of(apiValue());
    }

    /**
     * The constant of {@code type} one of whose {@link #spellings()} {@code apiValue} {@link #matches matches}
     * (letter case aside); empty for null or an unknown spelling. Each enum offers it as
     * {@code fromApiValue(String)}.
     */
    static <E extends Enum<E> & ApiValue> Optional<E> find(Class<E> type, String apiValue) {
        if (apiValue != null) {
            for (E constant : type.getEnumConstants()) {
                for (String spelling : constant.spellings()) {
                    if (matches(spelling, apiValue)) {
                        return Optional.of(constant);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code value} names the API value spelled {@code spelling}: the same characters, ASCII letter
     * case aside ({@code active} and {@code ACTIVE} are {@code Active}, {@code us} is {@code US}; {@code CPA  + CPS}
     * is no spelling of {@code CPA + CPS}). The one comparison of every named value of the API, countries and
     * regions included (docs/decisions/vendor-conformance.md, "Letter case"). Allocates nothing.
     */
    static boolean matches(String spelling, String value) {
        if (spelling == value) {
            return true;
        }
        return value != null && matches(spelling, value, 0, value.length());
    }

    /**
     * {@link #matches(String, String)} of the characters of {@code value} from {@code from} (inclusive) to
     * {@code to} (exclusive): an item of a comma-separated list, compared where it lies. Allocates nothing.
     */
    static boolean matches(String spelling, String value, int from, int to) {
        if (spelling == null || spelling.length() != to - from) {
            return false;
        }
        for (int i = 0, n = spelling.length(); i < n; i++) {
            char a = spelling.charAt(i);
            char b = value.charAt(from + i);
            if (a != b && upper(a) != upper(b)) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} in ASCII upper case: {@code a}-{@code z} to {@code A}-{@code Z}, anything else as it is. */
    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
}
