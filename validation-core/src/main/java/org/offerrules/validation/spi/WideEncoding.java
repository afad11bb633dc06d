package org.offerrules.validation.spi;

/**
 * The encoding of an input of bytes that starts as UTF-16 or UTF-32, not UTF-8: told by its byte order
 * mark, else by the zero bytes of its first characters when these are ASCII (RFC 4627, section 3), as
 * Windows tools write it (Notepad's "Unicode", Windows PowerShell 5's {@code >}). The one detector of the
 * readers of offers and form bodies (one finding "the input is UTF-16LE", not garbage on every line), of
 * the network's data files (read in the encoding found), of the configuration files (one problem of the
 * whole file) and of the Jackson modules (which parse such a start of UTF-8 bytes from its text, as
 * Jackson's parsers of bytes would guess the same encoding).
 */
public final class WideEncoding {

    private static final WideEncoding UTF_32BE_MARKED = new WideEncoding("UTF-32BE", 4);
    private static final WideEncoding UTF_32LE_MARKED = new WideEncoding("UTF-32LE", 4);
    private static final WideEncoding UTF_16BE_MARKED = new WideEncoding("UTF-16BE", 2);
    private static final WideEncoding UTF_16LE_MARKED = new WideEncoding("UTF-16LE", 2);
    private static final WideEncoding UTF_32BE = new WideEncoding("UTF-32BE", 0);
    private static final WideEncoding UTF_32LE = new WideEncoding("UTF-32LE", 0);
    private static final WideEncoding UTF_16BE = new WideEncoding("UTF-16BE", 0);
    private static final WideEncoding UTF_16LE = new WideEncoding("UTF-16LE", 0);

    private final String name;
    private final int mark;

    private WideEncoding(String name, int mark) {
        this.name = name;
        this.mark = mark;
    }

    /**
     * The encoding of the input whose first bytes are {@code b[from, to)} when they say for certain that
     * it is UTF-16 or UTF-32: a byte order mark ({@code FE FF}, {@code FF FE}, {@code 00 00 FE FF},
     * {@code FF FE 00 00}), or the zero bytes of RFC 4627's table of the first four bytes of a JSON text,
     * whose first two characters are ASCII ({@code 00 00 00 xx}, {@code 00 xx 00 xx}, {@code xx 00 00 00},
     * {@code xx 00 xx 00}, each {@code xx} not zero). What a reader reports as not UTF-8. Null for
     * anything else: UTF-8 (a UTF-8 byte order mark included), and a start too short to tell.
     *
     * @param b    the bytes
     * @param from the index of the input's first byte
     * @param to   the index after the last byte read of it: four or more tell every encoding
     * @return the encoding, or null
     * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code b}
     */
    public static WideEncoding of(byte[] b, int from, int to) {
        return find(b, from, to, false);
    }

    /**
     * {@link #of}, or the encoding the zero bytes of the first character alone suggest: {@code 00 xx} or
     * {@code xx 00} for UTF-16, whatever follows (a second character that is not ASCII, or none: a lone
     * left brace in UTF-16LE is {@code 7B 00}). How a reader that has to pick an encoding for any input
     * reads it, as Jackson's parsers of bytes pick theirs (which also take a start of {@code 00 00} that is
     * no mark for UTF-16BE or UTF-32BE, or fail on it).
     *
     * @param b    the bytes
     * @param from the index of the input's first byte
     * @param to   the index after the last byte read of it
     * @return the encoding, or null
     * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code b}
     */
    public static WideEncoding guess(byte[] b, int from, int to) {
        return find(b, from, to, true);
    }

    /**
     * The length of the UTF-8 byte order mark ({@code EF BB BF}) that {@code b[from, to)} starts with: 3, or
     * 0 without one. Not a wide encoding: the readers skip it and read the rest as UTF-8, columns counted
     * from after it.
     *
     * @param b    the bytes
     * @param from the index of the input's first byte
     * @param to   the index after the last byte read of it
     * @return 3 or 0
     * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code b}
     */
    public static int utf8Mark(byte[] b, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, b.length);
        return to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF
                ? 3 : 0;
    }

    private static WideEncoding find(byte[] b, int from, int to, boolean firstCharacter) {
        java.util.Objects.checkFromToIndex(from, to, b.length);
        int n = to - from;
        int b0 = n > 0 ? b[from] & 0xFF : -1;
        int b1 = n > 1 ? b[from + 1] & 0xFF : -1;
        int b2 = n > 2 ? b[from + 2] & 0xFF : -1;
        int b3 = n > 3 ? b[from + 3] & 0xFF : -1;
        // the marks of UTF-32 first: FF FE 00 00 is UTF-32LE's, not UTF-16LE's followed by U+0000
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return UTF_32BE_MARKED;
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return UTF_32LE_MARKED;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return UTF_16BE_MARKED;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return UTF_16LE_MARKED;
        }
        if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            return UTF_32BE;
        }
        if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return UTF_32LE;
        }
        if (b0 == 0 && b1 > 0 && (firstCharacter || b2 == 0 && b3 > 0)) {
            return UTF_16BE;
        }
        if (b0 > 0 && b1 == 0 && (firstCharacter || b2 > 0 && b3 == 0)) {
            return UTF_16LE;
        }
        return null;
    }

    /**
     * The encoding's name, as {@link java.nio.charset.Charset#forName} takes it: UTF-16BE, UTF-16LE,
     * UTF-32BE or UTF-32LE.
     */
    public String name() {
        return name;
    }

    /** The length of the byte order mark the input starts with: 2 (UTF-16), 4 (UTF-32), or 0 without one. */
    public int mark() {
        return mark;
    }

    /** The encoding's name, and its byte order mark when the input starts with one: {@code UTF-16LE (mark)}. */
    @Override
    public String toString() {
        return mark > 0 ? name + " (mark)" : name;
    }
}
