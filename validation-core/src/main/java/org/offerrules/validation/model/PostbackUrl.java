package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
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
@GenerateBuilder
public record PostbackUrl(
        @Required(value = 6235, groups = Update.class) @Positive(6236)
        Integer postBackId,
        @Required(6233) @OneOf(code = 6234, value = PostbackType.class)
        String type,
        @Required(6225) @HttpUrl(6226)
        String url) {

    /** An empty builder. */
    public static PostbackUrlBuilder builder() {
        return new PostbackUrlBuilder();
    }

    /** A builder holding this record's values. */
    public PostbackUrlBuilder toBuilder() {
        return new PostbackUrlBuilder(this);
    }
}
