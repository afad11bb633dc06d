package org.offerrules.validation.model;

import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code generateLink} (and {@code getLink}) request: an affiliate's tracking link for an offer.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(GenerateLink.class)} lists the rules).
 *
 * @param a {@code a}: the affiliate's id, required (6401), > 0 (6402).
 * @param o {@code o}: the offer's id, required (6411), > 0 (6412).
 */
public record GenerateLink(
        @Required(6401) @Positive(6402)
        Integer a,
        @Required(6411) @Positive(6412)
        Integer o) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "generateLink";

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.a = a;
        b.o = o;
        return b;
    }

    /** Builds a {@link GenerateLink}; not thread-safe. Every value may be null. */
    public static final class Builder {
        private Integer a;
        private Integer o;

        private Builder() {
        }

        /** Sets {@code a}. */
        public Builder a(Integer a) {
            this.a = a;
            return this;
        }

        /** Sets {@code o}. */
        public Builder o(Integer o) {
            this.o = o;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public GenerateLink build() {
            return new GenerateLink(a, o);
        }
    }
}
