package org.offerrules.validation.model;

import org.offerrules.validation.constraints.HttpUrl;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.Update;

/**
 * One postback URL of a {@link SetAffiliatePostback}: fields hold the wire values.
 *
 * @param postBackId {@code post_back_id}: the postback's id, required on update (6235), > 0 (6236).
 * @param type {@code type}: required (6233); a {@link PostbackType} (6234).
 * @param url {@code url}: required (6225); an absolute http(s) URL (6226).
 */
public record PostbackUrl(
        @Required(value = 6235, groups = Update.class) @Positive(6236)
        Integer postBackId,
        @Required(6233) @OneOf(code = 6234, value = PostbackType.class)
        String type,
        @Required(6225) @HttpUrl(6226)
        String url) {

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.postBackId = postBackId;
        b.type = type;
        b.url = url;
        return b;
    }

    /** Builds a {@link PostbackUrl}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer postBackId;
        private String type;
        private String url;

        private Builder() {
        }

        /** Sets {@code post_back_id}. */
        public Builder postBackId(Integer postBackId) {
            this.postBackId = postBackId;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets {@code url}. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public PostbackUrl build() {
            return new PostbackUrl(postBackId, type, url);
        }
    }
}
