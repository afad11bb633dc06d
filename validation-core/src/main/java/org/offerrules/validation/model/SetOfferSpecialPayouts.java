package org.offerrules.validation.model;

import org.offerrules.validation.constraints.JsonArrayOfObjects;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code setOfferSpecialPayouts} request (a decided name): an offer's special payouts,
 * the payouts some affiliates get instead of the offer's, as one JSON-encoded parameter
 * {@code special_payouts} (6811, 6813).
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetOfferSpecialPayouts.class)} lists
 * the rules).
 *
 * @param id {@code id}: the offer's id, required (6301), > 0 (6302).
 * @param specialPayouts {@code special_payouts}: required (6813); JSON text (6811), an array of objects (6813).
 */
public record SetOfferSpecialPayouts(
        @Required(6301) @Positive(6302)
        Integer id,
        @Required(6813) @JsonArrayOfObjects(malformedCode = 6811, shapeCode = 6813)
        String specialPayouts) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setOfferSpecialPayouts";

    /** The special payouts {@code specialPayouts} (JSON text) of offer {@code id}. */
    public static SetOfferSpecialPayouts of(Integer id, String specialPayouts) {
        return new SetOfferSpecialPayouts(id, specialPayouts);
    }
}
