package org.offerrules.validation.model;

import java.util.List;

import jakarta.validation.Valid;

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
public record SetAffiliatePostback(
        @Required(6201) @Positive(6202)
        Integer id,
        Integer offerId,
        @PostbackUrls(tooManyCode = 6231, nullEntryCode = 6225, duplicateUrlCode = 6227, imagePixelsCode = 6232)
        List<@Valid PostbackUrl> postBackUrls) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setAffiliatePostback";

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.offerId = offerId;
        b.postBackUrls = postBackUrls;
        return b;
    }

    /** Builds a {@link SetAffiliatePostback}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer id;
        private Integer offerId;
        private List<@Valid PostbackUrl> postBackUrls;

        private Builder() {
        }

        /** Sets {@code id}. */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /** Sets {@code offer_id}. */
        public Builder offerId(Integer offerId) {
            this.offerId = offerId;
            return this;
        }

        /** Sets {@code post_back_urls}. */
        public Builder postBackUrls(List<@Valid PostbackUrl> postBackUrls) {
            this.postBackUrls = postBackUrls;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public SetAffiliatePostback build() {
            return new SetAffiliatePostback(id, offerId, postBackUrls);
        }
    }
}
