package org.offerrules.validation.jackson;

import java.util.Arrays;

/**
 * Where the values of one bound JSON object stood: its opening brace, each field's value token, the
 * elements of its arrays and the objects inside them. Recorded while reading (no second pass, no
 * tree) so that rule violations found afterwards can be placed at a line and column. A position is
 * packed as {@code line << 32 | column}; 0 means "not in the document".
 */
final class Locations {

    final WireSchema schema;
    long start;
    final long[] fields;
    private long[][] elements;       // per field index, per array element
    private int[] elementCounts;
    private Locations[][] objects;   // per field index, per array element (object arrays)

    Locations(WireSchema schema) {
        this.schema = schema;
        this.fields = new long[schema.fields.length];
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffff_ffffL);
    }

    static int line(long packed) {
        return (int) (packed >>> 32);
    }

    static int column(long packed) {
        return (int) packed;
    }

    void element(int field, int index, long at, Locations object) {
        if (elements == null) {
            elements = new long[fields.length][];
            elementCounts = new int[fields.length];
            objects = new Locations[fields.length][];
        }
        long[] e = elements[field];
        if (e == null) {
            e = elements[field] = new long[4];
            objects[field] = new Locations[4];
        } else if (index >= e.length) {
            e = elements[field] = Arrays.copyOf(e, Math.max(index + 1, e.length * 2));
            objects[field] = Arrays.copyOf(objects[field], e.length);
        }
        e[index] = at;
        objects[field][index] = object;
        elementCounts[field] = Math.max(elementCounts[field], index + 1);
    }

    /**
     * The position of {@code pointer} (RFC 6901, in wire names), or of its nearest ancestor that is
     * in the document; a field that is absent resolves to its enclosing object's opening brace.
     */
    long resolve(String pointer) {
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
            if (index < 0 || current.elements == null || current.elements[field.index] == null
                    || index >= current.elementCounts[field.index]) {
                return fieldAt;
            }
            long elementAt = current.elements[field.index][index];
            Locations object = current.objects[field.index][index];
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
