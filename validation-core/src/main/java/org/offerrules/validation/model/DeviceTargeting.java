package org.offerrules.validation.model;

import java.util.List;

/**
 * The device targeting fields of an offer ({@code device_*}).
 *
 * @param deviceTargeting {@code device_targeting}: 0 or 1.
 * @param deviceRules {@code device_rules}: the device rules.
 * @param deviceRedirectOfferId {@code device_redirect_offer_id}: the redirect offer id, 0 = none.
 */
public record DeviceTargeting(
        Integer deviceTargeting,
        List<DeviceRule> deviceRules,
        Integer deviceRedirectOfferId) {

    /** Copies the lists, keeping null elements for the rules to report. */
    public DeviceTargeting {
        deviceRules = Lists.copy(deviceRules);
    }

    /** A builder with every field absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceTargeting = deviceTargeting;
        b.deviceRules = deviceRules;
        b.deviceRedirectOfferId = deviceRedirectOfferId;
        return b;
    }

    /** Builds {@link DeviceTargeting} values; not thread-safe. Setters accept null to clear a field. */
    public static final class Builder {
        private Integer deviceTargeting;
        private List<DeviceRule> deviceRules;
        private Integer deviceRedirectOfferId;

        private Builder() {
        }

        /** Sets {@code device_targeting}. */
        public Builder deviceTargeting(Integer deviceTargeting) {
            this.deviceTargeting = deviceTargeting;
            return this;
        }

        /** Sets {@code device_rules}. */
        public Builder deviceRules(List<DeviceRule> deviceRules) {
            this.deviceRules = deviceRules;
            return this;
        }

        /** Sets {@code device_redirect_offer_id}. */
        public Builder deviceRedirectOfferId(Integer deviceRedirectOfferId) {
            this.deviceRedirectOfferId = deviceRedirectOfferId;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public DeviceTargeting build() {
            return new DeviceTargeting(deviceTargeting, deviceRules, deviceRedirectOfferId);
        }
    }
}