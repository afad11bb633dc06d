package org.offerrules.validation.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where lines end in bytes, as the parsers count lines: at LF, CRLF or a lone CR (old Mac files). A
 * raw CR cannot occur inside a JSON string or a form body, so it is always a line end, and no line
 * holds one. The one scanner of the library's line reader and offer-lint's NDJSON splitter (public
 * only for it, to which this package is exported).
 */
public final class LineEnds {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long EIGHTS = 0x0808080808080808L;

    private LineEnds() {
    }

    /**
     * The index of the first '\n' or '\r' in {@code b[from, to)}, or {@code to}: eight bytes a step (a
     * line is a few KB, and a byte at a time was a tenth of a lint's time). The word XOR newlines turns
     * exactly the bytes 0x08 to 0x0F, '\n' and '\r' among them, into bytes below 8, which the usual
     * has-less-than test marks, its lowest mark exact: one test a word, as cheap as looking for '\n'
     * alone. A mark on another such byte (a tab, in practice) only resumes the scan after it.
     */
    public static int find(byte[] b, int from, int to) {
        int i = from;
        words:
        while (true) {
            for (; i <= to - 8; i += 8) {
                long x = (long) LONGS.get(b, i) ^ NEWLINES;
                long marks = (x - EIGHTS) & ~x & 0x8080808080808080L;
                if (marks != 0) {
                    int at = i + (Long.numberOfTrailingZeros(marks) >>> 3);
                    if (b[at] == '\n' || b[at] == '\r') {
                        return at;
                    }
                    i = at + 1;
                    continue words;
                }
            }
            while (i < to && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            return i;
        }
    }

    /** Whether the line {@code b[from, to)} (without its line end) is only spaces and tabs. */
    public static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
