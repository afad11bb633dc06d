package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import org.offerrules.validation.jackson3.parser.ParserSource;
import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.ModuleSettings;
import org.offerrules.validation.wire.Outcome;
import org.offerrules.validation.wire.WireSchema;

/**
 * Binds an offer (or another request's body, by its type) with the streaming binder, runs the rules,
 * and throws every violation at once.
 */
final class OfferDeserializer extends StdDeserializer<Object> {

    private final transient ModuleSettings.Binding binding;
    private final transient WireSchema schema;

    OfferDeserializer(Class<?> type, ModuleSettings.Binding binding) {
        super(type);
        this.schema = WireSchema.of(type);
        this.binding = binding;
    }

    /**
     * A parser of text counts UTF-16 columns itself. Of bytes, Jackson counts bytes; they can be
     * converted only where the parser exposes its input, which it does when the mapper's factory has
     * {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} enabled (off by default).
     */
    private static Columns columns(JsonParser p) {
        ContentReference source = p.currentTokenLocation().contentReference();
        return source == null ? Columns.CHARS : Columns.ofSource(source.getRawContent(), source.hasTextualContent(),
                source.contentOffset(), source.contentLength());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        Outcome result;
        try {
            result = binding.read(new ParserSource(p), columns(p), schema, ctxt.getAttribute(OfferRulesModule.MODE_ATTRIBUTE));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the mapper's input failed: not a problem of the document
        }
        if (binding.fails(result)) {
            throw new InvalidOfferException(p, result.report());
        }
        return result.request();
    }
}
