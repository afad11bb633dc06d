package org.offerrules.validation.model;

import java.util.List;
import java.util.Locale;

/**
 * The offer status a read filters by: {@code getOfferById}'s {@code status}
 * (<a href="https://support.fuseclick.com/api/afn/getoffermethods/2016/0808/224.html">page 224</a>:
 * {@code All, Archived, Active, Pending, Paused, Expired}, default {@code All}) and V1 {@code getOffers}'
 * (<a href="https://support.fuseclick.com/api/afn/deprecated/2016/0808/222.html">page 222</a>: the same in
 * lower case, default {@code all}). Each value in both spellings, the capitalized one first: the two pages of
 * the same API spell them so.
 */
public enum OfferStatusFilter implements ApiValue {
    /** Every status (the default). */
    ALL("All"),
    /** Archived offers. */
    ARCHIVED("Archived"),
    /** Active offers. */
    ACTIVE("Active"),
    /** Pending offers. */
    PENDING("Pending"),
    /** Paused offers. */
    PAUSED("Paused"),
    /** Expired offers. */
    EXPIRED("Expired");

    private final String apiValue;

    OfferStatusFilter(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** {@link #apiValue()} and its lower case, as page 222 writes it. */
    @Override
    public List<String> spellings() {
        return List.of(apiValue, apiValue.toLowerCase(Locale.ROOT));
    }
}
