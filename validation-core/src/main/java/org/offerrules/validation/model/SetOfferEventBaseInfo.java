package org.offerrules.validation.model;

import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.EventToken;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.ForbiddenWhen;
import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.NotEqual;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.PositiveOr;
import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.RequiredUnless;
import org.offerrules.validation.constraints.Update;

/**
 * The body of the API's {@code setOfferEventBaseInfo} request on its own: one event of an offer, created
 * or changed apart from the offer document, with the {@code offer_id} it belongs to. Every parameter of the
 * method's page is a component: an offer document's {@code events} ({@link Event}) carry the same fields and
 * report the offer's event codes; this request has the codes of its own parameters where the dictionary gives
 * them (6704, 6740, 6743, 6810) and the event codes for the others (docs/decisions/requests.md).
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetOfferEventBaseInfo.class)} lists
 * the rules).
 *
 * @param offerId {@code offer_id}: required on create (6704), > 0 (6704).
 * @param id {@code id}: the event's id, required on update (6702), > 0 (6702).
 * @param eTkn {@code e_tkn}: {@code [A-Za-z0-9_-]+} (6708); required on create unless the event is initial (6707).
 * @param eventName {@code event_name}: required on create, not blank (6710).
 * @param status {@code status}: 1 active / 0 inactive (6740); absent, the API's default (1).
 * @param isPrivate {@code is_private}: 0 or 1 (6725); not 1 on the initial event (6810).
 * @param preEventId {@code pre_event_id}: -1 for the initial event, or another event's id > 0 (6743), never the
 *     event's own {@code id} (6731, as in an offer document).
 * @param trackingMethod {@code tracking_method}: a {@link TrackingProtocol} (6726).
 * @param isEndPoint {@code is_end_point}: 0 or 1 (6727).
 * @param needApproval {@code need_approval}: 0 or 1 (6728).
 * @param canMultiplyConversion {@code can_multiply_conversion}: 0 or 1 (6729).
 * @param revenueTerms the revenue fields, flattened on the wire: {@code revenue_type} required on create (6713), a
 *     {@link RevenueType} (6714); {@code revenue} at least 0 (6717), required by flat and combined types (6715);
 *     {@code revenue_percent} 0-100 (6718), required by percentage and combined types (6716).
 * @param payoutTerms the payout fields, flattened on the wire: {@code payout_type} required on create (6719), a
 *     {@link PayoutType} (6720); {@code payout} at least 0 (6723), required by flat and combined types (6721);
 *     {@code payout_percent} 0-100 (6724), required by percentage and combined types (6722).
 * @param conversionPoint {@code conversion_point}: a {@link ConversionPoint} (6745).
 * @param description {@code description}: at most 65,535 characters (6747).
 */
@RequiredUnless(field = "eTkn", when = "preEventId", in = "-1", code = 6707, groups = Create.class)
@ForbiddenWhen(field = "isPrivate", forbidden = 1, when = "preEventId", whenIs = -1, code = 6810)
@NotEqual(field = "preEventId", other = "id", code = 6731)
public record SetOfferEventBaseInfo(
        @Required(value = 6704, groups = Create.class) @Positive(6704)
        Integer offerId,
        @Required(value = 6702, groups = Update.class) @Positive(6702)
        Integer id,
        @EventToken(6708)
        String eTkn,
        @Required(value = 6710, groups = Create.class) @NotBlank(6710)
        String eventName,
        @Flag(6740)
        Integer status,
        @Flag(6725)
        Integer isPrivate,
        @PositiveOr(code = 6743, or = -1)
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

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setOfferEventBaseInfo";

    /** A pricing group with no field present is held as null ({@link Pricing#presentOrNull}). */
    public SetOfferEventBaseInfo {
        revenueTerms = Pricing.presentOrNull(revenueTerms);
        payoutTerms = Pricing.presentOrNull(payoutTerms);
    }

    /** The request for {@code event} of offer {@code offerId}: every field of the event. */
    public static SetOfferEventBaseInfo of(Integer offerId, Event event) {
        return new SetOfferEventBaseInfo(offerId, event.id(), event.eTkn(), event.eventName(), event.status(),
                event.isPrivate(), event.preEventId(), event.trackingMethod(), event.isEndPoint(), event.needApproval(),
                event.canMultiplyConversion(), event.revenueTerms(), event.payoutTerms(), event.conversionPoint(),
                event.description());
    }

    /** The event this request carries, as an offer document's {@link Event} with these fields. */
    public Event event() {
        return new Event(id, eTkn, eventName, status, isPrivate, preEventId, trackingMethod, isEndPoint, needApproval,
                canMultiplyConversion, revenueTerms, payoutTerms, conversionPoint, description);
    }
}
