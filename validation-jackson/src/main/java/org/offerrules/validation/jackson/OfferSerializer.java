package org.offerrules.validation.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.offerrules.validation.jackson.parser.GeneratorSink;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.WireWriter;

/** Writes offers in the flat wire format, as {@code OfferWriter} does. */
final class OfferSerializer extends StdSerializer<Offer> {

    private static final long serialVersionUID = 1L;

    OfferSerializer() {
        super(Offer.class);
    }

    @Override
    public void serialize(Offer offer, JsonGenerator g, SerializerProvider provider) throws IOException {
        WireWriter.write(offer, new GeneratorSink(g));
    }

    /** With a type id (the mapper's default typing, a cache's serializer): Jackson's braces and id, our fields. */
    @Override
    public void serializeWithType(Offer offer, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId typeId = typeSer.writeTypePrefix(g, typeSer.typeId(offer, JsonToken.START_OBJECT));
        WireWriter.writeFields(offer, new GeneratorSink(g));
        typeSer.writeTypeSuffix(g, typeId);
    }
}
