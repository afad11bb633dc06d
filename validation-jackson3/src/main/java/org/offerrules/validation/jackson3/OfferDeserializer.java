package org.offerrules.validation.jackson3;

import java.io.IOException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import org.offerrules.validation.jackson3.parser.ParserSource;
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

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        ParserSource source = new ParserSource(p);
        Outcome result;
        try {
            result = binding.read(source, source.columns(), schema, ctxt.getAttribute(OfferRulesModule.MODE_ATTRIBUTE));
        } catch (IOException e) {
            // the mapper's input failed, not the document: what Jackson 3 throws for its own reads' input
            throw JacksonIOException.construct(e, p);
        }
        if (binding.fails(result)) {
            throw new InvalidOfferException(p, result.report());
        }
        return result.request();
    }

    /**
     * {@code readerForUpdating(current)} and {@code updateValue(current, ...)}: a request is an immutable
     * record, and Jackson would hand back {@code current} unchanged (and check the update alone, in
     * create mode), so an update would be lost without a word. Refused, naming what does it.
     */
    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), ModuleSettings.notUpdatable(handledType()));
    }

    @Override
    public Boolean supportsUpdate(tools.jackson.databind.DeserializationConfig config) {
        return Boolean.FALSE;
    }
}
