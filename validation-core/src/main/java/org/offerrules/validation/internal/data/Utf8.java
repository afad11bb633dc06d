package org.offerrules.validation.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A data file's bytes as UTF-8, which the scanners read. A UTF-8 file is read as it is, its byte order
 * mark skipped; a UTF-16 or UTF-32 one (Windows PowerShell 5 writes UTF-16 with {@code >}) is
 * recognised by its byte order mark or, without one, by where its first bytes are zero (RFC 4627, as
 * Jackson reads an offer file), and re-encoded as it is read: a file of any size still costs a buffer.
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
        int[] b = new int[4];
        for (int i = 0; i < 4; i++) {
            b[i] = i < n ? head[i] & 0xFF : -1;
        }
        Charset charset = null;
        int mark = 0;
        if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
            mark = 3;
        } else if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
            charset = Charset.forName("UTF-32BE");
            mark = 4;
        } else if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
            charset = Charset.forName("UTF-32LE");
            mark = 4;
        } else if (b[0] == 0xFE && b[1] == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else if (b[0] == 0xFF && b[1] == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        } else if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] > 0) {
            charset = Charset.forName("UTF-32BE");
        } else if (b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            charset = Charset.forName("UTF-32LE");
        } else if (b[0] == 0 && b[1] > 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (b[0] > 0 && b[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        if (n > mark) {
            in.unread(head, mark, n - mark);
        }
        return charset == null ? in : new Utf8(new InputStreamReader(in, charset));
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
