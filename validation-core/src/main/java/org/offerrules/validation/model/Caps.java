package org.offerrules.validation.model;

import org.offerrules.validation.constraints.CapLimit;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.GreaterThan;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;

/**
 * The cap fields of an offer ({@code has_cap_limit}, {@code cap_*}).
 *
 * @param hasCapLimit {@code has_cap_limit}: 0 or 1 (6336); required when any cap field is given (6335).
 * @param capType {@code cap_type}: the cap method, a {@link CapType} (6338); required when caps are on (6337).
 * @param capOverallLimit {@code cap_overall_limit}: > 0 or -1 unlimited (6340); required when caps are on (6339).
 * @param capInterval {@code cap_interval}: a {@link CapInterval} (6342); required when caps are on (6341).
 * @param capIntervalLimit {@code cap_interval_limit}: > 0 or -1 (6344); required when caps are on (6343).
 * @param capAffiliateOverallLimit {@code cap_affiliate_overall_limit}: > 0 or -1 (6346); required when caps are on (6345).
 * @param capAffiliateInterval {@code cap_affiliate_interval}: a {@link CapInterval} (6348); required when caps are on (6347).
 * @param capAffiliateIntervalLimit {@code cap_affiliate_interval_limit}: > 0 or -1 (6350); required when caps are on (6349).
 * @param capRange {@code cap_range}: 0 all events, 1 initial event only (6384).
 */
@RequiredWithAny(field = "hasCapLimit", others = {"capType", "capOverallLimit", "capInterval", "capIntervalLimit", "capAffiliateOverallLimit", "capAffiliateInterval", "capAffiliateIntervalLimit"}, code = 6335, groups = Create.class)
@Requires(field = "capType", when = "hasCapLimit", in = "1", code = 6337, groups = Create.class)
@Requires(field = "capOverallLimit", when = "hasCapLimit", in = "1", code = 6339, groups = Create.class)
@Requires(field = "capInterval", when = "hasCapLimit", in = "1", code = 6341, groups = Create.class)
@Requires(field = "capIntervalLimit", when = "hasCapLimit", in = "1", code = 6343, groups = Create.class)
@Requires(field = "capAffiliateOverallLimit", when = "hasCapLimit", in = "1", code = 6345, groups = Create.class)
@Requires(field = "capAffiliateInterval", when = "hasCapLimit", in = "1", code = 6347, groups = Create.class)
@Requires(field = "capAffiliateIntervalLimit", when = "hasCapLimit", in = "1", code = 6349, groups = Create.class)
@GreaterThan(field = "capOverallLimit", than = {"capIntervalLimit", "capAffiliateOverallLimit", "capAffiliateIntervalLimit"}, code = 6399)
@GreaterThan(field = "capIntervalLimit", than = "capAffiliateIntervalLimit", code = 6399)
public record Caps(
        @Flag(6336)
        Integer hasCapLimit,
        @OneOf(code = 6338, value = CapType.class)
        String capType,
        @CapLimit(6340)
        Long capOverallLimit,
        @OneOf(code = 6342, value = CapInterval.class)
        String capInterval,
        @CapLimit(6344)
        Long capIntervalLimit,
        @CapLimit(6346)
        Long capAffiliateOverallLimit,
        @OneOf(code = 6348, value = CapInterval.class)
        String capAffiliateInterval,
        @CapLimit(6350)
        Long capAffiliateIntervalLimit,
        @Flag(6384)
        Integer capRange) {

    /** A builder with every field absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hasCapLimit = hasCapLimit;
        b.capType = capType;
        b.capOverallLimit = capOverallLimit;
        b.capInterval = capInterval;
        b.capIntervalLimit = capIntervalLimit;
        b.capAffiliateOverallLimit = capAffiliateOverallLimit;
        b.capAffiliateInterval = capAffiliateInterval;
        b.capAffiliateIntervalLimit = capAffiliateIntervalLimit;
        b.capRange = capRange;
        return b;
    }

    /** Builds {@link Caps} values; not thread-safe. Setters accept null to clear a field. */
    public static final class Builder {
        private Integer hasCapLimit;
        private String capType;
        private Long capOverallLimit;
        private String capInterval;
        private Long capIntervalLimit;
        private Long capAffiliateOverallLimit;
        private String capAffiliateInterval;
        private Long capAffiliateIntervalLimit;
        private Integer capRange;

        private Builder() {
        }

        /** Sets {@code has_cap_limit}. */
        public Builder hasCapLimit(Integer hasCapLimit) {
            this.hasCapLimit = hasCapLimit;
            return this;
        }

        /** Sets {@code has_cap_limit} to 1 or 0. */
        public Builder hasCapLimit(boolean hasCapLimit) {
            this.hasCapLimit = hasCapLimit ? 1 : 0;
            return this;
        }

        /** Sets {@code cap_type}. */
        public Builder capType(String capType) {
            this.capType = capType;
            return this;
        }

        /** Sets {@code cap_type} to {@code value.apiValue()}. */
        public Builder capType(CapType value) {
            this.capType = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code cap_overall_limit}. */
        public Builder capOverallLimit(Long capOverallLimit) {
            this.capOverallLimit = capOverallLimit;
            return this;
        }

        /** Sets {@code cap_interval}. */
        public Builder capInterval(String capInterval) {
            this.capInterval = capInterval;
            return this;
        }

        /** Sets {@code cap_interval} to {@code value.apiValue()}. */
        public Builder capInterval(CapInterval value) {
            this.capInterval = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code cap_interval_limit}. */
        public Builder capIntervalLimit(Long capIntervalLimit) {
            this.capIntervalLimit = capIntervalLimit;
            return this;
        }

        /** Sets {@code cap_affiliate_overall_limit}. */
        public Builder capAffiliateOverallLimit(Long capAffiliateOverallLimit) {
            this.capAffiliateOverallLimit = capAffiliateOverallLimit;
            return this;
        }

        /** Sets {@code cap_affiliate_interval}. */
        public Builder capAffiliateInterval(String capAffiliateInterval) {
            this.capAffiliateInterval = capAffiliateInterval;
            return this;
        }

        /** Sets {@code cap_affiliate_interval} to {@code value.apiValue()}. */
        public Builder capAffiliateInterval(CapInterval value) {
            this.capAffiliateInterval = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code cap_affiliate_interval_limit}. */
        public Builder capAffiliateIntervalLimit(Long capAffiliateIntervalLimit) {
            this.capAffiliateIntervalLimit = capAffiliateIntervalLimit;
            return this;
        }

        /** Sets {@code cap_range}. */
        public Builder capRange(Integer capRange) {
            this.capRange = capRange;
            return this;
        }

        /** Sets {@code cap_range} to 1 or 0. */
        public Builder capRange(boolean capRange) {
            this.capRange = capRange ? 1 : 0;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public Caps build() {
            return new Caps(hasCapLimit, capType, capOverallLimit, capInterval, capIntervalLimit, capAffiliateOverallLimit, capAffiliateInterval, capAffiliateIntervalLimit, capRange);
        }
    }
}