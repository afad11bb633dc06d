package org.offerrules.validation.model;

import java.util.Optional;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.EventToken;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.RequiredUnless;

/**
 * One event of an offer, as the API's {@code setOfferEventBaseInfo} request carries it. The rules
 * across the events of an offer (one initial event, the {@code pre_event_id} chain, unique tokens)
 * are on {@link Offer#events()}.
 *
 * @param id {@code id}: the event's id, > 0 (6702), unique in the offer (6702).
 * @param eTkn {@code e_tkn}: the event token, {@code [A-Za-z0-9_-]+} (6708), unique in the offer (6709); required on non-initial events (6707).
 * @param eventName {@code event_name}: required, not blank (6710).
 * @param status {@code status}: 1 active / 0 inactive (6712); the initial event is active (6733).
 * @param isPrivate {@code is_private}: 0 or 1 (6725); the initial event is public (6734).
 * @param preEventId {@code pre_event_id}: -1 marks the initial event; otherwise another event's id (6730, 6731, 6732, 6744, 6746).
 * @param trackingMethod {@code tracking_method}: a {@link TrackingProtocol} (6726).
 * @param isEndPoint {@code is_end_point}: 0 or 1 (6727); the initial event is not an end point (6735).
 * @param needApproval {@code need_approval}: 0 or 1 (6728).
 * @param canMultiplyConversion {@code can_multiply_conversion}: 0 or 1 (6729).
 * @param revenueTerms the revenue fields, flattened on the wire: {@code revenue_type} a {@link RevenueType} (6714),
 *     required on create (6713, as the event page says: docs/decisions/geo-device-events.md); {@code revenue} at least 0
 *     (6717), required by flat and combined revenue
 *     types (6715); {@code revenue_percent} 0-100 (6718), required by percentage and combined revenue types (6716).
 * @param payoutTerms the payout fields, flattened on the wire: {@code payout_type} required on create (6719), a
 *     {@link PayoutType} (6720); {@code payout} at least 0 (6723), required by flat and combined payout types (6721);
 *     {@code payout_percent} 0-100 (6724), required by percentage and combined payout types (6722).
 * @param conversionPoint {@code conversion_point}: a {@link ConversionPoint} (6745).
 * @param description {@code description}: at most 65,535 characters (6747).
 */
@RequiredUnless(field = "eTkn", when = "preEventId", in = "-1", code = 6707, groups = Create.class)
@GenerateBuilder
public record Event(
        @Positive(6702)
        Integer id,
        @EventToken(6708)
        String eTkn,
        @Required(value = 6710, groups = Create.class) @NotBlank(6710)
        String eventName,
        @Flag(6712)
        Integer status,
        @Flag(6725)
        Integer isPrivate,
        Integer preEventId,
        @OneOf(code = 6726, value = TrackingProtocol.class)
        String trackingMethod,
        @Flag(6727)
        Integer isEndPoint,
        @Flag(6728)
        Integer needApproval,
        @Flag(6729)
        Integer canMultiplyConversion,
        @Flattened
        @PriceCheck(value = RevenueType.class, typeCode = 6714, amountCode = 6717, percentCode = 6718)
        @PricePresence(value = RevenueType.class, typeCode = 6713, amountCode = 6715, percentCode = 6716,
                groups = Create.class)
        Revenue revenueTerms,
        @Flattened
        @PriceCheck(value = PayoutType.class, typeCode = 6720, amountCode = 6723, percentCode = 6724)
        @PricePresence(value = PayoutType.class, typeCode = 6719, amountCode = 6721, percentCode = 6722, groups = Create.class)
        Payout payoutTerms,
        @OneOf(code = 6745, value = ConversionPoint.class)
        String conversionPoint,
        @MaxLength(code = 6747, max = 65_535)
        String description) implements Priced {

    /** A pricing group with no field present is held as null ({@link Pricing#presentOrNull}). */
    public Event {
        revenueTerms = Pricing.presentOrNull(revenueTerms);
        payoutTerms = Pricing.presentOrNull(payoutTerms);
    }

    /**
     * {@code tracking_method} read as a {@link TrackingProtocol}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #trackingMethod()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<TrackingProtocol> trackingMethodValue() {
        return TrackingProtocol.fromApiValue(trackingMethod);
    }

    /**
     * {@code conversion_point} read as a {@link ConversionPoint}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #conversionPoint()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<ConversionPoint> conversionPointValue() {
        return ConversionPoint.fromApiValue(conversionPoint);
    }

    /** A builder with every field absent. */
    public static EventBuilder builder() {
        return new EventBuilder();
    }

    /** A builder holding this record's values. */
    public EventBuilder toBuilder() {
        return new EventBuilder(this);
    }
}
