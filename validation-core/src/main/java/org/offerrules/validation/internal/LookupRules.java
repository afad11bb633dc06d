package org.offerrules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.Rule;
import org.offerrules.validation.Violation;
import org.offerrules.validation.internal.rules.CategoryIdsValidator;
import org.offerrules.validation.internal.rules.TierPayoutsValidator;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

/**
 * The existence rules, answered by the service's {@link OfferLookup}. They run after the input rules
 * and only on values those found valid, so a reference is never reported twice.
 */
public final class LookupRules {

    private static final int OFFER = 6304;
    private static final int ADVERTISER = 6307;
    private static final int REDIRECT_OFFER = 6366;
    private static final int REDIRECT_GROUP = 6367;
    private static final int DEVICE_REDIRECT_OFFER = 6381;
    private static final int PAYOUT_TIER = 6216;
    private static final int CATEGORY = 6387;

    /** The lookup rules: the pointer each reports at and the {@link OfferLookup} method that answers. */
    public static final List<Rule> RULES = List.of(
            lookup(OFFER, "/id", "offerExists", "on update, the offer exists"),
            lookup(ADVERTISER, "/advertiser_id", "advertiserExists", "the advertiser exists"),
            lookup(REDIRECT_OFFER, "/geo_redirect_target_id", "offerExists", "with `geo_redirect_type` 0, the offer exists"),
            lookup(REDIRECT_GROUP, "/geo_redirect_target_id", "geoOfferGroupExists",
                    "with `geo_redirect_type` 1, the GEO offer group exists"),
            lookup(DEVICE_REDIRECT_OFFER, "/device_redirect_offer_id", "offerExists", "the offer exists"),
            lookup(PAYOUT_TIER, "/tier_payout", "payoutTierExists", "every tier id exists", "one report per unknown tier"),
            lookup(CATEGORY, "/categories", "categoryExists", "every category id exists", "one report per unknown id"));

    private LookupRules() {
    }

    /** Adds the lookup violations of {@code offer} to {@code violations}. */
    public static void check(Offer offer, OfferLookup lookup, List<Violation> violations) {
        Integer advertiser = offer.advertiserId();
        if (advertiser != null && advertiser > 0 && clean("/advertiser_id", violations)
                && !lookup.advertiserExists(advertiser)) {
            violations.add(Violation.of(ErrorCode.of(ADVERTISER), "/advertiser_id", advertiser));
        }
        GeoTargeting geo = offer.geo();
        if (geo != null && geo.geoRedirectTargetId() != null && geo.geoRedirectTargetId() > 0
                && clean("/geo_redirect_target_id", violations) && clean("/geo_redirect_type", violations)) {
            int target = geo.geoRedirectTargetId();
            Integer type = geo.geoRedirectType();
            if (type != null && type == 0 && !lookup.offerExists(target)) {
                violations.add(Violation.of(ErrorCode.of(REDIRECT_OFFER), "/geo_redirect_target_id", target));
            } else if (type != null && type == 1 && !lookup.geoOfferGroupExists(target)) {
                violations.add(Violation.of(ErrorCode.of(REDIRECT_GROUP), "/geo_redirect_target_id", target));
            }
        }
        DeviceTargeting device = offer.device();
        if (device != null && device.deviceRedirectOfferId() != null && device.deviceRedirectOfferId() > 0
                && clean("/device_redirect_offer_id", violations)
                && !lookup.offerExists(device.deviceRedirectOfferId())) {
            violations.add(Violation.of(ErrorCode.of(DEVICE_REDIRECT_OFFER), "/device_redirect_offer_id",
                    device.deviceRedirectOfferId()));
        }
        if (offer.tiers() != null && offer.tiers().tierPayout() != null && clean("/tier_payout", violations)) {
            for (PayoutTier tier : offer.tiers().tierPayout()) {
                long id = TierPayoutsValidator.tierId(tier.tierId());
                if (id > 0 && !lookup.payoutTierExists((int) id)) {
                    violations.add(Violation.of(ErrorCode.of(PAYOUT_TIER), "/tier_payout", tier.toCompact(),
                            Map.of("tierId", tier.tierId())));
                }
            }
        }
        if (offer.categories() != null && clean("/categories", violations)) {
            for (int id : CategoryIdsValidator.ids(offer.categories())) {
                if (!lookup.categoryExists(id)) {
                    violations.add(Violation.of(ErrorCode.of(CATEGORY), "/categories", id));
                }
            }
        }
    }

    /**
     * {@code violations} with 6304 at {@code /id} when the update's {@code id} is otherwise valid and
     * {@code exists} does not know it; unchanged after a first violation when {@code failFast}.
     */
    public static List<Violation> checkOfferExists(Offer update, IntPredicate exists, boolean failFast,
                                                   List<Violation> violations) {
        Integer id = update.id();
        if (id == null || id <= 0 || (failFast && !violations.isEmpty()) || !clean("/id", violations)
                || exists.test(id)) {
            return violations;
        }
        List<Violation> more = new ArrayList<>(violations);
        more.add(Violation.of(ErrorCode.of(OFFER), "/id", id));
        return more;
    }

    private static Rule lookup(int code, String pointer, String method, String... sentence) {
        String asked = " (`OfferLookup." + method + "`)";
        return new Rule(code, Rule.Kind.LOOKUP, pointer, "OfferLookup." + method,
                sentence[0] + asked + (sentence.length > 1 ? ", " + sentence[1] : "") + ".");
    }

    /** No violation at {@code pointer} yet: a reference the input rules found valid. */
    static boolean clean(String pointer, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.pointer().equals(pointer)) {
                return false;
            }
        }
        return true;
    }
}
