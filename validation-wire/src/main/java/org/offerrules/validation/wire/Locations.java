package org.offerrules.validation.wire;

import java.util.Arrays;

/**
 * Where the values of one bound JSON object stood: its opening brace, each field's value token, the
 * elements of its arrays and the objects inside them. Recorded while reading (no second pass, no
 * tree) so that rule violations found afterwards can be placed at a line and column. A position is
 * packed as {@code line << 32 | column}; 0 means "not in the document".
 */
public final class Locations {

    final WireSchema schema;
    long start;
    final long[] fields;
    // per array field (WireField.array), per element; allocated when the first element is read, so an
    // object without arrays (an event) or with empty ones costs no more than its fields' positions
    private long[][] elements;
    private int[] elementCounts;
    private Locations[][] objects;   // object arrays only: the element objects' own locations

    Locations(WireSchema schema) {
        this.schema = schema;
        this.fields = new long[schema.fields.length];
    }

    static long pack(int line, int column) {
        return TokenSource.pack(line, column);
    }

    public static int line(long packed) {
        return (int) (packed >>> 32);
    }

    public static int column(long packed) {
        return (int) packed;
    }

    void element(WireSchema.WireField field, int index, long at, Locations object) {
        int a = field.array;
        if (elements == null) {
            elements = new long[schema.arrays][];
            elementCounts = new int[schema.arrays];
        }
        long[] e = elements[a];
        if (e == null) {
            e = elements[a] = new long[Math.max(index + 1, field.sizeHint)];
        } else if (index >= e.length) {
            e = elements[a] = Arrays.copyOf(e, Math.max(index + 1, e.length * 2));
        }
        e[index] = at;
        if (field.kind == WireSchema.Kind.OBJECT_ARRAY) {
            if (objects == null) {
                objects = new Locations[schema.arrays][];
            }
            Locations[] o = objects[a];
            if (o == null || index >= o.length) {
                o = objects[a] = o == null ? new Locations[e.length] : Arrays.copyOf(o, e.length);
            }
            o[index] = object;
        }
        elementCounts[a] = Math.max(elementCounts[a], index + 1);
    }

    /**
     * The position of {@code pointer} (RFC 6901, in wire names), or of its nearest ancestor that is
     * in the document; a field that is absent resolves to its enclosing object's opening brace.
     */
    public long resolve(String pointer) {
        Locations current = this;
        int i = 0;
        while (true) {
            if (i >= pointer.length()) {
                return current.start;
            }
            int end = pointer.indexOf('/', i + 1);
            if (end < 0) {
                end = pointer.length();
            }
            WireSchema.WireField field = current.schema.field(unescape(pointer.substring(i + 1, end)));
            if (field == null || current.fields[field.index] == 0) {
                return current.start;
            }
            long fieldAt = current.fields[field.index];
            if (end >= pointer.length()) {
                return fieldAt;
            }
            int next = pointer.indexOf('/', end + 1);
            if (next < 0) {
                next = pointer.length();
            }
            int index = parseIndex(pointer, end + 1, next);
            if (index < 0 || field.array < 0 || current.elements == null || current.elements[field.array] == null
                    || index >= current.elementCounts[field.array]) {
                return fieldAt;
            }
            long elementAt = current.elements[field.array][index];
            Locations[] objects = current.objects == null ? null : current.objects[field.array];
            Locations object = objects == null ? null : objects[index];
            if (next >= pointer.length() || object == null) {
                return elementAt != 0 ? elementAt : fieldAt;
            }
            current = object;
            i = next;
        }
    }

    private static int parseIndex(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }
}
