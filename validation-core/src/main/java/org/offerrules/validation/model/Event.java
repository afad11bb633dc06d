package org.offerrules.validation.model;

/**
 * One event of an offer, as the API's {@code setOfferEventBaseInfo} request carries it.
 *
 * @param id {@code id}: the event's id, > 0.
 * @param eTkn {@code e_tkn}: the event token; unique in the offer.
 * @param eventName {@code event_name}: the event's name.
 * @param status {@code status}: 1 active / 0 inactive.
 * @param isPrivate {@code is_private}: 0 or 1.
 * @param preEventId {@code pre_event_id}: -1 marks the initial event; otherwise another event's id.
 * @param trackingMethod {@code tracking_method}: a {@link TrackingProtocol}.
 * @param isEndPoint {@code is_end_point}: 0 or 1.
 * @param needApproval {@code need_approval}: 0 or 1.
 * @param canMultiplyConversion {@code can_multiply_conversion}: 0 or 1.
 * @param revenueType {@code revenue_type}: a {@link RevenueType}.
 * @param revenue {@code revenue}: at least 0.
 * @param revenuePercent {@code revenue_percent}: 0-100.
 * @param payoutType {@code payout_type}: a {@link PayoutType}.
 * @param payout {@code payout}: at least 0.
 * @param payoutPercent {@code payout_percent}: 0-100.
 * @param conversionPoint {@code conversion_point}: a {@link ConversionPoint}.
 * @param description {@code description}: free text.
 */
public record Event(
        Integer id,
        String eTkn,
        String eventName,
        Integer status,
        Integer isPrivate,
        Integer preEventId,
        String trackingMethod,
        Integer isEndPoint,
        Integer needApproval,
        Integer canMultiplyConversion,
        String revenueType,
        Double revenue,
        Double revenuePercent,
        String payoutType,
        Double payout,
        Double payoutPercent,
        String conversionPoint,
        String description) {

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
        b.revenueType = revenueType;
        b.revenue = revenue;
        b.revenuePercent = revenuePercent;
        b.payoutType = payoutType;
        b.payout = payout;
        b.payoutPercent = payoutPercent;
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
            return new Event(id, eTkn, eventName, status, isPrivate, preEventId, trackingMethod, isEndPoint, needApproval, canMultiplyConversion, revenueType, revenue, revenuePercent, payoutType, payout, payoutPercent, conversionPoint, description);
        }
    }
}