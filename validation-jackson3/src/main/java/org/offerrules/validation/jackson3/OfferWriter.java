package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.WireWriter;

/**
 * Writes offers in the API's flat wire format: {@code setOffer} fields in snake case at the top
 * level (the caps, GEO, device and tier groups flattened), compact strings in the API's syntax,
 * absent fields left out. What {@link OfferReader} reads back from it is an equal offer. Stateless.
 */
public final class OfferWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private OfferWriter() {
    }

    /** The offer as one line of JSON. */
    public static String toJson(Offer offer) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(offer, g);
        }
        return out.toString();
    }

    /** Writes {@code offer} as one JSON object to {@code g}. */
    public static void write(Offer offer, JsonGenerator g) {
        try {
            WireWriter.write(offer, new GeneratorSink(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // GeneratorSink throws Jackson 3's unchecked exceptions only
        }
    }
}
