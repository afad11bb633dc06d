package org.offerrules.validation.wire;

/**
 * Strict UTF-8 (RFC 3629), as the JDK's decoder and Jackson 3.3 take it: no overlong forms
 * ({@code C0 AF} or {@code E0 80 AF} for {@code /}), no surrogates, nothing past U+10FFFF. The one
 * check of the byte tokenizer, the array splitter, the columns, the form reader and the Jackson
 * modules (Jackson 2, and Jackson 3 before 3.3, decode some of those: {@code ParserSource.strictUtf8}).
 * Public only for the Jackson modules, to which this package is exported.
 */
public final class Utf8 {

    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** What a reader says of an input in {@code encoding} ({@code WideEncoding.of} in the core's SPI). */
    static String notUtf8(String encoding) {
        return "the input is " + encoding + ", not UTF-8: save it as UTF-8";
    }

    /**
     * The length (2 to 4) of the well-formed UTF-8 character whose lead byte, not ASCII, is at
     * {@code b[i]}; -1 when it is not UTF-8, 0 when {@code end} cuts it (its bytes up to there right).
     * Static and small, for the compiler to inline into the callers' loops.
     */
    static int sequence(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;      // no overlong forms
            max = lead == 0xED ? 0x9F : 0xBF;      // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;      // nothing above U+10FFFF
        } else {
            return -1;                             // a continuation byte, C0, C1, F5 to FF
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= end) {
                return 0;
            }
            int next = b[i + k] & 0xFF;
            if (k == 1 ? next < min || next > max : next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return length;
    }

    /**
     * The index of the first byte of {@code b[offset, offset + length)} that is not well-formed UTF-8
     * (a character cut by the end included), or -1. ASCII is skipped eight bytes a step.
     */
    public static int firstMalformed(byte[] b, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (true) {
            for (; i <= end - 8; i += 8) {
                long high = (long) ArraySplitter.LONGS.get(b, i) & HIGH_BITS;
                if (high != 0) {
                    i += Long.numberOfTrailingZeros(high) >>> 3;
                    break;
                }
            }
            while (i < end && b[i] >= 0) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            int n = sequence(b, i, end);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
    }
}
