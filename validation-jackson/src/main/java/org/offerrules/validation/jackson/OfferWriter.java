package org.offerrules.validation.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.WireWriter;

/**
 * Writes offers in the API's flat wire format: {@code setOffer} fields in snake case at the top
 * level (the caps, GEO, device and tier groups flattened), compact strings in the API's syntax,
 * absent fields left out. What {@link OfferReader} reads back from it is an equal offer. The other
 * requests of {@link Request} are written the same way ({@link #toJson(Object)}), and read back with
 * {@link OfferReader#read(String, Class)}. Stateless.
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
    public static void write(Offer offer, JsonGenerator g) throws IOException {
        WireWriter.write(offer, new GeneratorSink(g));
    }

    /**
     * Any request body of {@link Request} ({@code SetAdvertiser}, {@code ReportQuery}, an offer, ...)
     * as one line of JSON.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public static String toJson(Object request) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(request, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes any request body of {@link Request} as one JSON object to {@code g}.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public static void write(Object request, JsonGenerator g) throws IOException {
        WireWriter.write(request, new GeneratorSink(g));
    }
}
