package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ConversionIds;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code setConversionStatus} request: approves or rejects conversions.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetConversionStatus.class)} lists the rules).
 *
 * @param conversionIds {@code conversion_ids}: required; comma-separated {@code YYYYMM_id} (6484), at most 10 (6482).
 * @param status {@code status}: required; a {@link ConversionStatus} (6483).
 */
@GenerateBuilder
public record SetConversionStatus(
        @Required(6484) @ConversionIds(formatCode = 6484, countCode = 6482, max = 10)
        String conversionIds,
        @Required(6483) @OneOf(code = 6483, value = ConversionStatus.class)
        String status) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setConversionStatus";

    /** An empty builder. */
    public static SetConversionStatusBuilder builder() {
        return new SetConversionStatusBuilder();
    }

    /** A builder holding this record's values. */
    public SetConversionStatusBuilder toBuilder() {
        return new SetConversionStatusBuilder(this);
    }
}
