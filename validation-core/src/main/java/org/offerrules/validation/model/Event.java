package org.offerrules.validation.model;

import java.util.Optional;

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
 *     required when a revenue is given (6713); {@code revenue} at least 0 (6717), required by flat and combined revenue
 *     types (6715); {@code revenue_percent} 0-100 (6718), required by percentage and combined revenue types (6716).
 * @param payoutTerms the payout fields, flattened on the wire: {@code payout_type} required on create (6719), a
 *     {@link PayoutType} (6720); {@code payout} at least 0 (6723), required by flat and combined payout types (6721);
 *     {@code payout_percent} 0-100 (6724), required by percentage and combined payout types (6722).
 * @param conversionPoint {@code conversion_point}: a {@link ConversionPoint} (6745).
 * @param description {@code description}: at most 65,535 characters (6747).
 */
@RequiredUnless(field = "eTkn", when = "preEventId", in = "-1", code = 6707, groups = Create.class)
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
        @PricePresence(value = RevenueType.class, typeWhenPricedCode = 6713, amountCode = 6715, percentCode = 6716,
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
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.eTkn = eTkn;
        b.eventName = eventName;
        b.status = status;
        b.isPrivate = isPrivate;
        b.preEventId = preEventId;
        b.trackingMethod = trackingMethod;
        b.isEndPoint = isEndPoint;
        b.needApproval = needApproval;
        b.canMultiplyConversion = canMultiplyConversion;
        b.revenueType = revenueType();
        b.revenue = revenue();
        b.revenuePercent = revenuePercent();
        b.payoutType = payoutType();
        b.payout = payout();
        b.payoutPercent = payoutPercent();
        b.conversionPoint = conversionPoint;
        b.description = description;
        return b;
    }

    /** Builds {@link Event} values; not thread-safe. Setters accept null to clear a field. */
    public static final class Builder {
        private Integer id;
        private String eTkn;
        private String eventName;
        private Integer status;
        private Integer isPrivate;
        private Integer preEventId;
        private String trackingMethod;
        private Integer isEndPoint;
        private Integer needApproval;
        private Integer canMultiplyConversion;
        private String revenueType;
        private Double revenue;
        private Double revenuePercent;
        private String payoutType;
        private Double payout;
        private Double payoutPercent;
        private String conversionPoint;
        private String description;

        private Builder() {
        }

        /** Sets {@code id}. */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /** Sets {@code e_tkn}. */
        public Builder eTkn(String eTkn) {
            this.eTkn = eTkn;
            return this;
        }

        /** Sets {@code event_name}. */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(Integer status) {
            this.status = status;
            return this;
        }

        /** Sets {@code is_private}. */
        public Builder isPrivate(Integer isPrivate) {
            this.isPrivate = isPrivate;
            return this;
        }

        /** Sets {@code pre_event_id}. */
        public Builder preEventId(Integer preEventId) {
            this.preEventId = preEventId;
            return this;
        }

        /** Sets {@code tracking_method}. */
        public Builder trackingMethod(String trackingMethod) {
            this.trackingMethod = trackingMethod;
            return this;
        }

        /** Sets {@code tracking_method} to {@code value.apiValue()}. */
        public Builder trackingMethod(TrackingProtocol value) {
            this.trackingMethod = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code is_end_point}. */
        public Builder isEndPoint(Integer isEndPoint) {
            this.isEndPoint = isEndPoint;
            return this;
        }

        /** Sets {@code need_approval}. */
        public Builder needApproval(Integer needApproval) {
            this.needApproval = needApproval;
            return this;
        }

        /** Sets {@code can_multiply_conversion}. */
        public Builder canMultiplyConversion(Integer canMultiplyConversion) {
            this.canMultiplyConversion = canMultiplyConversion;
            return this;
        }

        /** Sets {@code revenue_type}. */
        public Builder revenueType(String revenueType) {
            this.revenueType = revenueType;
            return this;
        }

        /** Sets {@code revenue_type} to {@code value.apiValue()}. */
        public Builder revenueType(RevenueType value) {
            this.revenueType = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code revenue}. */
        public Builder revenue(Double revenue) {
            this.revenue = revenue;
            return this;
        }

        /** Sets {@code revenue_percent}. */
        public Builder revenuePercent(Double revenuePercent) {
            this.revenuePercent = revenuePercent;
            return this;
        }

        /** Sets {@code payout_type}. */
        public Builder payoutType(String payoutType) {
            this.payoutType = payoutType;
            return this;
        }

        /** Sets {@code payout_type} to {@code value.apiValue()}. */
        public Builder payoutType(PayoutType value) {
            this.payoutType = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code payout}. */
        public Builder payout(Double payout) {
            this.payout = payout;
            return this;
        }

        /** Sets {@code payout_percent}. */
        public Builder payoutPercent(Double payoutPercent) {
            this.payoutPercent = payoutPercent;
            return this;
        }

        /** Sets {@code conversion_point}. */
        public Builder conversionPoint(String conversionPoint) {
            this.conversionPoint = conversionPoint;
            return this;
        }

        /** Sets {@code conversion_point} to {@code value.apiValue()}. */
        public Builder conversionPoint(ConversionPoint value) {
            this.conversionPoint = value == null ? null : value.apiValue();
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public Event build() {
            return new Event(id, eTkn, eventName, status, isPrivate, preEventId, trackingMethod, isEndPoint, needApproval, canMultiplyConversion, new Revenue(revenueType, revenue, revenuePercent), new Payout(payoutType, payout, payoutPercent), conversionPoint, description);
        }
    }
}