package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;

/** Binds an offer with the streaming binder, runs the rules, and throws every violation at once. */
final class OfferDeserializer extends StdDeserializer<Offer> {

    private static final long serialVersionUID = 1L;

    private final transient OfferValidator validator;
    private final ValidationMode mode;
    private final boolean validate;
    private final boolean failOnWarnings;

    OfferDeserializer(OfferValidator validator, ValidationMode mode, int features) {
        super(Offer.class);
        this.validator = validator;
        this.mode = mode;
        this.validate = OfferRulesFeature.VALIDATE_ON_READ.enabledIn(features);
        this.failOnWarnings = OfferRulesFeature.FAIL_ON_WARNINGS.enabledIn(features);
    }

    @Override
    public Offer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ReadResult result = Results.finish(Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH), validator, mode, validate);
        if (result.offer() == null || !result.report().isValid()
                || (failOnWarnings && !result.report().violations().isEmpty())) {
            throw new InvalidOfferException(p, result.report());
        }
        return result.offer();
    }
}
