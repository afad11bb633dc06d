package org.offerrules.validation.model;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.constraints.AppId;
import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.constraints.CategoryIds;
import org.offerrules.validation.constraints.EventChain;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.HttpUrl;
import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.constraints.NonNegative;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.NotEqual;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Update;

/**
 * An offer as the network API's {@code setOffer} request carries it, plus its {@code events}. Fields
 * hold the wire values (strings for the API's named values, integers for its 0/1 flags) so that any
 * input, valid or not, can be represented and every problem reported together; the
 * {@link org.offerrules.validation.OfferValidator} decides what is valid. Every field is optional in
 * the record; which ones a request needs depends on create or update mode.
 *
 * <p>The payout, revenue, caps, GEO, device and payout-tier fields are grouped into records of their own for
 * readability; on the wire, and in JSON Pointers, they stand at the top level.
 *
 * @param id {@code id}: the offer's id, required on update (6301), absent on create; > 0 (6302).
 * @param advertiserId {@code advertiser_id}: required on create (6305); > 0 (6306).
 * @param name {@code name}: required on create (6308); not blank (6309).
 * @param status {@code status}: required on create (6310); an {@link OfferStatus} (6303).
 * @param expireDate {@code expire_date}: required on create (6311); {@code YYYY/MM/DD[ HH]} (6398), a real date (6312).
 * @param type {@code type}: required on create; an {@link OfferType} (6314).
 * @param conversionPoint {@code conversion_point}: a {@link ConversionPoint} (6315).
 * @param previewUrl {@code preview_url}: an absolute http(s) URL (6316).
 * @param url {@code url}: required on create; an absolute http(s) URL (6317) containing {@code {TID}} (6313).
 * @param accessType {@code access_type}: required on create; an {@link AccessType} (6318).
 * @param ssl {@code ssl}: required on create; 0 or 1 (6319).
 * @param trackingProtocol {@code tracking_protocol}: required on create; a {@link TrackingProtocol} (6320).
 * @param needSecurityToken {@code need_security_token}: 0 or 1 (6321).
 * @param forceUnique {@code force_unique}: 0 or 1 (6322).
 * @param sessionLifespan {@code session_lifespan}: a {@link SessionLifespan} (6323).
 * @param currency {@code currency}: required on create; the network's currency id 1-68, 1 = USD (6324).
 * @param priceModel {@code price_model}: deprecated alias of {@code payout_type}; when present, a {@link PayoutType} (6325).
 * @param payoutTerms the payout fields, flattened on the wire: {@code payout_type} required on create, a
 *     {@link PayoutType} (6368); {@code payout} at least 0 (6327), required by flat and combined payout types (6382);
 *     {@code payout_percent} 0-100 (6329), required by percentage and combined payout types (6382).
 * @param revenueTerms the revenue fields, flattened on the wire: {@code revenue_type} a {@link RevenueType} (6369);
 *     {@code revenue} at least 0 (6326), required by flat and combined revenue types (6383); {@code revenue_percent}
 *     0-100 (6328), required by percentage and combined revenue types (6383).
 * @param hideReferrer {@code hide_referrer}: 0 or 1 (6392).
 * @param secondaryOffer {@code secondary_offer}: at least 0, 0 = none (6330); never the offer's own id (6330).
 * @param description {@code description}: at most 65,535 characters (63990).
 * @param restriction {@code restriction}: at most 65,535 characters (63991).
 * @param categories {@code categories}: comma-separated category ids (63992), each > 0 (6387), not empty (6386).
 * @param appId {@code app_id}: an app-store id or a package name (63993).
 * @param caps the cap fields; flattened on the wire.
 * @param geo the GEO targeting fields; flattened on the wire.
 * @param device the device targeting fields; flattened on the wire.
 * @param tiers the payout tier fields; flattened on the wire.
 * @param events {@code events}: the offer's events, at most 10 (6706), exactly one initial (6385, 6746), chained by
 *     {@code pre_event_id} (6730, 6731, 6732, 6744); absent or empty: the API creates the initial event itself.
 */
@NotEqual(field = "secondaryOffer", other = "id", code = 6330)
@GenerateBuilder
public record Offer(
        @Required(value = 6301, groups = Update.class) @Positive(6302)
        Integer id,
        @Required(value = 6305, groups = Create.class) @Positive(6306)
        Integer advertiserId,
        @Required(value = 6308, groups = Create.class) @NotBlank(6309)
        String name,
        @Required(value = 6310, groups = Create.class) @OneOf(code = 6303, value = OfferStatus.class)
        String status,
        @Required(value = 6311, groups = Create.class) @ApiDate(formatCode = 6398, impossibleCode = 6312)
        String expireDate,
        @Required(value = 6314, groups = Create.class) @OneOf(code = 6314, value = OfferType.class)
        String type,
        @OneOf(code = 6315, value = ConversionPoint.class)
        String conversionPoint,
        @HttpUrl(6316)
        String previewUrl,
        @Required(value = 6317, groups = Create.class) @HttpUrl(value = 6317, token = "{TID}", missingTokenCode = 6313)
        String url,
        @Required(value = 6318, groups = Create.class) @OneOf(code = 6318, value = AccessType.class)
        String accessType,
        @Required(value = 6319, groups = Create.class) @Flag(6319)
        Integer ssl,
        @Required(value = 6320, groups = Create.class) @OneOf(code = 6320, value = TrackingProtocol.class)
        String trackingProtocol,
        @Flag(6321)
        Integer needSecurityToken,
        @Flag(6322)
        Integer forceUnique,
        @OneOf(code = 6323, value = SessionLifespan.class)
        String sessionLifespan,
        @Required(value = 6324, groups = Create.class) @Between(code = 6324, min = 1, max = 68)
        Integer currency,
        @OneOf(code = 6325, value = PayoutType.class)
        String priceModel,
        @Flattened
        @PriceCheck(value = PayoutType.class, typeCode = 6368, amountCode = 6327, percentCode = 6329)
        @PricePresence(value = PayoutType.class, typeCode = 6368, amountCode = 6382, percentCode = 6382, groups = {Create.class, Merge.class})
        Payout payoutTerms,
        @Flattened
        @PriceCheck(value = RevenueType.class, typeCode = 6369, amountCode = 6326, percentCode = 6328)
        @PricePresence(value = RevenueType.class, amountCode = 6383, percentCode = 6383, groups = {Create.class, Merge.class})
        Revenue revenueTerms,
        @Flag(6392)
        Integer hideReferrer,
        @NonNegative(6330)
        Integer secondaryOffer,
        @MaxLength(code = 63990, max = 65_535)
        String description,
        @MaxLength(code = 63991, max = 65_535)
        String restriction,
        @CategoryIds(malformedCode = 63992, invalidIdCode = 6387, emptyCode = 6386)
        String categories,
        @AppId(63993)
        String appId,
        @Flattened @Valid
        Caps caps,
        @Flattened @Valid
        GeoTargeting geo,
        @Flattened @Valid
        DeviceTargeting device,
        @Flattened @Valid
        PayoutTiers tiers,
        @EventChain(malformedCode = 6746, tooManyCode = 6706, noInitialCode = 6385, extraInitialCode = 6746, nullEventCode = 6746,
                initialInactiveCode = 6733, initialPrivateCode = 6734, initialEndPointCode = 6735, notInitialValueCode = 6730,
                selfCode = 6731, unknownCode = 6732, cycleCode = 6744, duplicateIdCode = 6702, duplicateTokenCode = 6709)
        List<@Valid Event> events) implements Priced {

    /**
     * Copies the lists, keeping null elements for the rules to report; a pricing group with no field
     * present is held as null ({@link Pricing#presentOrNull}).
     */
    public Offer {
        payoutTerms = Pricing.presentOrNull(payoutTerms);
        revenueTerms = Pricing.presentOrNull(revenueTerms);
        events = Lists.copy(events);
    }

    /**
     * {@code status} read as a {@link OfferStatus}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #status()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<OfferStatus> statusValue() {
        return OfferStatus.fromApiValue(status);
    }

    /**
     * {@code type} read as a {@link OfferType}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #type()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<OfferType> typeValue() {
        return OfferType.fromApiValue(type);
    }

    /**
     * {@code conversion_point} read as a {@link ConversionPoint}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #conversionPoint()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<ConversionPoint> conversionPointValue() {
        return ConversionPoint.fromApiValue(conversionPoint);
    }

    /**
     * {@code access_type} read as a {@link AccessType}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #accessType()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<AccessType> accessTypeValue() {
        return AccessType.fromApiValue(accessType);
    }

    /**
     * {@code tracking_protocol} read as a {@link TrackingProtocol}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #trackingProtocol()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<TrackingProtocol> trackingProtocolValue() {
        return TrackingProtocol.fromApiValue(trackingProtocol);
    }

    /**
     * {@code session_lifespan} read as a {@link SessionLifespan}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #sessionLifespan()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<SessionLifespan> sessionLifespanValue() {
        return SessionLifespan.fromApiValue(sessionLifespan);
    }

    /**
     * {@code price_model} read as a {@link PayoutType}: empty when absent or not one of its spellings. A method
     * beside the wire value {@link #priceModel()}, not a record component: neither the wire formats nor the rules see it.
     */
    public Optional<PayoutType> priceModelValue() {
        return PayoutType.fromApiValue(priceModel);
    }

    /** A builder with every field absent. */
    public static OfferBuilder builder() {
        return new OfferBuilder();
    }

    /** A builder holding this record's values. */
    public OfferBuilder toBuilder() {
        return new OfferBuilder(this);
    }
}
