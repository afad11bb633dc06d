package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;

/**
 * Binds an offer (or another request's body, by its type) with the streaming binder, runs the rules,
 * and throws every violation at once.
 */
final class OfferDeserializer extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient OfferValidator validator;
    private final ValidationMode mode;
    private final boolean validate;
    private final boolean failOnWarnings;
    private final boolean strictTypes;
    private final transient WireSchema schema;

    OfferDeserializer(Class<?> type, OfferValidator validator, ValidationMode mode, int features) {
        super(type);
        this.schema = WireSchema.of(type);
        this.validator = validator;
        this.mode = mode;
        this.validate = OfferRulesFeature.VALIDATE_ON_READ.enabledIn(features);
        this.failOnWarnings = OfferRulesFeature.FAIL_ON_WARNINGS.enabledIn(features);
        this.strictTypes = OfferRulesFeature.STRICT_TYPES.enabledIn(features);
    }

    /**
     * A parser of text counts UTF-16 columns itself. Of bytes, Jackson counts bytes; they can be
     * converted only where the parser exposes its input, which it does when the mapper's factory has
     * {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} enabled (off by default since Jackson 2.16).
     */
    private static Columns columns(JsonParser p) {
        ContentReference source = p.currentTokenLocation().contentReference();
        if (source != null && source.getRawContent() instanceof byte[] bytes && source.hasTextualContent()) {
            int offset = Math.max(0, source.contentOffset());
            int length = source.contentLength() < 0 ? bytes.length - offset : source.contentLength();
            return Columns.utf8(bytes, offset, length, 0);
        }
        return Columns.CHARS;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Bound bound = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, columns(p), strictTypes, schema);
        ReadResult result = Results.finish(bound, validator, mode, validate);
        if (result.request() == null || !result.report().isValid()
                || (failOnWarnings && !result.report().violations().isEmpty())) {
            throw new InvalidOfferException(p, result.report());
        }
        return result.request();
    }
}
