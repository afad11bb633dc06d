package org.offerrules.validation.model;

/** The {@code action} of a {@link ChangeOfferApplicationStatus}; the API accepts it in any letter case. */
public enum ApplicationAction implements ApiValue {
    /** {@code approve}. */
    APPROVE("approve"),
    /** {@code deny}. */
    DENY("deny"),
    /** {@code block}. */
    BLOCK("block"),
    /** {@code unblock}. */
    UNBLOCK("unblock");

    private final String apiValue;

    ApplicationAction(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
