package org.offerrules.validation.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import org.offerrules.validation.model.Offer;

/** Writes offers in the flat wire format ({@link OfferWriter}). */
final class OfferSerializer extends StdSerializer<Offer> {

    OfferSerializer() {
        super(Offer.class);
    }

    @Override
    public void serialize(Offer offer, JsonGenerator g, SerializationContext context) {
        OfferWriter.write(offer, g);
    }
}
