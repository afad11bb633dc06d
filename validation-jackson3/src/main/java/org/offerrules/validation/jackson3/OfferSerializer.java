package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import org.offerrules.validation.jackson3.parser.GeneratorSink;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.WireWriter;

/** Writes offers in the flat wire format, as {@code OfferWriter} does. */
final class OfferSerializer extends StdSerializer<Offer> {

    OfferSerializer() {
        super(Offer.class);
    }

    @Override
    public void serialize(Offer offer, JsonGenerator g, SerializationContext context) {
        try {
            WireWriter.write(offer, new GeneratorSink(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // GeneratorSink throws Jackson 3's unchecked exceptions only
        }
    }
}
