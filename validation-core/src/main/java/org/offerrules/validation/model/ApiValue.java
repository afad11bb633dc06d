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
     * The constant of {@code type} one of whose {@link #spellings()} is {@code apiValue}, compared exactly (the
     * API is case-sensitive); empty for null or an unknown spelling. Each enum offers it as
     * {@code fromApiValue(String)}.
     */
    static <E extends Enum<E> & ApiValue> Optional<E> find(Class<E> type, String apiValue) {
        if (apiValue != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.spellings().contains(apiValue)) {
                    return Optional.of(constant);
                }
            }
        }
        return Optional.empty();
    }
}
