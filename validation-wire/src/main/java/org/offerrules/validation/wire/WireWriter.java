package org.offerrules.validation.wire;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

/**
 * Writes offers in the API's flat wire format to a {@link JsonSink}: what each module's public
 * {@code OfferWriter} documents and calls. Stateless.
 */
public final class WireWriter {

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private WireWriter() {
    }

    /** Writes {@code offer} as one JSON object to {@code g}. */
    public static void write(Offer offer, JsonSink g) throws IOException {
        writeObject(WireSchema.OFFER, offer, g);
    }

    /**
     * Writes any request body of {@link Request} as one JSON object to {@code g}.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public static void write(Object request, JsonSink g) throws IOException {
        writeObject(schemaOf(request), request, g);
    }

    /**
     * Writes the fields of {@code request} (the body of any {@link Request}) without the braces, to an
     * object a module's serializer has opened: with a type id (a mapper's default typing) Jackson writes
     * the braces and the id itself.
     */
    public static void writeFields(Object request, JsonSink g) throws IOException {
        writeFields(request instanceof Offer ? WireSchema.OFFER : schemaOf(request), request, g);
    }

    /** The wire layout of {@code request}'s type, which must be a {@link Request}'s record. */
    static WireSchema schemaOf(Object request) {
        return WireSchema.of(Request.of(Objects.requireNonNull(request, "request").getClass()).type());
    }

    private static void writeObject(WireSchema schema, Object record, JsonSink g) throws IOException {
        g.startObject();
        writeFields(schema, record, g);
        g.endObject();
    }

    private static void writeFields(WireSchema schema, Object record, JsonSink g) throws IOException {
        Object[] values = schema.values(record);
        for (WireSchema.WireField field : schema.fields) {
            Object value = values[field.index];
            if (value == null) {
                continue;
            }
            g.name(field.wireName);
            switch (field.kind) {
                case INT -> g.number((int) (Integer) value);
                case LONG -> g.number((long) (Long) value);
                case DOUBLE -> writeDouble(g, (Double) value);
                case STRING -> g.string((String) value);
                case TIER_STRING -> g.string(PayoutTier.toCompact(cast(value)));
                case COMPACT_ARRAY -> {
                    g.startArray();
                    for (Object element : (List<?>) value) {
                        if (element == null) {
                            g.nullValue();
                        } else {
                            g.string(field.elementWriter.apply(element));
                        }
                    }
                    g.endArray();
                }
                case OBJECT_ARRAY -> {
                    g.startArray();
                    for (Object element : (List<?>) value) {
                        if (element == null) {
                            g.nullValue();
                        } else {
                            writeObject(field.nested, element, g);
                        }
                    }
                    g.endArray();
                }
                default -> throw new IllegalStateException(field.kind.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<PayoutTier> cast(Object value) {
        return (List<PayoutTier>) value;
    }

    /**
     * A whole number without a fraction ({@code 1000}, not {@code 1000.0}): the API reads the text, and
     * a conversion cap of {@code 1000.0} is not the whole number a Conversion cap asks for. {@code -0.0}
     * keeps its sign, as in form bodies: the records compare doubles by bits, and the integer 0 would
     * read back as another record.
     */
    private static void writeDouble(JsonSink g, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && Double.doubleToRawLongBits(d) != NEGATIVE_ZERO) {
            g.number((long) d);
        } else if (g.numbersAsText() && Double.isFinite(d)) {
            // quoted, Jackson's "1.0E-7" is text in a notation the readers refuse: a mapper's own offer failed
            // to read back (docs/decisions/jackson.md, numbers written as strings)
            g.string(FormWriter.plain(d));
        } else {
            g.number(d);
        }
    }
}
