package org.offerrules.validation.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

import org.offerrules.validation.spi.WideEncoding;

/**
 * Splits a byte stream into lines in bounded memory. A line ends at LF, CRLF or a lone CR (old Mac
 * files), as the parsers count lines: a raw CR cannot occur inside a JSON string or a form body, so it
 * is always a line end, and line numbers agree with the parsers' positions inside the documents.
 * Lines are split in bounded memory: a line longer than the limit is not kept, only
 * skipped to its end and flagged, so that a gigabyte on one line costs no more than the limit. Skips a
 * leading UTF-8 byte order mark. Not thread-safe.
 */
final class LineReader {

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final int maxLine;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int end;
    private boolean eof;
    private int lineNumber = 1;      // the line of the byte at pos
    private int peekColumn = 1;      // the column of the byte peek found, or of the end of the input

    private byte[] line = new byte[256];
    private int lineLength;
    private int lineStart;           // 1-based number of the last line read
    private boolean lineTooLong;
    private byte lineEnd;            // the byte that ended the last line, 0 at the end of the input
    private boolean skipLf;          // the last line end was a CR: a LF right after it belongs to it

    LineReader(InputStream in, int maxLine) throws IOException {
        this.in = in;
        this.maxLine = maxLine;
        while (end < 4 && !eof) {
            fill();
        }
        if (WideEncoding.utf8Mark(buf, 0, end) > 0) {
            pos = 3;
        }
    }

    /** The input's encoding when it is UTF-16 or UTF-32, not UTF-8 ({@link WideEncoding#of}); else null. */
    String wideEncoding() {
        WideEncoding wide = WideEncoding.of(buf, 0, end);
        return wide == null ? null : wide.name();
    }

    /**
     * The first byte that is not JSON white space, without consuming it or the white space before it
     * on its line (so that columns stay right); whole blank lines before it are consumed. -1 at the end.
     */
    int peek() throws IOException {
        int lineBegin = pos;
        int i = pos;
        while (true) {
            if (i >= end) {
                if (eof) {
                    pos = end;
                    peekColumn = i - lineBegin + 1; // after the last white space, as the parsers count it
                    return -1;
                }
                if (i - lineBegin > maxLine) {
                    lineBegin = i; // absurd indentation: keep memory bounded, give up exact columns
                }
                // keep the current line's leading white space: move it to the front
                System.arraycopy(buf, lineBegin, buf, 0, end - lineBegin);
                i -= lineBegin;
                end -= lineBegin;
                pos = 0;
                lineBegin = 0;
                if (end == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                fill();
                continue;
            }
            byte b = buf[i];
            if (b == '\n' || b == '\r') {
                if (b == '\r' || !skipLf) {
                    lineNumber++;
                }
                skipLf = b == '\r';
                i++;
                lineBegin = i;
                pos = i;
            } else if (b == ' ' || b == '\t') {
                skipLf = false;
                i++;
            } else {
                pos = lineBegin;
                peekColumn = i - lineBegin + 1;
                return b & 0xFF;
            }
        }
    }

    /**
     * The 1-based column of the byte the last {@link #peek()} found, or at the end of the input the
     * column after the last white space, in bytes (white space is ASCII: as many UTF-16 units).
     */
    int peekColumn() {
        return peekColumn;
    }

    /** The line number of the next byte. */
    int lineNumber() {
        return lineNumber;
    }

    /** Reads the next line (without its newline); false at the end of the input. */
    boolean next() throws IOException {
        lineLength = 0;
        lineTooLong = false;
        lineEnd = 0;
        lineStart = lineNumber;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                if (eof) {
                    return any;
                }
                pos = 0;
                end = 0;
                fill();
                continue;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int newline = LineEnds.find(buf, pos, end);
            append(pos, newline - pos);
            if (newline < end) {
                lineEnd = buf[newline];
                pos = newline + 1;
                skipLf = lineEnd == '\r';
                lineNumber++;
                return true;
            }
            pos = end;
        }
    }

    byte[] line() {
        return line;
    }

    int lineLength() {
        return lineLength;
    }

    int lineStart() {
        return lineStart;
    }

    boolean lineTooLong() {
        return lineTooLong;
    }

    /** Whether the last line is only white space. */
    boolean lineBlank() {
        return !lineTooLong && LineEnds.blank(line, 0, lineLength);
    }

    /** The rest of the input from the next byte on; this reader must not be used afterwards. */
    InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, pos, end - pos), in);
    }

    /** The last line, its line end, and the rest of the input; this reader must not be used afterwards. */
    InputStream lineAndRest() {
        byte[] again = Arrays.copyOf(line, lineLength + (lineEnd != 0 ? 1 : 0));
        if (lineEnd != 0) {
            again[lineLength] = lineEnd; // a CR's LF, if any, is still at the head of the rest: one line end
        }
        return new SequenceInputStream(new ByteArrayInputStream(again), rest());
    }

    private void append(int from, int length) {
        if (lineTooLong) {
            return;
        }
        if ((long) lineLength + length > maxLine) {
            lineTooLong = true; // stop keeping it; the rest is only skipped
            lineLength = 0;
            return;
        }
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + length, line.length * 2));
        }
        System.arraycopy(buf, from, line, lineLength, length);
        lineLength += length;
    }

    private void fill() throws IOException {
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }
}
