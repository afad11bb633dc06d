package org.offerrules.validation.internal.data;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A small JSON scanner over the bytes of a data file: just enough to walk arrays of flat records and
 * keep the scalar fields asked for, counting lines for the problems it reports. Nested values are
 * skipped; the text of a kept string is decoded, escapes included. Malformed input is a {@link Bad}
 * at the line where it was met.
 *
 * <p>It reads either bytes in memory (an NDJSON line) or a stream through a window that is refilled as
 * the cursor reaches its end, so a file of any size costs the window and the longest value, not the
 * file: the bytes from the {@code mark} (a value being read) on are kept when the window moves.
 */
final class JsonScan {

    /** A problem at a line of the input. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Bad(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** A kept field's value: its text, and whether it was a JSON string (else a number, true or false). */
    record Scalar(String text, boolean string) {
    }

    /** Receives the kept fields of one record. */
    interface Fields {
        void field(String name, Scalar value);
    }

    /**
     * A value longer than {@link DataFile#MAX_RECORD}, which the window would have to grow to hold: a wrong
     * file (or a hostile one), never a record's field; the file is read no further.
     */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        TooLong(int line) {
            super("a value longer than " + (DataFile.MAX_RECORD >> 20) + " MiB: not a record's field", null, false, false);
            this.line = line;
        }
    }

    /** Marks a kept field whose value is an object or an array, which no data field may be. */
    static final Scalar NESTED = new Scalar("an object or an array", false);

    /** The window a stream is read through, at first; it grows only for a value longer than it. */
    static final int WINDOW = 1 << 16;

    private byte[] in;
    private int end;
    private int at;
    private int line;
    /** The stream the window is refilled from; null when {@code in} holds everything. */
    private final InputStream stream;
    /** Where the value being read starts, kept when the window moves; -1: none. */
    private int mark = -1;

    JsonScan(byte[] in, int from, int end, int line) {
        this.in = in;
        this.at = from;
        this.end = end;
        this.line = line;
        this.stream = null;
    }

    /** A scanner of {@code stream}, read from its start, which is at {@code line}, through a window of {@code window} bytes. */
    JsonScan(InputStream stream, int line, int window) {
        this.in = new byte[window];
        this.stream = stream;
        this.line = line;
    }

    /** Whether a byte is at the cursor: refills the window from the stream when it is used up. */
    private boolean more() {
        return at < end || fill();
    }

    /**
     * Moves the bytes from the mark (or the cursor) to the window's start and reads more after them;
     * false at the stream's end. Every position kept in a field moves with them.
     *
     * @throws UncheckedIOException when the stream cannot be read
     */
    private boolean fill() {
        if (stream == null) {
            return false;
        }
        int keep = mark >= 0 ? mark : at;
        if (keep > 0) {
            System.arraycopy(in, keep, in, 0, end - keep);
            end -= keep;
            at -= keep;
            if (mark >= 0) {
                mark -= keep;
            }
        }
        if (end == in.length) {
            if (in.length >= DataFile.MAX_RECORD) {
                throw new TooLong(line); // the window would hold the value whole: bounded, as a line is
            }
            in = Arrays.copyOf(in, Math.min(in.length * 2, DataFile.MAX_RECORD));
        }
        int n = DataFile.Bytes.readAfter(stream, in, end);
        end += Math.max(n, 0);
        return n > 0;
    }

    int line() {
        return line;
    }

    /** Skips white space; returns the next byte (0 to 255), or -1 at the end. */
    int peek() {
        while (more()) {
            int b = in[at] & 0xFF; // unsigned: a byte 0xFF is no end of the input
            if (b == '\n') {
                line++;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return b;
            }
            at++;
        }
        return -1;
    }

    void expect(char c) throws Bad {
        if (peek() != c) {
            throw new Bad(line, peek() < 0 ? "the JSON ends early (" + c + " expected)" : "malformed JSON: '" + c
                    + "' expected, not " + what());
        }
        at++;
    }

    /** After the last value: nothing but white space may follow. */
    void expectEnd() throws Bad {
        if (peek() >= 0) {
            throw new Bad(line, "malformed JSON: text after the value");
        }
    }

    /**
     * Reads a record's object: each field {@code keep} accepts goes to {@code fields}, the others are
     * skipped.
     */
    void record(Predicate<String> keep, Fields fields) throws Bad {
        if (peek() != '{') {
            throw new Bad(line, "a record is a JSON object, not " + what());
        }
        at++;
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            // most fields are skipped: their names are built as strings only when they may be kept
            String name = plainName(keep);
            expect(':');
            if (name != null) {
                int c = peek();
                if (c == '{' || c == '[') {
                    skipValue();
                    fields.field(name, NESTED);
                } else if (c == '"') {
                    fields.field(name, new Scalar(string(), true));
                } else {
                    String literal = literal();
                    fields.field(name, literal.equals("null") ? null : new Scalar(literal, false));
                }
            } else {
                skipValue();
            }
            int c = peek();
            at++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                at--;
                throw new Bad(line, c < 0 ? "the JSON ends inside an object" : "malformed JSON: ',' or '}' expected");
            }
        }
    }

    /**
     * Reads a field name; returns it when {@code keep} accepts it, null otherwise. A name without escapes
     * whose length no kept name has is skipped without decoding.
     */
    private String plainName(Predicate<String> keep) throws Bad {
        if (peek() != '"') {
            throw new Bad(line, "malformed JSON: a string expected, not " + what());
        }
        mark = at;
        at++;
        while (more() && in[at] != '"' && in[at] != '\\' && in[at] != '\n') {
            at++;
        }
        boolean skipped = at < end && in[at] == '"' && at - mark - 1 > MAX_KEPT_NAME;
        if (skipped) {
            at++;
        } else {
            at = mark;
        }
        mark = -1;
        if (skipped) {
            return null;
        }
        String name = string();
        return keep.test(name) ? name : null;
    }

    /** The longest field name a data file keeps (in bytes: the names are ASCII). */
    private static final int MAX_KEPT_NAME = maxKeptName();

    private static int maxKeptName() {
        int max = "email".length();
        for (DataEntity entity : DataEntity.values()) {
            for (String field : entity.idFields()) {
                max = Math.max(max, field.length());
            }
        }
        return max;
    }

    /** Skips a string value (the cursor at its quote) without decoding it; tells whether it has escapes. */
    private boolean skipString() throws Bad {
        boolean escaped = false;
        at++;
        while (more() && in[at] != '"') {
            if (in[at] == '\\') {
                escaped = true;
                at++;
                if (!more()) {
                    break;
                }
            } else if (in[at] == '\n') {
                throw new Bad(line, "malformed JSON: a line break inside a string");
            }
            at++;
        }
        if (!more()) {
            throw new Bad(line, "the JSON ends inside a string");
        }
        at++;
        return escaped;
    }

    /** Skips a number, true, false or null, checking its characters without building a string. */
    private void skipLiteral() throws Bad {
        mark = at;
        while (more()) {
            byte b = in[at];
            if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                break;
            }
            if (!(b >= '0' && b <= '9' || b == '.' || b == '-' || b == '+' || b == 'e' || b == 'E')) {
                // rare: true, false, null or a mistake; checked on its text
                at = mark;
                literal();
                return;
            }
            at++;
        }
        int start = mark;
        mark = -1;
        if (at == start || !Character.isDigit(in[in[start] == '-' && at > start + 1 ? start + 1 : start])) {
            at = start;
            literal();
        }
    }

    /** What the next value is, in words. */
    String what() {
        int c = peek();
        return switch (c) {
            case -1 -> "the end of the input";
            case '[' -> "an array";
            case '"' -> "a string";
            case '{' -> "an object";
            case 'n' -> "null";
            case 't', 'f' -> "true or false";
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a number";
            default -> c < 0x20 || c >= 0x7F ? String.format(java.util.Locale.ROOT, "the byte 0x%02X", c)
                    : "'" + (char) c + "…'";
        };
    }

    /**
     * After a value read in an object: skips the object's other fields and its {@code '}'}.
     */
    void endObject() throws Bad {
        while (peek() != '}') {
            expect(',');
            string();
            expect(':');
            skipValue();
        }
        at++;
    }

    /** Reads a string value (the cursor at its quote). */
    String string() throws Bad {
        if (peek() != '"') {
            throw new Bad(line, "malformed JSON: a string expected, not " + what());
        }
        mark = at;
        boolean escaped = skipString();
        String raw = new String(in, mark + 1, at - 2 - mark, StandardCharsets.UTF_8);
        mark = -1;
        return escaped ? unescape(raw) : raw;
    }

    private String unescape(String raw) throws Bad {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = ++i < raw.length() ? raw.charAt(i) : '?';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 >= raw.length()) {
                        throw new Bad(line, "malformed JSON: a short \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        throw new Bad(line, "malformed JSON: a bad \\u escape");
                    }
                    i += 4;
                }
                default -> throw new Bad(line, "malformed JSON: the escape \\" + e);
            }
        }
        return out.toString();
    }

    /** A number, true, false or null, as written. */
    private String literal() throws Bad {
        mark = at;
        while (more()) {
            byte b = in[at];
            if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                break;
            }
            at++;
        }
        String text = new String(in, mark, at - mark, StandardCharsets.UTF_8);
        mark = -1;
        if (text.isEmpty() || !(text.equals("true") || text.equals("false") || text.equals("null")
                || isNumber(text))) {
            throw new Bad(line, text.isEmpty() ? "malformed JSON: a value expected" : "malformed JSON: " + text);
        }
        return text;
    }

    private static boolean isNumber(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
            return false;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Skips one value of any kind; nesting is counted, not recursed into. */
    void skipValue() throws Bad {
        int depth = 0;
        do {
            int c = peek();
            switch (c) {
                case -1 -> throw new Bad(line, "the JSON ends inside a value");
                case '{', '[' -> {
                    depth++;
                    at++;
                }
                case '}', ']' -> {
                    depth--;
                    at++;
                    if (depth < 0) {
                        throw new Bad(line, "malformed JSON: '" + (char) c + "' without its opening");
                    }
                }
                case '"' -> {
                    skipString();
                    if (depth > 0 && peek() == ':') {
                        at++;
                    }
                }
                case ',' -> {
                    if (depth == 0) {
                        throw new Bad(line, "malformed JSON: a value expected");
                    }
                    at++;
                }
                default -> skipLiteral();
            }
        } while (depth > 0);
    }

    /** At '[' of an array of records: steps in; then {@link #nextElement()} tells whether one follows. */
    void enterArray() throws Bad {
        expect('[');
        first = true;
    }

    private boolean first;

    /** Whether another element follows in the array entered last (consuming its comma or the ']'). */
    boolean nextElement() throws Bad {
        int c = peek();
        if (c == ']') {
            at++;
            return false;
        }
        if (!first) {
            if (c != ',') {
                throw new Bad(line, c < 0 ? "the JSON ends inside the array" : "malformed JSON: ',' or ']' expected");
            }
            at++;
            if (peek() == ']') {
                throw new Bad(line, "malformed JSON: a value expected after ','");
            }
        }
        first = false;
        return true;
    }
}
