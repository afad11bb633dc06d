package org.offerrules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Rule;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePostback;

/**
 * What an update of a request other than the offer names that must exist as a current object: the
 * advertiser's {@code id} (6105), the affiliate's {@code id} (6204), each postback URL's
 * {@code post_back_id} (6229). Reported only on values the input rules found valid.
 */
public final class UpdateTargets {

    private static final int ADVERTISER = 6105;
    private static final int AFFILIATE = 6204;
    private static final int POSTBACK_URL = 6229;

    /** The rules of the request record {@code root}, for its catalog: empty for a request without. */
    static List<Rule> rulesOf(Class<?> root) {
        if (root == SetAdvertiser.class) {
            return List.of(rule(ADVERTISER, "/id", "on update against the current advertiser, there is one"));
        } else if (root == SetAffiliateBaseInfo.class) {
            return List.of(rule(AFFILIATE, "/id", "on update against the current affiliate, there is one"));
        } else if (root == SetAffiliatePostback.class) {
            return List.of(rule(POSTBACK_URL, "/post_back_urls/*/post_back_id",
                    "on update against the current postback setting, each `post_back_id` names one of its URLs"));
        }
        return List.of();
    }

    private UpdateTargets() {
    }

    /**
     * Throws when {@code current} cannot be the current object of {@code update}: another type, another
     * {@code id}, or (postbacks) another {@code offer_id}.
     */
    public static void requireSameObject(Object current, Object update) {
        if (current.getClass() != update.getClass()) {
            throw new IllegalArgumentException("the update is a " + update.getClass().getSimpleName()
                    + ", the current object a " + current.getClass().getSimpleName());
        }
        Updates.Field id = Updates.idOf(update.getClass());
        differ("id", id.get(current), id.get(update));
        if (update instanceof SetAffiliatePostback u) {
            differ("offer_id", ((SetAffiliatePostback) current).offerId(), u.offerId());
        }
    }

    private static void differ(String name, Object current, Object update) {
        if (current != null && update != null && !current.equals(update)) {
            throw new IllegalArgumentException("the update of " + name + " " + update
                    + " is checked against the current object of " + name + " " + current);
        }
    }

    /**
     * {@code violations} with the codes of what {@code update} names that {@code current} (null: none)
     * does not have; unchanged after a first violation when {@code failFast}.
     */
    public static List<Violation> check(Object current, Object update, boolean failFast, List<Violation> violations) {
        if (failFast && !violations.isEmpty()) {
            return violations;
        }
        List<Violation> more = new ArrayList<>(violations);
        if (update instanceof SetAdvertiser a && current == null) {
            missing(ADVERTISER, "/id", a.id(), more);
        } else if (update instanceof SetAffiliateBaseInfo a && current == null) {
            missing(AFFILIATE, "/id", a.id(), more);
        } else if (update instanceof SetAffiliatePostback p && p.postBackUrls() != null) {
            List<PostbackUrl> known = current == null ? null : ((SetAffiliatePostback) current).postBackUrls();
            for (int i = 0; i < p.postBackUrls().size(); i++) {
                PostbackUrl url = p.postBackUrls().get(i);
                if (url != null && url.postBackId() != null && !has(known, url.postBackId())) {
                    missing(POSTBACK_URL, "/post_back_urls/" + i + "/post_back_id", url.postBackId(), more);
                }
            }
        }
        return more.size() == violations.size() ? violations : more;
    }

    private static boolean has(List<PostbackUrl> urls, Integer postBackId) {
        if (urls != null) {
            for (PostbackUrl url : urls) {
                if (url != null && Objects.equals(url.postBackId(), postBackId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void missing(int code, String pointer, Integer id, List<Violation> violations) {
        if (id != null && id > 0 && LookupRules.clean(pointer, violations)) {
            violations.add(Violation.of(ErrorCode.of(code), pointer, id));
        }
    }

    private static Rule rule(int code, String pointer, String sentence) {
        return new Rule(code, Rule.Kind.LOOKUP, pointer, "OfferValidator.validateUpdate",
                sentence + " (`validateUpdate`, `--current`).");
    }
}
