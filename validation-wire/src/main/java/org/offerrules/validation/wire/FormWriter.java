package org.offerrules.validation.wire;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.document.UnencodableValueException;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

/**
 * Writes the {@code application/x-www-form-urlencoded} body of {@code setOffer}: what each module's
 * public {@code OfferForm} documents and calls. Stateless. A value with a lone surrogate is refused
 * ({@code UnencodableValueException}): URLEncoder would write it as {@code ?}.
 */
public final class FormWriter {

    private FormWriter() {
    }

    /** The offer as one form body. */
    public static String write(Offer offer) {
        Objects.requireNonNull(offer, "offer");
        StringBuilder out = new StringBuilder(512);
        write(WireSchema.OFFER, offer, null, out);
        return out.toString();
    }

    /** Any request body of {@code Request} as the form body of its method; throws for any other object. */
    public static String write(Object request) {
        StringBuilder out = new StringBuilder(128);
        write(WireWriter.schemaOf(request), request, null, out);
        return out.toString();
    }

    private static void write(WireSchema schema, Object record, String prefix, StringBuilder out) {
        Object[] values = schema.values(record);
        for (WireSchema.WireField field : schema.fields) {
            Object value = values[field.index];
            if (value == null) {
                continue;
            }
            String name = prefix == null ? field.wireName : prefix + '[' + field.wireName + ']';
            switch (field.kind) {
                case INT, LONG -> parameter(name, value.toString(), out);
                case STRING -> parameter(name, encodable(field.invalid, field, name, value.toString()), out);
                case DOUBLE -> parameter(name, plain((Double) value), out);
                case TIER_STRING -> parameter(name, encodable(field.invalid, field, name,
                        PayoutTier.toCompact(cast(value))), out);
                case COMPACT_ARRAY -> {
                    List<?> list = (List<?>) value;
                    if (list.isEmpty()) {
                        parameter(name, "", out);
                    }
                    for (int i = 0; i < list.size(); i++) {
                        Object element = list.get(i);
                        String indexed = name + '[' + i + ']';
                        parameter(indexed, element == null ? ""
                                : encodable(field.elementInvalid, field, indexed, field.elementWriter.apply(element)), out);
                    }
                }
                case OBJECT_ARRAY -> {
                    List<?> list = (List<?>) value;
                    if (list.isEmpty()) {
                        parameter(name, "", out);
                    }
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) == null) {
                            parameter(name + '[' + i + ']', "", out);
                        } else {
                            write(field.nested, list.get(i), name + '[' + i + ']', out);
                        }
                    }
                }
                default -> throw new IllegalStateException(field.kind.name());
            }
        }
    }

    /**
     * {@code value}, or {@code UnencodableValueException} when it holds a lone surrogate: the field's {@code code} at the
     * pointer of the parameter {@code name} ({@code events[0][event_name]} is {@code /events/0/event_name};
     * wire names are [a-z0-9_] and need no escaping).
     */
    private static String encodable(ErrorCode code, WireSchema.WireField field, String name, String value) {
        int lone = Binder.loneSurrogate(value);
        if (lone < 0) {
            return value;
        }
        String pointer = '/' + name.replace("][", "/").replace('[', '/').replace("]", "");
        String detail = String.format(java.util.Locale.ROOT, "a lone surrogate \\u%04X at index %d, not half of a pair:"
                + " it has no UTF-8 form, so it cannot be sent in a form body", (int) value.charAt(lone), lone);
        throw new UnencodableValueException(Binder.invalidValue(code, field, pointer, value, detail, 0));
    }

    private static void parameter(String name, String value, StringBuilder out) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        // wire names are [a-z0-9_], indexes digits: only the brackets, kept literal as the API's examples show
        out.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * Plain decimal notation, the shortest that reads back as the same double: {@code 2.5}, {@code 3}
     * for 3.0, {@code 0.0000001}, never {@code 1.0E-7}. {@code -0} keeps the sign (the records compare
     * doubles by bits). NaN and the infinities have no decimal form: they are written as Java spells
     * them, which the API rejects and the reader reports with the field's invalid code.
     */
    static String plain(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static List<PayoutTier> cast(Object value) {
        return (List<PayoutTier>) value;
    }
}
