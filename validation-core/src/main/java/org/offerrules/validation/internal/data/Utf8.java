package org.offerrules.validation.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.offerrules.validation.spi.WideEncoding;

/**
 * A data file's bytes as UTF-8, which the scanners read. A UTF-8 file is read as it is, its byte order
 * mark skipped; a UTF-16 or UTF-32 one (Windows PowerShell 5 writes UTF-16 with {@code >}) is
 * recognised by its byte order mark or, without one, by where its first bytes are zero
 * ({@link WideEncoding#guess}, as Jackson reads an offer file), and re-encoded as it is read: a file of
 * any size still costs a buffer.
 * Characters its charset does not define are read as U+FFFD.
 */
final class Utf8 extends InputStream {

    private final Reader reader;
    private final char[] chars = new char[8192];
    /** A high surrogate read last, kept for the low one the next read brings. */
    private int carried;
    private byte[] bytes = new byte[0];
    private int at;

    /** The characters of {@code reader}, as UTF-8. */
    Utf8(Reader reader) {
        this.reader = reader;
    }

    /** {@code stream} as UTF-8, from its first character (a byte order mark skipped). */
    static InputStream of(InputStream stream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(stream, 4);
        byte[] head = new byte[4];
        int n = 0;
        for (int r; n < 4 && (r = in.read(head, n, 4 - n)) >= 0; ) {
            n += r;
        }
        // guessed as Jackson guesses an offer file's: a CSV file's second character need not be ASCII
        WideEncoding wide = WideEncoding.guess(head, 0, n);
        int mark = wide != null ? wide.mark()
                : n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        if (n > mark) {
            in.unread(head, mark, n - mark);
        }
        return wide == null ? in : new Utf8(new InputStreamReader(in, Charset.forName(wide.name())));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at == bytes.length) {
            if (!decode()) {
                return -1;
            }
        }
        int n = Math.min(length, bytes.length - at);
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
    }

    /** Reads the next characters into {@link #bytes}; false at the end. */
    private boolean decode() throws IOException {
        int n = reader.read(chars, carried, chars.length - carried);
        if (n < 0) {
            if (carried == 0) {
                return false;
            }
            n = 0;
        }
        int total = carried + n;
        // a pair split by the read is encoded whole with the next read, not as two replacement characters
        carried = n > 0 && Character.isHighSurrogate(chars[total - 1]) ? 1 : 0;
        bytes = new String(chars, 0, total - carried).getBytes(StandardCharsets.UTF_8);
        at = 0;
        if (carried == 1) {
            chars[0] = chars[total - 1];
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
