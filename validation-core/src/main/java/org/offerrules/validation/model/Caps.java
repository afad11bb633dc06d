package org.offerrules.validation.model;

import java.util.Optional;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.CapLimit;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.GreaterThan;
import org.offerrules.validation.constraints.IntegerWhen;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;

/**
 * The cap fields of an offer ({@code has_cap_limit}, {@code cap_*}).
 *
 * <p>Limits are numbers: with the cap method {@code Budget} a limit is money in the offer's currency
 * and may have decimals ({@code 150.5}); with {@code Conversion} it counts conversions and must be a
 * whole number (the limit's invalid code otherwise).
 *
 * @param hasCapLimit {@code has_cap_limit}: 0 or 1 (6336); required when any cap field is given (6335).
 * @param capType {@code cap_type}: the cap method, a {@link CapType} (6338); required when caps are on (6337).
 * @param capOverallLimit {@code cap_overall_limit}: > 0 or -1 unlimited (6340), whole with {@code Conversion}; required when caps are on (6339).
 * @param capInterval {@code cap_interval}: a {@link CapInterval} (6342); required when caps are on (6341).
 * @param capIntervalLimit {@code cap_interval_limit}: > 0 or -1 (6344), whole with {@code Conversion}; required when caps are on (6343).
 * @param capAffiliateOverallLimit {@code cap_affiliate_overall_limit}: > 0 or -1 (6346), whole with {@code Conversion}; required when caps are on (6345).
 * @param capAffiliateInterval {@code cap_affiliate_interval}: a {@link CapInterval} (6348); required when caps are on (6347).
 * @param capAffiliateIntervalLimit {@code cap_affiliate_interval_limit}: > 0 or -1 (6350), whole with {@code Conversion}; required when caps are on (6349).
 * @param capRange {@code cap_range}: 0 all events, 1 initial event only (6384).
 */
@RequiredWithAny(field = "hasCapLimit", others = {"capType", "capOverallLimit", "capInterval", "capIntervalLimit", "capAffiliateOverallLimit", "capAffiliateInterval", "capAffiliateIntervalLimit"}, code = 6335, groups = {Create.class, Merge.class})
@Requires(field = "capType", when = "hasCapLimit", in = "1", code = 6337, groups = {Create.class, Merge.class})
@Requires(field = "capOverallLimit", when = "hasCapLimit", in = "1", code = 6339, groups = {Create.class, Merge.class})
@Requires(field = "capInterval", when = "hasCapLimit", in = "1", code = 6341, groups = {Create.class, Merge.class})
@Requires(field = "capIntervalLimit", when = "hasCapLimit", in = "1", code = 6343, groups = {Create.class, Merge.class})
@Requires(field = "capAffiliateOverallLimit", when = "hasCapLimit", in = "1", code = 6345, groups = {Create.class, Merge.class})
@Requires(field = "capAffiliateInterval", when = "hasCapLimit", in = "1", code = 6347, groups = {Create.class, Merge.class})
@Requires(field = "capAffiliateIntervalLimit", when = "hasCapLimit", in = "1", code = 6349, groups = {Create.class, Merge.class})
@IntegerWhen(field = "capOverallLimit", when = "capType", counting = CapType.class, code = 6340)
@IntegerWhen(field = "capIntervalLimit", when = "capType", counting = CapType.class, code = 6344)
@IntegerWhen(field = "capAffiliateOverallLimit", when = "capType", counting = CapType.class, code = 6346)
@IntegerWhen(field = "capAffiliateIntervalLimit", when = "capType", counting = CapType.class, code = 6350)
@GreaterThan(field = "capOverallLimit", than = {"capIntervalLimit", "capAffiliateOverallLimit", "capAffiliateIntervalLimit"}, code = 6399)
@GreaterThan(field = "capIntervalLimit", than = "capAffiliateIntervalLimit", code = 6399)
@GenerateBuilder
public record Caps(
        @Flag(6336)
        Integer hasCapLimit,
        @OneOf(code = 6338, value = CapType.class)
        String capType,
        @CapLimit(6340)
        Double capOverallLimit,
        @OneOf(code = 6342, value = CapInterval.class)
        String capInterval,
        @CapLimit(6344)
        Double capIntervalLimit,
        @CapLimit(6346)
        Double capAffiliateOverallLimit,
        @OneOf(code = 6348, value = CapInterval.class)
        String capAffiliateInterval,
        @CapLimit(6350)
        Double capAffiliateIntervalLimit,
        @Flag(6384)
        Integer capRange) {

    /**
     * {@code cap_type} read as a {@link CapType}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #capType()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<CapType> capTypeValue() {
        return CapType.fromApiValue(capType);
    }

    /**
     * {@code cap_interval} read as a {@link CapInterval}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #capInterval()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<CapInterval> capIntervalValue() {
        return CapInterval.fromApiValue(capInterval);
    }

    /**
     * {@code cap_affiliate_interval} read as a {@link CapInterval}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #capAffiliateInterval()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<CapInterval> capAffiliateIntervalValue() {
        return CapInterval.fromApiValue(capAffiliateInterval);
    }

    /** A builder with every field absent. */
    public static CapsBuilder builder() {
        return new CapsBuilder();
    }

    /** A builder holding this record's values. */
    public CapsBuilder toBuilder() {
        return new CapsBuilder(this);
    }
}
