package org.offerrules.validation.model;

import java.util.List;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.DeviceRules;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.NonNegative;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;

/**
 * The device targeting fields of an offer ({@code device_*}).
 *
 * @param deviceTargeting {@code device_targeting}: 0 or 1 (6372); required when any device field is given (6371).
 * @param deviceRules {@code device_rules}: the device rules (6374, 6375, 6376, 6377, 6378); required, not empty, when targeting is on (6373).
 * @param deviceRedirectOfferId {@code device_redirect_offer_id}: the redirect offer id, at least 0, 0 = none (6380); optional.
 */
@RequiredWithAny(field = "deviceTargeting", others = {"deviceRules", "deviceRedirectOfferId"}, code = 6371, groups = {Create.class, Merge.class})
@Requires(field = "deviceRules", when = "deviceTargeting", in = "1", code = 6373, groups = {Create.class, Merge.class})
@GenerateBuilder
public record DeviceTargeting(
        @Flag(6372)
        Integer deviceTargeting,
        @DeviceRules(malformedCode = 6374, methodCode = 6375, parameterCode = 6376, noValueCode = 6377, valueCode = 6378)
        List<DeviceRule> deviceRules,
        @NonNegative(6380)
        Integer deviceRedirectOfferId) {

    /** Copies the lists, keeping null elements for the rules to report. */
    public DeviceTargeting {
        deviceRules = Lists.copy(deviceRules);
    }

    /** A builder with every field absent. */
    public static DeviceTargetingBuilder builder() {
        return new DeviceTargetingBuilder();
    }

    /** A builder holding this record's values. */
    public DeviceTargetingBuilder toBuilder() {
        return new DeviceTargetingBuilder(this);
    }
}
