package org.offerrules.validation.spi;

import java.util.Comparator;

/** RFC 6901 JSON Pointer helpers. */
public final class JsonPointers {

    /** Orders pointers segment by segment; segments that are both array indexes compare as numbers. */
    public static final Comparator<String> ORDER = JsonPointers::compare;

    private JsonPointers() {
    }

    /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** {@code base} followed by the escaped {@code token}. */
    public static String append(String base, String token) {
        return base + '/' + escape(token);
    }

    /** {@code base} followed by an array index. */
    public static String append(String base, int index) {
        return base + '/' + index;
    }

    /** Whether {@code pointer} is {@code prefix} or lies below it. */
    public static boolean isWithin(String pointer, String prefix) {
        return pointer.startsWith(prefix)
                && (pointer.length() == prefix.length() || pointer.charAt(prefix.length()) == '/');
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ei = segmentEnd(a, i + 1);
            int ej = segmentEnd(b, j + 1);
            int c = compareSegment(a, i + 1, ei, b, j + 1, ej);
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int segmentEnd(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    private static int compareSegment(String a, int as, int ae, String b, int bs, int be) {
        if (isDigits(a, as, ae) && isDigits(b, bs, be)) {
            int byLength = Integer.compare(ae - as, be - bs);
            if (byLength != 0) {
                return byLength;
            }
        }
        for (int x = as, y = bs; x < ae && y < be; x++, y++) {
            int c = Character.compare(a.charAt(x), b.charAt(y));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ae - as, be - bs);
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
