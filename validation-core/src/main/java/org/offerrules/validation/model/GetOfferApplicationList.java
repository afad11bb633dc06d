package org.offerrules.validation.model;

import org.offerrules.validation.constraints.OneOf;

/**
 * The body of the API's {@code getOfferApplicationList} request (the vendor's method list names it; its
 * parameters are decided from the dictionary): the offer applications in a status, as
 * {@code changeOfferApplicationStatus} moves them between.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(GetOfferApplicationList.class)} lists
 * the rules).
 *
 * @param status {@code status}: an {@link ApplicationStatus}, {@code Pending} {@code Approved}
 *               {@code Rejected} {@code Blocked} (6805); absent for every status.
 */
public record GetOfferApplicationList(
        @OneOf(code = 6805, value = ApplicationStatus.class)
        String status) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "getOfferApplicationList";

    /** The applications in {@code status} (null: in every status). */
    public static GetOfferApplicationList of(String status) {
        return new GetOfferApplicationList(status);
    }
}
