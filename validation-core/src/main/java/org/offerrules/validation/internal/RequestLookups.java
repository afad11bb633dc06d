package org.offerrules.validation.internal;

import static org.offerrules.validation.internal.LookupRules.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.Rule;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.ChangeOfferApplicationStatus;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePaymentInfo;
import org.offerrules.validation.model.SetAffiliatePostback;
import org.offerrules.validation.model.SetOfferAffiliateList;

/**
 * The existence rules of the requests other than the offer, answered by the service's
 * {@link OfferLookup}: as {@link LookupRules} for offers, they run after the input rules and only on
 * values those found valid (no violation at the pointer yet), so a reference is never reported twice.
 */
public final class RequestLookups {

    private RequestLookups() {
    }

    /** The lookup rules of the request record {@code root}, for its catalog; empty for a request without. */
    public static List<Rule> rulesOf(Class<?> root) {
        List<Rule> rules = new ArrayList<>();
        if (root == SetAdvertiser.class) {
            rules.add(rule(6105, "/id", "advertiserExists", "on update, the advertiser exists"));
            rules.add(rule(6109, "/am_id", "advertiserManagerExists", "the advertiser manager exists"));
            rules.add(rule(6113, "/email", "advertiserWithEmail", "no other advertiser has the email"));
        } else if (root == SetAffiliateBaseInfo.class) {
            rules.add(rule(6204, "/id", "affiliateExists", "on update, the affiliate exists"));
            rules.add(rule(6207, "/email", "affiliateWithEmail", "no other affiliate has the email"));
            rules.add(rule(6213, "/am_id", "affiliateManagerExists", "the affiliate manager exists"));
            rules.add(rule(6216, "/payout_tier_id", "payoutTierExists", "the payout tier exists"));
        } else if (root == SetAffiliatePaymentInfo.class || root == SetAffiliatePostback.class) {
            rules.add(rule(6204, "/id", "affiliateExists", "the affiliate exists"));
        } else if (root == SetOfferAffiliateList.class) {
            rules.add(rule(6304, "/id", "offerExists", "the offer exists"));
        } else if (root == GenerateLink.class) {
            rules.add(rule(6403, "/a", "affiliateExists", "the affiliate exists"));
            rules.add(rule(6413, "/o", "offerExists", "the offer exists"));
        } else if (root == ChangeOfferApplicationStatus.class) {
            rules.add(rule(6802, "/id", "offerApplicationExists", "the offer application exists"));
        }
        rules.addAll(UpdateTargets.rulesOf(root));
        return List.copyOf(rules);
    }

    /** Adds the lookup violations of {@code request}, validated in {@code mode}, to {@code violations}. */
    public static void check(Object request, ValidationMode mode, OfferLookup lookup, List<Violation> violations) {
        boolean update = mode == ValidationMode.UPDATE;
        if (request instanceof SetAdvertiser a) {
            exists(6105, "/id", update ? a.id() : null, lookup::advertiserExists, violations);
            exists(6109, "/am_id", a.amId(), lookup::advertiserManagerExists, violations);
            duplicate(6113, a.email(), a.id(), lookup::advertiserWithEmail, violations);
        } else if (request instanceof SetAffiliateBaseInfo a) {
            exists(6204, "/id", update ? a.id() : null, lookup::affiliateExists, violations);
            duplicate(6207, a.email(), a.id(), lookup::affiliateWithEmail, violations);
            exists(6213, "/am_id", a.amId(), lookup::affiliateManagerExists, violations);
            exists(6216, "/payout_tier_id", a.payoutTierId(), lookup::payoutTierExists, violations);
        } else if (request instanceof SetAffiliatePaymentInfo p) {
            exists(6204, "/id", p.id(), lookup::affiliateExists, violations);
        } else if (request instanceof SetAffiliatePostback p) {
            exists(6204, "/id", p.id(), lookup::affiliateExists, violations);
        } else if (request instanceof SetOfferAffiliateList l) {
            exists(6304, "/id", l.id(), lookup::offerExists, violations);
        } else if (request instanceof GenerateLink l) {
            exists(6403, "/a", l.a(), lookup::affiliateExists, violations);
            exists(6413, "/o", l.o(), lookup::offerExists, violations);
        } else if (request instanceof ChangeOfferApplicationStatus c) {
            exists(6802, "/id", c.id(), lookup::offerApplicationExists, violations);
        }
    }

    private static void exists(int code, String pointer, Integer id, IntPredicate exists, List<Violation> violations) {
        if (id != null && id > 0 && clean(pointer, violations) && !exists.test(id)) {
            violations.add(Violation.of(ErrorCode.of(code), pointer, id));
        }
    }

    /** The owner of {@code email} is another than the request's {@code id} (on create, {@code id} null: anyone). */
    private static void duplicate(int code, String email, Integer id, Function<String, Integer> ownerOf,
                                  List<Violation> violations) {
        if (email == null || !clean("/email", violations)) {
            return;
        }
        Integer owner = ownerOf.apply(email);
        if (owner != null && !owner.equals(id)) {
            violations.add(Violation.of(ErrorCode.of(code), "/email", email));
        }
    }

    private static Rule rule(int code, String pointer, String method, String sentence) {
        return new Rule(code, Rule.Kind.LOOKUP, pointer, "OfferLookup." + method,
                sentence + " (`OfferLookup." + method + "`).");
    }
}
