package org.offerrules.validation.model;

import java.util.List;

import jakarta.validation.Valid;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.PostbackUrls;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the affiliate postback settings request, {@code setAffiliatePostback} (the brief's decided name):
 * an affiliate's postback URLs for one offer or, with {@code offer_id} 0, for every offer.
 *
 * <p>Fields hold the wire values; nothing is rejected at construction ({@code RuleCatalog.of(SetAffiliatePostback.class)}
 * lists the rules).
 *
 * @param id {@code id}: the affiliate's id, required (6201), > 0 (6202).
 * @param offerId {@code offer_id}: the offer the URLs are for, 0 for every offer (not checked).
 * @param postBackUrls {@code post_back_urls}: the offer's postback URLs: at most 20 (6231), no URL twice (6227), at most one {@code Image Pixel} (6232), each a {@link PostbackUrl}.
 */
@GenerateBuilder
public record SetAffiliatePostback(
        @Required(6201) @Positive(6202)
        Integer id,
        Integer offerId,
        @PostbackUrls(tooManyCode = 6231, nullEntryCode = 6225, duplicateUrlCode = 6227, imagePixelsCode = 6232)
        List<@Valid PostbackUrl> postBackUrls) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setAffiliatePostback";

    /** An empty builder. */
    public static SetAffiliatePostbackBuilder builder() {
        return new SetAffiliatePostbackBuilder();
    }

    /** A builder holding this record's values. */
    public SetAffiliatePostbackBuilder toBuilder() {
        return new SetAffiliatePostbackBuilder(this);
    }
}
