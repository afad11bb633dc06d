package org.offerrules.benchmarks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;

import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.Payout;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PayoutTiers;
import org.offerrules.validation.model.Revenue;
import org.offerrules.validation.spi.Wire;

/**
 * The reading baseline's mapper: plain Jackson databind, configured as a user without this library
 * would, reading the wire format into the model's own records. No part of {@code validation-jackson}
 * (reader, binder, module) and no validation. The model carries no Jackson annotations, so the
 * mapping is given by mix-ins:
 * <ul>
 *   <li>property names: snake case of the record component names, by {@link WireNames#of} (the names the
 *       product's reader and writer use);</li>
 *   <li>{@code caps}, {@code geo}, {@code device}, {@code tiers}, and the pricing groups {@code payoutTerms},
 *       {@code revenueTerms} of the offer and of each event: {@link JsonUnwrapped} record components, their
 *       fields at their owner's level;</li>
 *   <li>{@code geo_countries}, {@code device_rules}: arrays of compact strings, each element through
 *       the record's {@code parse(String)} as a delegating creator;</li>
 *   <li>{@code tier_payout}: one compact string, through {@link PayoutTier#parseList(String)} as a
 *       converter.</li>
 * </ul>
 * Everything else is Jackson's default (records by their canonical constructor, unknown properties fail).
 * Two effects of {@code @JsonUnwrapped} a user gets with it, neither reached by the benchmarks' documents
 * (every group present, only known fields): an unknown property at the offer's top level is ignored
 * rather than failing (jackson-databind #650, fixed in 3.1 only; in an event too, since its pricing groups
 * are unwrapped), and a group
 * with none of its fields present reads as a record of nulls where {@code OfferReader} gives null.
 */
public final class PlainJackson {

    private PlainJackson() {
    }

    /** A new mapper for {@link Offer} documents of the wire format. */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setPropertyNamingStrategy(new WireNaming());
        mapper.addMixIn(Offer.class, OfferMixIn.class);
        mapper.addMixIn(Event.class, EventMixIn.class);
        mapper.addMixIn(PayoutTiers.class, PayoutTiersMixIn.class);
        mapper.addMixIn(GeoEntry.class, GeoEntryMixIn.class);
        mapper.addMixIn(DeviceRule.class, DeviceRuleMixIn.class);
        return mapper;
    }

    /** Java component name to wire name. */
    static final class WireNaming extends PropertyNamingStrategies.NamingBase {
        private static final long serialVersionUID = 1L;

        @Override
        public String translate(String propertyName) {
            return Wire.name(propertyName);
        }
    }

    abstract static class OfferMixIn {
        @JsonUnwrapped
        Caps caps;
        @JsonUnwrapped
        GeoTargeting geo;
        @JsonUnwrapped
        DeviceTargeting device;
        @JsonUnwrapped
        PayoutTiers tiers;
        @JsonUnwrapped
        Payout payoutTerms;
        @JsonUnwrapped
        Revenue revenueTerms;
    }

    abstract static class EventMixIn {
        @JsonUnwrapped
        Payout payoutTerms;
        @JsonUnwrapped
        Revenue revenueTerms;
    }

    abstract static class PayoutTiersMixIn {
        @JsonDeserialize(converter = TierList.class)
        List<PayoutTier> tierPayout;
    }

    abstract static class GeoEntryMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static GeoEntry parse(String text) {
            return null;
        }
    }

    abstract static class DeviceRuleMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DeviceRule parse(String text) {
            return null;
        }
    }

    /** {@code tier_payout}'s compact string to its tiers. */
    static final class TierList extends StdConverter<String, List<PayoutTier>> {
        @Override
        public List<PayoutTier> convert(String text) {
            return PayoutTier.parseList(text);
        }
    }
}
