package org.offerrules.validation.model;

import java.util.Optional;

/** An enum constant standing for one of the API's string values, such as {@code "Need Approval"}. */
public interface ApiValue {

    /** The value exactly as the API spells it. */
    String apiValue();

    /**
     * The constant of {@code type} whose {@link #apiValue()} is {@code apiValue}, compared exactly (the
     * API is case-sensitive); empty for null or an unknown spelling. Each enum offers it as
     * {@code fromApiValue(String)}.
     */
    static <E extends Enum<E> & ApiValue> Optional<E> find(Class<E> type, String apiValue) {
        if (apiValue != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.apiValue().equals(apiValue)) {
                    return Optional.of(constant);
                }
            }
        }
        return Optional.empty();
    }
}
