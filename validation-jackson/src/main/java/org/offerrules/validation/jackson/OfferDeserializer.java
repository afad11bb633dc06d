package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import org.offerrules.validation.jackson.parser.ParserSource;
import org.offerrules.validation.wire.ModuleSettings;
import org.offerrules.validation.wire.Outcome;
import org.offerrules.validation.wire.WireSchema;

/**
 * Binds an offer (or another request's body, by its type) with the streaming binder, runs the rules,
 * and throws every violation at once.
 */
final class OfferDeserializer extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient ModuleSettings.Binding binding;
    private final transient WireSchema schema;

    OfferDeserializer(Class<?> type, ModuleSettings.Binding binding) {
        super(type);
        this.schema = WireSchema.of(type);
        this.binding = binding;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ParserSource source = new ParserSource(p);
        Outcome result = binding.read(source, source.columns(), schema,
                ctxt.getAttribute(OfferRulesModule.MODE_ATTRIBUTE));
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
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
        return ctxt.reportBadDefinition(ctxt.constructType(handledType()), ModuleSettings.notUpdatable(handledType()));
    }

    @Override
    public Boolean supportsUpdate(com.fasterxml.jackson.databind.DeserializationConfig config) {
        return Boolean.FALSE;
    }
}
