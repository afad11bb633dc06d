package org.offerrules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.offerrules.validation.internal.Creation;
import org.offerrules.validation.internal.Lookup;
import org.offerrules.validation.internal.Lookup.Asked;
import org.offerrules.validation.internal.Members;
import org.offerrules.validation.internal.Question;
import org.offerrules.validation.internal.ReaderRules;
import org.offerrules.validation.internal.RuleIndex;
import org.offerrules.validation.internal.UpdateTargets;
import org.offerrules.validation.internal.rules.CategoryIdsValidator;
import org.offerrules.validation.internal.rules.TierPayoutsValidator;
import org.offerrules.validation.model.ChangeOfferApplicationStatus;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.GetOfferApplicationList;
import org.offerrules.validation.model.GetOfferById;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ListPagingV2;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePaymentInfo;
import org.offerrules.validation.model.SetAffiliatePostback;
import org.offerrules.validation.model.SetConversionStatus;
import org.offerrules.validation.model.SetOfferAffiliateList;
import org.offerrules.validation.model.SetOfferEventBaseInfo;
import org.offerrules.validation.model.SetOfferSpecialPayouts;

/**
 * The API requests the library checks, each by its API method name and the record that is its body.
 * {@link OfferValidator#validate(Object)} validates any of them; {@link #catalog()} lists its rules.
 *
 * <p>Each constant is the request's whole description, as data: its method, its record (also the root
 * of its wire schema), its update mode (the key that names the object an update changes, and what an
 * update names that must exist: {@code validateUpdate}, {@code --current}), what a body creates
 * ({@link #creates}: the client sends a create again only when it is known not to have been acted on) and its lookups (the
 * {@link OfferLookup} questions, each with its code, pointer and the value it asks about). The
 * validator, the catalog, {@code offer-lint} and the documents read these rows; nothing else names a
 * request. Adding a request is its record, its row here, its tests and its fixture (CONTRIBUTING.md).
 */
public enum Request {
    /** {@code setOffer}, with its events: {@link Offer}. */
    SET_OFFER("setOffer", Offer.class,
            UpdateTargets.<Offer>key("id").missing(6304, "on update against the current offer, there is one"),
            Creation.withoutId(Offer::id),
            Lookup.exists(6307, "/advertiser_id", Question.ADVERTISER_EXISTS, Offer::advertiserId,
                    "the advertiser exists"),
            Lookup.existsUnless(6366, "/geo_redirect_target_id", "/geo_redirect_type", Question.OFFER_EXISTS,
                    geoRedirect(0), "with `geo_redirect_type` 0, the offer exists"),
            Lookup.existsUnless(6367, "/geo_redirect_target_id", "/geo_redirect_type",
                    Question.GEO_OFFER_GROUP_EXISTS, geoRedirect(1),
                    "with `geo_redirect_type` 1, the GEO offer group exists"),
            Lookup.exists(6381, "/device_redirect_offer_id", Question.OFFER_EXISTS,
                    (Offer o) -> o.device() == null ? null : o.device().deviceRedirectOfferId(), "the offer exists"),
            Lookup.eachExists(6216, "/tier_payout", Question.PAYOUT_TIER_EXISTS, Request::tierIds,
                    "every tier id exists", "one report per unknown tier"),
            Lookup.eachExists(6387, "/categories", Question.CATEGORY_EXISTS, Request::categoryIds,
                    "every category id exists", "one report per unknown id"),
            Lookup.existsOnUpdate(6304, "/id", Question.OFFER_EXISTS, Offer::id, "on update, the offer exists")),
    /** {@code setAdvertiser}: {@link SetAdvertiser}. */
    SET_ADVERTISER(SetAdvertiser.METHOD, SetAdvertiser.class,
            UpdateTargets.<SetAdvertiser>key("id")
                    .missing(6105, "on update against the current advertiser, there is one"),
            Creation.withoutId(SetAdvertiser::id),
            Lookup.existsOnUpdate(6105, "/id", Question.ADVERTISER_EXISTS, SetAdvertiser::id,
                    "on update, the advertiser exists"),
            Lookup.exists(6109, "/am_id", Question.ADVERTISER_MANAGER_EXISTS, SetAdvertiser::amId,
                    "the advertiser manager exists"),
            Lookup.ownedBySelf(6113, "/email", Question.ADVERTISER_WITH_EMAIL, SetAdvertiser::email,
                    SetAdvertiser::id, "no other advertiser has the email")),
    /** {@code changeOfferApplicationStatus}: {@link ChangeOfferApplicationStatus}. */
    CHANGE_OFFER_APPLICATION_STATUS(ChangeOfferApplicationStatus.METHOD, ChangeOfferApplicationStatus.class, null,
            Lookup.exists(6802, "/id", Question.OFFER_APPLICATION_EXISTS, ChangeOfferApplicationStatus::id,
                    "the offer application exists")),
    /** {@code generateLink}: {@link GenerateLink}. */
    GENERATE_LINK(GenerateLink.METHOD, GenerateLink.class, null, linkLookups()),
    /**
     * {@code getLink}: an affiliate's existing tracking link for an offer, {@link GenerateLink}'s parameters and
     * codes (<a href="https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/294.html">its page</a>),
     * shared with {@link #GENERATE_LINK}.
     */
    GET_LINK(GenerateLink.GET_LINK, GenerateLink.class, null, linkLookups()),
    /** {@code setConversionStatus}: {@link SetConversionStatus}. */
    SET_CONVERSION_STATUS(SetConversionStatus.METHOD, SetConversionStatus.class, null),
    /** {@code setOfferAffiliateList}: {@link SetOfferAffiliateList}. */
    SET_OFFER_AFFILIATE_LIST(SetOfferAffiliateList.METHOD, SetOfferAffiliateList.class, null,
            Lookup.exists(6304, "/id", Question.OFFER_EXISTS, SetOfferAffiliateList::id, "the offer exists")),
    /** {@code getOfferReport}: {@link ReportQuery}, shared with {@link #GET_CONVERSION_REPORT}. */
    GET_OFFER_REPORT(ReportQuery.OFFER_REPORT, ReportQuery.class, null),
    /** {@code getConversionReport}: {@link ReportQuery}, shared with {@link #GET_OFFER_REPORT}. */
    GET_CONVERSION_REPORT(ReportQuery.CONVERSION_REPORT, ReportQuery.class, null),
    /** {@code getOffers} (API v1), the paging of V1's lists: {@link ListPaging}. */
    GET_OFFERS(ListPaging.METHOD, ListPaging.class, null),
    /** {@code getOffersV2} ({@code getOffers} through API v2), the paging of V2's lists: {@link ListPagingV2}. */
    GET_OFFERS_V2(ListPagingV2.METHOD, ListPagingV2.class, null),
    /** {@code setAffiliateBaseInfo}: {@link SetAffiliateBaseInfo}. */
    SET_AFFILIATE_BASE_INFO(SetAffiliateBaseInfo.METHOD, SetAffiliateBaseInfo.class,
            UpdateTargets.<SetAffiliateBaseInfo>key("id")
                    .missing(6204, "on update against the current affiliate, there is one"),
            Creation.withoutId(SetAffiliateBaseInfo::id),
            Lookup.existsOnUpdate(6204, "/id", Question.AFFILIATE_EXISTS, SetAffiliateBaseInfo::id,
                    "on update, the affiliate exists"),
            Lookup.ownedBySelf(6207, "/email", Question.AFFILIATE_WITH_EMAIL, SetAffiliateBaseInfo::email,
                    SetAffiliateBaseInfo::id, "no other affiliate has the email"),
            Lookup.exists(6213, "/am_id", Question.AFFILIATE_MANAGER_EXISTS, SetAffiliateBaseInfo::amId,
                    "the affiliate manager exists"),
            Lookup.exists(6216, "/payout_tier_id", Question.PAYOUT_TIER_EXISTS, SetAffiliateBaseInfo::payoutTierId,
                    "the payout tier exists")),
    /** {@code setAffiliatePaymentInfo}: {@link SetAffiliatePaymentInfo}. */
    SET_AFFILIATE_PAYMENT_INFO(SetAffiliatePaymentInfo.METHOD, SetAffiliatePaymentInfo.class, null,
            Lookup.exists(6204, "/id", Question.AFFILIATE_EXISTS, SetAffiliatePaymentInfo::id, "the affiliate exists")),
    /** {@code setAffiliatePostback}: {@link SetAffiliatePostback}; an affiliate has one setting per offer. */
    SET_AFFILIATE_POSTBACK(SetAffiliatePostback.METHOD, SetAffiliatePostback.class,
            UpdateTargets.<SetAffiliatePostback>key("id", "offer_id")
                    .each(6229, "post_back_urls", SetAffiliatePostback::postBackUrls, "post_back_id",
                            PostbackUrl::postBackId, "on update against the current postback setting, each "
                                    + "`post_back_id` names one of its URLs"),
            Creation.itemsWithoutId(SetAffiliatePostback::postBackUrls, PostbackUrl::postBackId),
            Lookup.exists(6204, "/id", Question.AFFILIATE_EXISTS, SetAffiliatePostback::id, "the affiliate exists"),
            Lookup.eachExists(6229, "/post_back_urls/*/post_back_id", Question.POSTBACK_URL_EXISTS,
                    Request::postBackIds, "every `post_back_id` names an existing post-back URL",
                    "one report per unknown id")),
    /** {@code getConversions}: {@link GetConversions}. */
    GET_CONVERSIONS(GetConversions.METHOD, GetConversions.class, null),
    /** {@code getOfferById} (affiliate API): {@link GetOfferById}. */
    GET_OFFER_BY_ID(GetOfferById.METHOD, GetOfferById.class, null),
    /** {@code setOfferEventBaseInfo}, one event apart from its offer: {@link SetOfferEventBaseInfo}. */
    SET_OFFER_EVENT_BASE_INFO(SetOfferEventBaseInfo.METHOD, SetOfferEventBaseInfo.class, null,
            Creation.withoutId(SetOfferEventBaseInfo::id)),
    /** {@code getOfferApplicationList}: {@link GetOfferApplicationList}. */
    GET_OFFER_APPLICATION_LIST(GetOfferApplicationList.METHOD, GetOfferApplicationList.class, null),
    /** {@code setOfferSpecialPayouts}: {@link SetOfferSpecialPayouts}. */
    SET_OFFER_SPECIAL_PAYOUTS(SetOfferSpecialPayouts.METHOD, SetOfferSpecialPayouts.class, null);

    private final String method;
    private final Class<? extends Record> type;
    private final UpdateTargets<Object> updates;
    private final List<Lookup<Object>> lookups;
    /** What a body creates; null for a request that creates nothing (a read, or a write that sets). */
    private final Creation<Object> creation;
    private volatile RuleCatalog catalog;

    @SafeVarargs
    <T extends Record> Request(String method, Class<T> type, UpdateTargets<T> updates, Lookup<T>... lookups) {
        this(method, type, updates, null, lookups);
    }

    @SafeVarargs
    @SuppressWarnings({"unchecked", "rawtypes"})
    <T extends Record> Request(String method, Class<T> type, UpdateTargets<T> updates, Creation<T> creation,
            Lookup<T>... lookups) {
        this.method = method;
        this.type = type;
        this.updates = (UpdateTargets) updates;
        this.creation = (Creation) creation;
        this.lookups = (List) List.of(lookups);
    }

    /** The API method name, e.g. {@code setAdvertiser}. */
    public String method() {
        return method;
    }

    /** The record that is the request's body. */
    public Class<? extends Record> type() {
        return type;
    }

    /**
     * Whether the request creates or updates, by the presence of its id, and so has an update mode:
     * {@code setOffer}, {@code setAdvertiser}, {@code setAffiliateBaseInfo}, {@code setAffiliatePostback}
     * (brief section 2, the parameters marked U). Only these can be checked against a current object
     * ({@link OfferValidator#validateUpdate(Object, Object)}).
     */
    public boolean hasUpdateMode() {
        return updates != null;
    }

    /**
     * The wire names of the fields that name the object an update changes, {@code id} first:
     * {@code [id]}, or {@code [id, offer_id]} for {@code setAffiliatePostback} (an affiliate has one
     * postback setting per offer). Empty for a request without an update mode.
     */
    public List<String> updateKey() {
        return updates == null ? List.of() : updates.key();
    }

    /**
     * The values of {@link #updateKey()} in {@code body}, in its order (null for an absent one): what
     * names the current object of an update.
     *
     * @throws IllegalArgumentException when {@code body} is not this request's record
     * @throws IllegalStateException for a request without an update mode
     */
    public List<Object> keyOf(Object body) {
        requireBody(body);
        if (updates == null) {
            throw new IllegalStateException(method + " has no update mode");
        }
        return updates.keyOf(body);
    }

    /**
     * Refuses a {@code body} that is not this request's record, naming its type only: a record's text holds
     * every value, a password of {@code setAffiliateBaseInfo} too, and a message ends up in logs.
     */
    private void requireBody(Object body) {
        if (!type.isInstance(body)) {
            throw new IllegalArgumentException("not a " + method + " body: "
                    + (body == null ? "null" : body.getClass().getSimpleName()));
        }
    }

    /**
     * Whether sending {@code body} makes an object the network did not have: {@code setOffer},
     * {@code setAdvertiser}, {@code setAffiliateBaseInfo} and {@code setOfferEventBaseInfo} without their
     * {@code id} (brief 3.1: "no {@code id} creates"), {@code setAffiliatePostback} with a URL without its
     * {@code post_back_id}. Such a request sent twice may make two objects, where any other request sent
     * twice leaves what one leaves: offer-rules-client sends it again only when its first attempt is known
     * not to have been acted on.
     *
     * @throws IllegalArgumentException when {@code body} is not this request's record
     */
    public boolean creates(Object body) {
        requireBody(body);
        return creation != null && creation.creates(body);
    }

    /**
     * The request's rules, the same for every request: its annotation rules, the readers' rules
     * (which hold for every document), its lookups' ({@link OfferLookup}) and, with an update mode, what
     * its update must name ({@link OfferValidator#validateUpdate(Object, Object)}).
     */
    public RuleCatalog catalog() {
        RuleCatalog c = catalog;
        if (c == null) {
            c = new RuleCatalog(RuleIndex.of(type, Members.JVM, rulesBeyondAnnotations()));
            catalog = c;
        }
        return c;
    }

    /** The readers', the lookups' and the update targets' rules, in that order. */
    private List<Rule> rulesBeyondAnnotations() {
        List<Rule> rules = new ArrayList<>(ReaderRules.RULES);
        lookups.forEach(l -> rules.add(l.rule()));
        if (updates != null) {
            rules.addAll(updates.rules());
        }
        return rules;
    }

    /** The lookups, in the order they run. */
    List<Lookup<Object>> lookups() {
        return lookups;
    }

    /** The update mode's key and targets; null without an update mode. */
    UpdateTargets<Object> updates() {
        return updates;
    }

    /** The request whose API method is {@code method} (exact spelling); empty for any other name. */
    public static Optional<Request> ofMethod(String method) {
        for (Request r : values()) {
            if (r.method.equals(method)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The request whose body is {@code type}.
     *
     * @throws IllegalArgumentException for any other class
     */
    public static Request of(Class<?> type) {
        return ofType(type).orElseThrow(() -> new IllegalArgumentException("not a request body of the API: "
                + type.getName() + " (see Request)"));
    }

    /**
     * The request whose body is {@code type}; empty for any other class. A body shared by several
     * requests ({@link ReportQuery}) gives the first of them: their rules are the same.
     */
    public static Optional<Request> ofType(Class<?> type) {
        return BY_TYPE.get(type);
    }

    /** {@link #ofType}, found once per class: a reader asks for every document it reads (the batch's claims). */
    private static final ClassValue<Optional<Request>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Optional<Request> computeValue(Class<?> type) {
            for (Request r : values()) {
                if (r.type == type) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    };

    /** The lookups of a link request, {@code generateLink} or {@code getLink}: its affiliate and its offer exist. */
    @SuppressWarnings("unchecked")
    private static Lookup<GenerateLink>[] linkLookups() {
        return new Lookup[] {
            Lookup.exists(6403, "/a", Question.AFFILIATE_EXISTS, GenerateLink::a, "the affiliate exists"),
            Lookup.exists(6413, "/o", Question.OFFER_EXISTS, GenerateLink::o, "the offer exists")};
    }

    /** The GEO redirect target when {@code geo_redirect_type} is {@code type}: an offer (0) or a group (1). */
    private static Function<Offer, Integer> geoRedirect(int type) {
        return o -> o.geo() != null && o.geo().geoRedirectType() != null && o.geo().geoRedirectType() == type
                ? o.geo().geoRedirectTargetId() : null;
    }

    /** Every tier id of {@code tier_payout}, reported with its pair and its id as written. */
    private static List<Asked> tierIds(Offer offer) {
        if (offer.tiers() == null || offer.tiers().tierPayout() == null) {
            return null;
        }
        List<Asked> ids = new ArrayList<>();
        for (PayoutTier tier : offer.tiers().tierPayout()) {
            long id = TierPayoutsValidator.tierId(tier.tierId());
            ids.add(new Asked(id, tier.toCompact(), id > 0 ? Map.of("tierId", tier.tierId()) : Map.of()));
        }
        return ids;
    }

    /** Every {@code post_back_id} of {@code post_back_urls}, each reported at its own item. */
    private static List<Asked> postBackIds(SetAffiliatePostback setting) {
        if (setting.postBackUrls() == null) {
            return null;
        }
        List<Asked> ids = new ArrayList<>();
        for (int i = 0; i < setting.postBackUrls().size(); i++) {
            PostbackUrl url = setting.postBackUrls().get(i);
            if (url != null && url.postBackId() != null) {
                ids.add(new Asked(url.postBackId(), url.postBackId(), Map.of(), "/post_back_urls/" + i + "/post_back_id"));
            }
        }
        return ids;
    }

    /** Every id of {@code categories}. */
    private static List<Asked> categoryIds(Offer offer) {
        if (offer.categories() == null) {
            return null;
        }
        List<Asked> ids = new ArrayList<>();
        for (int id : CategoryIdsValidator.ids(offer.categories())) {
            ids.add(new Asked(id, id, Map.of()));
        }
        return ids;
    }
}
