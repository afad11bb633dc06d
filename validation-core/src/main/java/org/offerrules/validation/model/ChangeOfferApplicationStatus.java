package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.OneOf;
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
 * @param action {@code action}: required; an {@link ApplicationAction}, letter case aside as every named value (6803).
 */
@GenerateBuilder
public record ChangeOfferApplicationStatus(
        @Required(6801) @Positive(6801)
        Integer id,
        @Required(6803) @OneOf(code = 6803, value = ApplicationAction.class)
        String action) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "changeOfferApplicationStatus";

    /** An empty builder. */
    public static ChangeOfferApplicationStatusBuilder builder() {
        return new ChangeOfferApplicationStatusBuilder();
    }

    /** A builder holding this record's values. */
    public ChangeOfferApplicationStatusBuilder toBuilder() {
        return new ChangeOfferApplicationStatusBuilder(this);
    }
}
