package org.offerrules.validation.jackson3;

import java.io.IOException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserSequence;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.TokenBuffer;

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
        ParserSource source = new ParserSource(inObject(p, ctxt));
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
     * The parser at the offer's {@code {}: Jackson hands a deserializer an object it has begun to read at
     * its next name (a type id read first, by the mapper's default typing or {@code @JsonTypeInfo}), or
     * at its end; the binder reads whole objects, so it is given back the brace (placed where the parser is).
     */
    private static JsonParser inObject(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
            return p;
        }
        TokenBuffer brace = ctxt.bufferForInputBuffering(p);
        brace.writeStartObject();
        JsonParser object = JsonParserSequence.createFlattened(true, brace.asParser(ctxt, p), p);
        object.nextToken();
        return object;
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
