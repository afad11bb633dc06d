package org.offerrules.validation.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

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
        writeObject(WireSchema.OFFER, offer, g);
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
        writeObject(schemaOf(request), request, g);
    }

    /** The wire layout of {@code request}'s type, which must be a {@link Request}'s record. */
    static WireSchema schemaOf(Object request) {
        return WireSchema.of(Request.of(Objects.requireNonNull(request, "request").getClass()).type());
    }

    private static void writeObject(WireSchema schema, Object record, JsonGenerator g) throws IOException {
        g.writeStartObject();
        Object[] values = schema.values(record);
        for (WireSchema.WireField field : schema.fields) {
            Object value = values[field.index];
            if (value == null) {
                continue;
            }
            g.writeFieldName(field.wireName);
            switch (field.kind) {
                case INT -> g.writeNumber((Integer) value);
                case LONG -> g.writeNumber((Long) value);
                case DOUBLE -> writeDouble(g, (Double) value);
                case STRING -> g.writeString((String) value);
                case TIER_STRING -> g.writeString(PayoutTier.toCompact(cast(value)));
                case COMPACT_ARRAY -> {
                    g.writeStartArray();
                    for (Object element : (List<?>) value) {
                        if (element == null) {
                            g.writeNull();
                        } else {
                            g.writeString(field.elementWriter.apply(element));
                        }
                    }
                    g.writeEndArray();
                }
                case OBJECT_ARRAY -> {
                    g.writeStartArray();
                    for (Object element : (List<?>) value) {
                        if (element == null) {
                            g.writeNull();
                        } else {
                            writeObject(field.nested, element, g);
                        }
                    }
                    g.writeEndArray();
                }
                default -> throw new IllegalStateException(field.kind.name());
            }
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static List<PayoutTier> cast(Object value) {
        return (List<PayoutTier>) value;
    }

    /**
     * A whole number without a fraction ({@code 1000}, not {@code 1000.0}): the API reads the text, and
     * a conversion cap of {@code 1000.0} is not the whole number a Conversion cap asks for.
     */
    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }
}
