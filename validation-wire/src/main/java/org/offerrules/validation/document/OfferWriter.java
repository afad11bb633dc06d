package org.offerrules.validation.document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.ParserProvider;

/**
 * Writes offers in the API's flat wire format: {@code setOffer} fields in snake case at the top
 * level (the caps, GEO, device and tier groups flattened), compact strings in the API's syntax,
 * absent fields left out. What {@link OfferReader} reads back from it is an equal offer. The other
 * requests of {@link Request} are written the same way ({@link #toJson(Object)}), and read back with
 * {@link OfferReader#read(String, Class)}. It writes through the generator of the Jackson module
 * present (the newest when both are; both write the same text). Stateless.
 */
public final class OfferWriter {

    private OfferWriter() {
    }

    /** The offer as one line of JSON. */
    public static String toJson(Offer offer) {
        return toJson((Object) offer);
    }

    /**
     * Any request body of {@link Request} ({@code SetAdvertiser}, {@code ReportQuery}, an offer, ...)
     * as one line of JSON.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     * @throws IllegalStateException    if neither Jackson module is present
     */
    public static String toJson(Object request) {
        StringWriter out = new StringWriter();
        try {
            write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes any request body of {@link Request} as one line of JSON to {@code out}, which stays open.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     * @throws IllegalStateException    if neither Jackson module is present
     * @throws IOException              when {@code out} fails
     */
    public static void write(Object request, Writer out) throws IOException {
        ParserProvider.find(0).writeJson(request, out);
    }
}
