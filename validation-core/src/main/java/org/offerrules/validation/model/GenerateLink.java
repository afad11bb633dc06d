package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code generateLink} and {@code getLink} requests: an affiliate's tracking link for an
 * offer, made when it does not exist
 * (<a href="https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/293.html">generateLink</a>) or only
 * read (<a href="https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/294.html">getLink</a>). Both
 * pages give the same two parameters, each required and a single value, with the same codes: one record
 * ({@code Request.GENERATE_LINK} and {@code Request.GET_LINK} name it).
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(GenerateLink.class)} lists the rules).
 *
 * @param a {@code a}: the affiliate's id, required (6401), > 0 (6402).
 * @param o {@code o}: the offer's id, required (6411), > 0 (6412).
 */
@GenerateBuilder
public record GenerateLink(
        @Required(6401) @Positive(6402)
        Integer a,
        @Required(6411) @Positive(6412)
        Integer o) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "generateLink";

    /** The API method that reads an existing link with the same parameters: {@value}. */
    public static final String GET_LINK = "getLink";

    /** An empty builder. */
    public static GenerateLinkBuilder builder() {
        return new GenerateLinkBuilder();
    }

    /** A builder holding this record's values. */
    public GenerateLinkBuilder toBuilder() {
        return new GenerateLinkBuilder(this);
    }
}
