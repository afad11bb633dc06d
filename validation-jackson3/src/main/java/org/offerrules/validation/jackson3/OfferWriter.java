package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.WireWriter;

/**
 * Writes offers, and the other requests' bodies, in the API's flat wire format through Jackson 3:
 * the same text as the Jackson 2 module's {@code OfferWriter}; {@link OfferReader} reads back an
 * equal record. Stateless.
 */
public final class OfferWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private OfferWriter() {
    }

    /** The offer as one line of JSON. */
    public static String toJson(Offer offer) {
        return toJson((Object) offer);
    }

    /** Writes {@code offer} as one JSON object to {@code g}. */
    public static void write(Offer offer, JsonGenerator g) {
        write((Object) offer, g);
    }

    /**
     * Any request body of {@code org.offerrules.validation.Request} as one line of JSON.
     *
     * @throws IllegalArgumentException if {@code request} is not such a body
     */
    public static String toJson(Object request) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(request, g);
        }
        return out.toString();
    }

    /**
     * Writes any request body as one JSON object to {@code g}.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a request
     */
    public static void write(Object request, JsonGenerator g) {
        try {
            WireWriter.write(request, new GeneratorSink(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // GeneratorSink throws Jackson 3's unchecked exceptions only
        }
    }
}
