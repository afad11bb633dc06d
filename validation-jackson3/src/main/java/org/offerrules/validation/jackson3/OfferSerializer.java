package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

import org.offerrules.validation.jackson3.parser.GeneratorSink;
import org.offerrules.validation.wire.WireWriter;

/** Writes an offer, or another request's body, in the flat wire format, as {@code OfferWriter} does. */
final class OfferSerializer extends StdSerializer<Object> {

    /** A serializer of {@code type}, the record of a {@link org.offerrules.validation.Request}. */
    OfferSerializer(Class<?> type) {
        super(type, false);
    }

    @Override
    public void serialize(Object request, JsonGenerator g, SerializationContext context) {
        try {
            WireWriter.write(request, new GeneratorSink(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // GeneratorSink throws Jackson 3's unchecked exceptions only
        }
    }

    /** With a type id (the mapper's default typing, a cache's serializer): Jackson's braces and id, our fields. */
    @Override
    public void serializeWithType(Object request, JsonGenerator g, SerializationContext context, TypeSerializer typeSer) {
        WritableTypeId typeId = typeSer.writeTypePrefix(g, context, typeSer.typeId(request, JsonToken.START_OBJECT));
        try {
            WireWriter.writeFields(request, new GeneratorSink(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // as above
        }
        typeSer.writeTypeSuffix(g, context, typeId);
    }
}
