package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.offerrules.validation.spi.WideEncoding;
import org.offerrules.validation.wire.LineEnds;

/**
 * Splits an NDJSON stream into lines without decoding it, so that lines can be read and validated in
 * parallel. A line ends where the library's line reader ends one ({@link LineEnds}: LF, CRLF or a lone
 * CR), so that line numbers agree with the positions inside the documents. A line longer than {@link #MAX_LINE} is not buffered: it is skipped to its end and handed
 * on as oversized, to be reported as a coded violation.
 */
final class Ndjson {

    /** The longest line buffered; an offer document is a few KB, a maximal description 64 K chars. */
    static final int MAX_LINE = 8 * 1024 * 1024;

    /** One non-blank line: its bytes (null when oversized), its 1-based line and document index. */
    record Line(byte[] bytes, int lineNumber, int document, long length) {
        boolean oversized() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;
    private int documents;
    private byte[] line = new byte[4096];
    private boolean skipLf; // the last line ended at a CR that was the buffer's last byte
    private boolean first = true; // the first read, whose bytes tell an input that is not UTF-8

    Ndjson(InputStream in) {
        this.in = in;
    }

    /** Up to {@code maxLines} lines or about {@code maxBytes} bytes; empty at the end of the stream. */
    List<Line> next(int maxLines, int maxBytes) throws IOException {
        List<Line> batch = new ArrayList<>();
        long bytes = 0;
        while (batch.size() < maxLines && bytes < maxBytes) {
            Line next = readLine();
            if (next == null) {
                break;
            }
            batch.add(next);
            bytes += next.length();
        }
        return batch;
    }

    private Line readLine() throws IOException {
        lines:
        while (true) {
            int length = 0;
            long total = 0;
            boolean sawByte = false;
            boolean ended = false;
            while (!ended) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (first) {
                        first = false;
                        if (limit > 0 && WideEncoding.of(buffer, 0, limit) != null) {
                            // UTF-16 or UTF-32: no lines of UTF-8 here; the library's reader says so, once
                            limit = 0;
                            return null;
                        }
                    }
                    if (limit <= 0) {
                        limit = 0;
                        if (!sawByte) {
                            return null;
                        }
                        break;
                    }
                }
                if (skipLf) {
                    skipLf = false;
                    if (buffer[position] == '\n') {
                        position++; // the LF of a CRLF split by the read buffer
                        continue;
                    }
                }
                sawByte = true;
                // scan for the end of the line, then copy the whole segment at once
                int end = LineEnds.find(buffer, position, limit);
                ended = end < limit;
                if (ended && length == 0 && total == 0) {
                    // the usual case, a whole line inside the buffer: one copy instead of two
                    Line whole = wholeLine(position, end);
                    position = afterLineEnd(end);
                    if (whole != null) {
                        return whole;
                    }
                    continue lines; // blank
                }
                int segment = end - position;
                total += segment;
                int keep = (int) Math.min(segment, Math.max(0, MAX_LINE - length));
                if (keep > 0) {
                    if (length + keep > line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, length + keep)));
                    }
                    System.arraycopy(buffer, position, line, length, keep);
                    length += keep;
                }
                position = ended ? afterLineEnd(end) : end;
            }
            lineNumber++;
            if (total > MAX_LINE) {
                return new Line(null, lineNumber, documents++, total);
            }
            if (!LineEnds.blank(line, 0, length)) {
                return new Line(Arrays.copyOf(line, length), lineNumber, documents++, length);
            }
        }
    }

    /** The position after the line end at {@code end}: after both bytes of a CRLF. */
    private int afterLineEnd(int end) {
        if (buffer[end] == '\r') {
            if (end + 1 == limit) {
                skipLf = true;
            } else if (buffer[end + 1] == '\n') {
                return end + 2;
            }
        }
        return end + 1;
    }

    /** The line of {@code buffer[from, to)} (before its line end); null when it is blank. */
    private Line wholeLine(int from, int to) {
        lineNumber++;
        if (LineEnds.blank(buffer, from, to)) {
            return null;
        }
        // never longer than MAX_LINE: the buffer is smaller
        return new Line(Arrays.copyOfRange(buffer, from, to), lineNumber, documents++, to - from);
    }
}
