package org.offerrules.validation.model;

import org.offerrules.validation.constraints.AnyCaseOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code changeOfferApplicationStatus} request: approves, denies, blocks or unblocks an
 * affiliate's application to run an offer.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(ChangeOfferApplicationStatus.class)} lists the rules).
 *
 * @param id {@code id}: the application's id, required, > 0 (6801).
 * @param action {@code action}: required; an {@link ApplicationAction}, in any letter case (6803).
 */
public record ChangeOfferApplicationStatus(
        @Required(6801) @Positive(6801)
        Integer id,
        @Required(6803) @AnyCaseOf(code = 6803, value = ApplicationAction.class)
        String action) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "changeOfferApplicationStatus";

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.action = action;
        return b;
    }

    /** Builds a {@link ChangeOfferApplicationStatus}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer id;
        private String action;

        private Builder() {
        }

        /** Sets {@code id}. */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /** Sets {@code action}. */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public ChangeOfferApplicationStatus build() {
            return new ChangeOfferApplicationStatus(id, action);
        }
    }
}
