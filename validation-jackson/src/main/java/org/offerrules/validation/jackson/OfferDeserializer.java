package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

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
        ParserSource source = new ParserSource(inObject(p, ctxt));
        Outcome result = binding.read(source, source.columns(), schema,
                ctxt.getAttribute(OfferRulesModule.MODE_ATTRIBUTE));
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
    private static JsonParser inObject(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return p;
        }
        TokenBuffer brace = ctxt.bufferForInputBuffering(p);
        brace.writeStartObject();
        JsonParser object = JsonParserSequence.createFlattened(true, brace.asParser(p), p);
        object.nextToken();
        return object;
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
