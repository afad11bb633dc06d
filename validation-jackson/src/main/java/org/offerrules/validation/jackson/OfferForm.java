package org.offerrules.validation.jackson;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.offerrules.validation.Request;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

/**
 * Writes offers as the {@code application/x-www-form-urlencoded} body the network API takes for
 * {@code setOffer}: the same wire names as the JSON format, in schema order, absent fields left out;
 * list parameters indexed from 0 ({@code geo_countries[0]=US%3A1%3ATX&geo_countries[1]=CA}), events
 * as {@code events[0][e_tkn]=...}; numbers in plain decimal notation ({@code 2.5}, {@code 3}, never an
 * exponent); values percent-encoded as UTF-8 with {@code +} for a space, brackets written literally.
 * {@link OfferReader#readForm(String)} reads back an equal offer. Stateless.
 *
 * <p>What JSON writes as {@code []} and {@code null} elements: an empty list is the list's name with
 * an empty value ({@code events=}), a null element its indexed name with an empty value
 * ({@code geo_countries[1]=}, {@code events[1]=}); both read back as they were.
 */
public final class OfferForm {

    private OfferForm() {
    }

    /** The offer as one form body, e.g. {@code advertiser_id=12&name=Summer+Sale&...}. */
    public static String write(Offer offer) {
        Objects.requireNonNull(offer, "offer");
        StringBuilder out = new StringBuilder(512);
        write(WireSchema.OFFER, offer, null, out);
        return out.toString();
    }

    /**
     * Any request body of {@link Request} as the form body of its method, e.g. {@code a=2&o=12} for
     * {@code generateLink}, {@code id=21&post_back_urls[0][type]=Image+Pixel&...} for
     * {@code setAffiliatePostback}. A reader for its type ({@link OfferReader.Builder#request(Class)})
     * reads back an equal request.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public static String write(Object request) {
        StringBuilder out = new StringBuilder(128);
        write(OfferWriter.schemaOf(request), request, null, out);
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
                case INT, LONG, STRING -> parameter(name, value.toString(), out);
                case DOUBLE -> parameter(name, plain((Double) value), out);
                case TIER_STRING -> parameter(name, PayoutTier.toCompact(cast(value)), out);
                case COMPACT_ARRAY -> {
                    List<?> list = (List<?>) value;
                    if (list.isEmpty()) {
                        parameter(name, "", out);
                    }
                    for (int i = 0; i < list.size(); i++) {
                        Object element = list.get(i);
                        parameter(name + '[' + i + ']', element == null ? "" : field.elementWriter.apply(element), out);
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
