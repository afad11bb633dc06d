package org.offerrules.validation.model;

import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.EventToken;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.ForbiddenWhen;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.PositiveOr;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.RequiredUnless;
import org.offerrules.validation.constraints.Update;

/**
 * The body of the API's {@code setOfferEventBaseInfo} request on its own: one event of an offer, created
 * or changed apart from the offer document, with the {@code offer_id} it belongs to. An offer document's
 * {@code events} ({@link Event}) carry the same fields and report the offer's event codes; this request has
 * the codes of its own parameters (6704, 6711, 6740, 6743, 6810). Only the fields those rules and the
 * event's identity need are modelled; the others of {@link Event} are not read here yet.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetOfferEventBaseInfo.class)} lists
 * the rules).
 *
 * @param offerId {@code offer_id}: required, > 0 (6704).
 * @param id {@code id}: the event's id, required on update (6702), > 0 (6702).
 * @param eTkn {@code e_tkn}: {@code [A-Za-z0-9_-]+} (6708); required on create unless the event is initial (6707).
 * @param eventName {@code event_name}: required on create, not blank (6710).
 * @param status {@code status}: required on create (6711), 1 active / 0 inactive (6740).
 * @param isPrivate {@code is_private}: 0 or 1 (6725); not 1 on the initial event (6810).
 * @param preEventId {@code pre_event_id}: -1 for the initial event, or another event's id > 0 (6743).
 */
@RequiredUnless(field = "eTkn", when = "preEventId", in = "-1", code = 6707, groups = Create.class)
@ForbiddenWhen(field = "isPrivate", forbidden = 1, when = "preEventId", whenIs = -1, code = 6810)
public record SetOfferEventBaseInfo(
        @Required(6704) @Positive(6704)
        Integer offerId,
        @Required(value = 6702, groups = Update.class) @Positive(6702)
        Integer id,
        @EventToken(6708)
        String eTkn,
        @Required(value = 6710, groups = Create.class) @NotBlank(6710)
        String eventName,
        @Required(value = 6711, groups = Create.class) @Flag(6740)
        Integer status,
        @Flag(6725)
        Integer isPrivate,
        @PositiveOr(code = 6743, or = -1)
        Integer preEventId) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setOfferEventBaseInfo";

    /** The request for {@code event} of offer {@code offerId}: the fields of the event this request carries. */
    public static SetOfferEventBaseInfo of(Integer offerId, Event event) {
        return new SetOfferEventBaseInfo(offerId, event.id(), event.eTkn(), event.eventName(), event.status(),
                event.isPrivate(), event.preEventId());
    }

    /** The event this request carries, as an offer document's {@link Event} with these fields. */
    public Event event() {
        return Event.builder().id(id).eTkn(eTkn).eventName(eventName).status(status).isPrivate(isPrivate)
                .preEventId(preEventId).build();
    }
}
