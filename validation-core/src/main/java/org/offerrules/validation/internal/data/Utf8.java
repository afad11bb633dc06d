package org.offerrules.validation.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.offerrules.validation.spi.WideEncoding;

/**
 * A data file's bytes as UTF-8, which the scanners read. A UTF-8 file is read as it is, its byte order
 * mark skipped; a UTF-16 or UTF-32 one (Windows PowerShell 5 writes UTF-16 with {@code >}) is
 * recognised by its byte order mark or, without one, by where its first bytes are zero, and re-encoded
 * as it is read: a file of any size still costs a buffer. Bytes that are not in the encoding so found (a
 * UTF-16 file cut after an odd byte) end the reading with {@link NotInEncoding}: decoded to U+FFFD and
 * re-encoded, they were reported as bytes the file does not hold.
 */
final class Utf8 extends InputStream {

    private final Reader reader;
    private final char[] chars = new char[8192];
    /** A high surrogate read last, kept for the low one the next read brings. */
    private int carried;
    private byte[] bytes = new byte[0];
    private int at;

    private final String encoding;

    /** The characters of {@code reader}, as UTF-8. */
    Utf8(Reader reader) {
        this(reader, null);
    }

    private Utf8(Reader reader, String encoding) {
        this.reader = reader;
        this.encoding = encoding;
    }

    /**
     * The bytes of a file were not all in the encoding its first bytes tell: a problem of the whole file,
     * which names that encoding.
     */
    static final class NotInEncoding extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String encoding;

        NotInEncoding(String encoding) {
            this.encoding = encoding;
        }

        @Override
        public String getMessage() {
            return "bytes that are not " + encoding + ", the encoding its first bytes tell; save it as UTF-8";
        }
    }

    /**
     * {@code stream} as UTF-8, from its first character (a byte order mark skipped). A JSON text's
     * encoding is told as RFC 4627 tells it, from its first two characters, which are ASCII
     * ({@link WideEncoding#of}: a UTF-8 file that starts with a NUL is UTF-8, not UTF-16BE); a CSV file's
     * from its first character alone ({@link WideEncoding#guess}), since its second need not be ASCII.
     */
    static InputStream of(InputStream stream, boolean json) throws IOException {
        PushbackInputStream in = new PushbackInputStream(stream, 4);
        byte[] head = new byte[4];
        int n = 0;
        for (int r; n < 4 && (r = in.read(head, n, 4 - n)) >= 0; ) {
            n += r;
        }
        WideEncoding wide = json ? WideEncoding.of(head, 0, n) : WideEncoding.guess(head, 0, n);
        int mark = wide != null ? wide.mark()
                : WideEncoding.utf8Mark(head, 0, n);
        if (n > mark) {
            in.unread(head, mark, n - mark);
        }
        if (wide == null) {
            return in;
        }
        Charset charset = Charset.forName(wide.name());
        return new Utf8(new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), wide.name());
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
        int n;
        try {
            n = reader.read(chars, carried, chars.length - carried);
        } catch (CharacterCodingException e) {
            throw new NotInEncoding(encoding);
        }
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
