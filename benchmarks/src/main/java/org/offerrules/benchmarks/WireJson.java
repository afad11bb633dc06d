package org.offerrules.benchmarks;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.offerrules.validation.internal.Accessors;
import org.offerrules.validation.internal.WireNames;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.Flattened;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;

/**
 * Writes offers in the API's flat wire format, for the benchmarks' JSON data set and the lint
 * benchmark's NDJSON: snake_case keys; the {@link Flattened} groups (caps, GEO, device, tiers) at the
 * top level; {@code geo_countries} and {@code device_rules} as arrays of compact strings
 * ({@code "CA:1:QC"}); {@code tier_payout} as one compact string ({@code "1:3,2:3.5"}); {@code events}
 * as an array of objects. Absent (null) fields are left out. Reads the records' components
 * reflectively (once per record class), so fields added to the model are written too; meant for data
 * preparation, not for measured code.
 */
public final class WireJson {

    /** One record component: its JSON key ({@code "name":}), how to read it, whether it is flattened. */
    private record Member(String key, Function<Object, Object> accessor, boolean flattened) {
    }

    private static final ClassValue<Member[]> MEMBERS = new ClassValue<>() {
        @Override
        protected Member[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Member[] members = new Member[components.length];
            for (int i = 0; i < components.length; i++) {
                StringBuilder key = new StringBuilder();
                string(WireNames.of(components[i].getName()), key);
                members[i] = new Member(key.append(':').toString(), Accessors.of(type, components[i].getName()),
                        components[i].isAnnotationPresent(Flattened.class));
            }
            return members;
        }
    };

    private WireJson() {
    }

    /** The offer as one line of JSON. */
    public static String write(Offer offer) {
        StringBuilder out = new StringBuilder(2048);
        object(offer, out);
        return out.toString();
    }

    /** The offer as UTF-8 JSON bytes. */
    public static byte[] bytes(Offer offer) {
        return write(offer).getBytes(StandardCharsets.UTF_8);
    }

    private static void object(Record record, StringBuilder out) {
        out.append('{');
        members(record, out, true);
        out.append('}');
    }

    /** Writes the members of {@code record}; returns whether the next member is the first. */
    private static boolean members(Record record, StringBuilder out, boolean first) {
        for (Member member : MEMBERS.get(record.getClass())) {
            Object value = member.accessor().apply(record);
            if (value == null) {
                continue;
            }
            if (member.flattened()) {
                first = members((Record) value, out, first);
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(member.key());
            value(value, out);
        }
        return first;
    }

    private static void value(Object value, StringBuilder out) {
        if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof PayoutTier) {
            @SuppressWarnings("unchecked")
            List<PayoutTier> tiers = (List<PayoutTier>) list;
            string(PayoutTier.toCompact(tiers), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object element = list.get(i);
                if (element == null) {
                    out.append("null");
                } else if (element instanceof GeoEntry geo) {
                    string(geo.toCompact(), out);
                } else if (element instanceof DeviceRule rule) {
                    string(rule.toCompact(), out);
                } else {
                    value(element, out);
                }
            }
            out.append(']');
        } else if (value instanceof Record record) {
            object(record, out);
        } else {
            string(String.valueOf(value), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
