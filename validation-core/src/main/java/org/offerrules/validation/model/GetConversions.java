package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.NotRecent;
import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.TimeSpan;

/**
 * The body of the API's {@code getConversions} request (the brief's decided name): the conversions of a
 * window of less than a minute, given as epoch seconds, that ended at least 5 seconds ago.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(GetConversions.class)} lists the
 * rules). Whether {@code to} is recent is judged by the validator's clock
 * ({@link org.offerrules.validation.OfferValidator.Builder#clock}).
 *
 * @param from {@code from}: required; epoch seconds from 0 to the end of year 9999 (6808).
 * @param to {@code to}: required; epoch seconds as {@code from} (6808); from 0 to less than 60 seconds
 *           after {@code from} (6480); at least 5 seconds before now (6481).
 */
@TimeSpan(field = "to", other = "from", below = 60, code = 6480)
@GenerateBuilder
public record GetConversions(
        @Required(6808) @Between(code = 6808, min = 0, max = GetConversions.LAST_SECOND)
        Long from,
        @Required(6808) @Between(code = 6808, min = 0, max = GetConversions.LAST_SECOND)
        @NotRecent(code = 6481, seconds = 5)
        Long to) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "getConversions";

    /** The last second of year 9999 (UTC), the latest timestamp accepted: {@value}. */
    public static final long LAST_SECOND = 253_402_300_799L;

    /** An empty builder. */
    public static GetConversionsBuilder builder() {
        return new GetConversionsBuilder();
    }

    /** A builder holding this record's values. */
    public GetConversionsBuilder toBuilder() {
        return new GetConversionsBuilder(this);
    }
}
