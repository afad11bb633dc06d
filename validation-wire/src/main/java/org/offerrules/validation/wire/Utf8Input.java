package org.offerrules.validation.wire;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * A stream that passes on only well-formed UTF-8 ({@link Utf8}) and knows where the first byte that
 * is not lies: its line (ending at LF, CR or CRLF, as the parsers count lines) and its UTF-16 column,
 * counted from the stream's first byte. A decoder reading through it gets every character before that
 * byte and then {@link Malformed}; the decoder alone would throw a chunk early, without a place, and the
 * parser's own place is where it last asked for input, not where the byte is. Not thread-safe.
 */
final class Utf8Input extends FilterInputStream {

    /** The first byte that is not UTF-8, at its place. */
    static final class Malformed extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Malformed(int line, int column) {
            this.line = line;
            this.column = column;
        }

        /** 1-based, counted from the stream's first line. */
        int line() {
            return line;
        }

        /** 1-based, in UTF-16 code units. */
        int column() {
            return column;
        }

        @Override
        public String getMessage() {
            return "Invalid UTF-8 at line " + line + ", column " + column;
        }
    }

    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long EIGHTS = 0x0808080808080808L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] buf = new byte[8192];
    private int pos;      // next byte handed out
    private int checked;  // end of the well-formed bytes: [pos, checked) may be handed out
    private int fill;     // end of the bytes read: [checked, fill) is a character cut by the end of a read
    private boolean end;
    private Malformed malformed;
    private int line = 1;
    private int units;    // UTF-16 units of the current line before `checked`
    private boolean afterCr;

    Utf8Input(InputStream in) {
        super(in);
    }

    /** The first byte that is not UTF-8, once reading reached it; null before, and when there is none. */
    Malformed malformed() {
        return pos == checked ? malformed : null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == checked) {
            if (malformed != null) {
                throw malformed;
            }
            if (end) {
                return -1;
            }
            refill();
        }
        int n = Math.min(len, checked - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Reads more and checks it; at its end a cut character, or a byte that is not UTF-8, is {@link #malformed}. */
    private void refill() throws IOException {
        System.arraycopy(buf, checked, buf, 0, fill - checked);
        fill -= checked;
        pos = 0;
        checked = 0;
        int n = in.read(buf, fill, buf.length - fill);
        if (n < 0) {
            end = true;
        } else {
            fill += n;
        }
        while (checked < fill) {
            if (checked <= fill - 8) {
                // eight ASCII bytes without a line end a step (LineEnds' test): most of a document
                long w = (long) ArraySplitter.LONGS.get(buf, checked);
                long x = w ^ NEWLINES;
                if (((w | (x - EIGHTS) & ~x) & HIGH_BITS) == 0) {
                    units += 8;
                    afterCr = false;
                    checked += 8;
                    continue;
                }
            }
            int c = buf[checked];
            if (c >= 0) {
                if (c == '\n' && afterCr) {
                    afterCr = false; // CRLF: one line end
                } else if (c == '\n' || c == '\r') {
                    line++;
                    units = 0;
                    afterCr = c == '\r';
                } else {
                    units++;
                    afterCr = false;
                }
                checked++;
                continue;
            }
            int length = Utf8.sequence(buf, checked, fill);
            if (length == 0 && !end) {
                return; // cut by this read: checked with the next one
            }
            if (length <= 0) {
                malformed = new Malformed(line, units + 1);
                fill = checked; // nothing from here on is handed out
                return;
            }
            units += length == 4 ? 2 : 1;
            afterCr = false;
            checked += length;
        }
    }

    @Override
    public int available() throws IOException {
        return checked - pos;
    }

    @Override
    public long skip(long n) throws IOException {
        int read = n <= 0 ? 0 : read(new byte[(int) Math.min(n, buf.length)], 0, (int) Math.min(n, buf.length));
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
