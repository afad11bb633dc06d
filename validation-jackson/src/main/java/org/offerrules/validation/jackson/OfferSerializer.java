package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.offerrules.validation.jackson.parser.GeneratorSink;
import org.offerrules.validation.wire.WireWriter;

/** Writes an offer, or another request's body, in the flat wire format, as {@code OfferWriter} does. */
final class OfferSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    /** A serializer of {@code type}, the record of a {@link org.offerrules.validation.Request}. */
    OfferSerializer(Class<?> type) {
        super(type, false);
    }

    @Override
    public void serialize(Object request, JsonGenerator g, SerializerProvider provider) throws IOException {
        WireWriter.write(request, new GeneratorSink(g));
    }

    /** With a type id (the mapper's default typing, a cache's serializer): Jackson's braces and id, our fields. */
    @Override
    public void serializeWithType(Object request, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId typeId = typeSer.writeTypePrefix(g, typeSer.typeId(request, JsonToken.START_OBJECT));
        WireWriter.writeFields(request, new GeneratorSink(g));
        typeSer.writeTypeSuffix(g, typeId);
    }
}
