package org.offerrules.validation.model;

import java.util.Optional;

/** The offer's {@code session_lifespan}. */
public enum SessionLifespan implements ApiValue {
    /** {@code 1 Day}. */
    ONE_DAY("1 Day"),
    /** {@code 1 Week}. */
    ONE_WEEK("1 Week"),
    /** {@code 2 Weeks}. */
    TWO_WEEKS("2 Weeks"),
    /** {@code 1 Month}. */
    ONE_MONTH("1 Month"),
    /** {@code 3 Months}. */
    THREE_MONTHS("3 Months"),
    /** {@code 6 Months}. */
    SIX_MONTHS("6 Months");

    private final String apiValue;

    SessionLifespan(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<SessionLifespan> fromApiValue(String apiValue) {
        return ApiValue.find(SessionLifespan.class, apiValue);
    }
}
