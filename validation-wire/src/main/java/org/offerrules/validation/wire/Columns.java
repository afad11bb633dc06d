package org.offerrules.validation.wire;

import org.offerrules.validation.spi.WideEncoding;

/**
 * Turns the columns a parser reports into UTF-16 code units, 1-based: what editors, and SARIF's
 * default {@code columnKind}, count. Jackson counts bytes on UTF-8 input, so a column after
 * {@code "Ünïcødé 🎉"} would be off by the extra bytes of every non-ASCII character before it.
 * The conversion runs only when a violation is placed (valid documents never pay for it), from the
 * document's own bytes; parsers of text ({@code String}, {@code Reader}) already count UTF-16 units.
 * Immutable but for a cache of the last line found; one instance per document, not thread-safe.
 */
public final class Columns {

    /** Columns of a parser of text: already UTF-16 code units. */
    public static final Columns CHARS = new Columns(null, 0, 0, 0, 0, 0);

    private final byte[] bytes;
    // the text a parser of text reads, when the reader has it: where a place must be found in the input
    // (a name's opening quote), as the bytes are for a parser of bytes
    private final CharSequence text;
    private final int offset;
    private final int end;
    private final int lineBase;
    // a text cut out of a longer line (an array element) starts right of column 1 there: its first
    // line's columns are shifted, so that positions are those of the whole file
    private final int shiftedLine;
    private final int shift;
    private int cachedLine = 1;   // the (document-relative) line whose start is cachedStart
    private int cachedStart;
    // how far the last conversion counted on cachedLine: violations come mostly in document order,
    // so a long line (a whole document on one line) is counted once, not once per violation
    private int countedTo = -1;
    private int countedUnits;

    private Columns(byte[] bytes, int offset, int length, int lineBase, int shiftedLine, int shift) {
        this(bytes, null, offset, length, lineBase, shiftedLine, shift);
    }

    private Columns(byte[] bytes, CharSequence text, int offset, int length, int lineBase, int shiftedLine, int shift) {
        this.shiftedLine = shiftedLine;
        this.shift = shift;
        this.bytes = bytes;
        this.text = text;
        this.offset = offset;
        this.end = offset + length;
        this.lineBase = lineBase;
        this.cachedStart = offset;
    }

    /**
     * Columns of a parser of the UTF-8 bytes {@code bytes[offset, offset + length)}, whose first line
     * is reported as line {@code lineBase + 1}.
     */
    public static Columns utf8(byte[] bytes, int offset, int length, int lineBase) {
        return new Columns(bytes, offset, length, lineBase, 0, 0);
    }

    /**
     * Columns of a parser of text that starts at the 1-based UTF-16 {@code column} of (absolute)
     * {@code line} of a larger input: the parser's columns on that line are moved right to it.
     */
    static Columns charsFrom(int line, int column) {
        return column <= 1 ? CHARS : new Columns(null, 0, 0, 0, line, column - 1);
    }

    /**
     * Columns of a parser of {@code text} (a whole document, its first line reported as line 1, any
     * byte order mark taken off): UTF-16 columns as the parser counts them, and the text to find places in.
     */
    static Columns text(CharSequence text) {
        return new Columns(null, text, 0, 0, 0, 1, 0);
    }

    /**
     * Columns of a parser of the UTF-8 {@code bytes} of a text that starts at the 1-based UTF-16
     * {@code column} of (absolute) {@code line} of a larger input, whose first line the parser reports
     * as line 1: its byte columns are converted, and moved right to {@code column} on that first line.
     */
    static Columns utf8From(byte[] bytes, int line, int column) {
        return new Columns(bytes, 0, bytes.length, line - 1, line, column - 1);
    }

    /**
     * Columns for a parser whose location exposes its input ({@code ContentReference}): converted
     * from the bytes when it reads UTF-8 bytes, with the text to find places in when it reads a
     * {@code String} or {@code char[]}, {@link #CHARS} otherwise (a stream, or no source).
     */
    public static Columns ofSource(Object rawContent, boolean textual, int contentOffset, int contentLength) {
        int offset = Math.max(0, contentOffset);
        if (rawContent instanceof byte[] bytes && textual) {
            int length = contentLength < 0 ? bytes.length - offset : contentLength;
            return utf8(bytes, offset, length, 0);
        }
        if (rawContent instanceof CharSequence chars) {
            return text(chars);
        }
        if (rawContent instanceof char[] chars) {
            return text(java.nio.CharBuffer.wrap(chars, offset, contentLength < 0 ? chars.length - offset : contentLength));
        }
        return CHARS;
    }

    /** A packed position ({@link Locations#pack}) as the parser reported it, with its UTF-16 column. */
    long place(long packed) {
        return bytes == null && shift == 0 ? packed : Locations.pack(Locations.line(packed), column(packed));
    }

    /** The UTF-16 column of a packed position ({@link Locations#pack}) as the parser reported it. */
    int column(long packed) {
        return column(Locations.line(packed), Locations.column(packed));
    }

    /** The UTF-16 column of the parser's {@code column} on (absolute) {@code line}. */
    int column(int line, int column) {
        int shifted = line == shiftedLine ? shift : 0;
        if (bytes == null || column <= 1) {
            return column + shifted;
        }
        int start = lineStart(line - lineBase);
        if (start < 0) {
            return column + shifted;
        }
        int stop = Math.min(end, start + column - 1);
        int units = 0;
        // a byte order mark before the document is no character an editor shows: the first line's
        // columns start after it, as offer-lint's files count them (docs/decisions/jackson.md, Positions)
        int i = start == offset && stop >= offset + 3 && WideEncoding.utf8Mark(bytes, offset, end) > 0 ? offset + 3 : start;
        if (countedTo >= start && countedTo <= stop) {
            i = countedTo;
            units = countedUnits;
        }
        int before = units; // of the last character counted
        while (i < stop) {
            before = units;
            int length = bytes[i] < 0 ? Utf8.sequence(bytes, i, end) : 1;
            if (length > 1) {
                units += length == 4 ? 2 : 1; // a 4-byte sequence is a surrogate pair: two units
                i += length;
            } else {
                units++; // ASCII, or a byte that is no UTF-8: an editor shows one replacement character
                i++;
            }
        }
        countedTo = i;
        countedUnits = units;
        if (i > stop) {
            // inside a character: the byte parsers stop after the first byte of one they did not expect
            // (a no-break space before a name); the text parsers place it at the character
            return before + 1 + shifted;
        }
        return units + 1 + Math.max(0, start + column - 1 - stop) + shifted;
    }

    /**
     * The position (packed, the byte column as the parser counts it) of the document's first byte
     * that is not UTF-8; 0 when there is none, or the input was text. Each Jackson version words (and
     * places) a malformed byte its own way, some at a byte before it, and some take a valid
     * multi-byte character for one that is not: a document that is not UTF-8 is reported as such,
     * here, by the binder, whatever the parser stumbled on.
     */
    long malformed() {
        if (bytes == null) {
            return 0;
        }
        int line = 1 + lineBase;
        int lineStart = offset;
        for (int i = offset; i < end; ) {
            int b = bytes[i] & 0xFF;
            if (b == '\n' || b == '\r') {
                i += b == '\r' && i + 1 < end && bytes[i + 1] == '\n' ? 2 : 1; // as the parser counts lines
                line++;
                lineStart = i;
                continue;
            }
            int length = b < 0x80 ? 1 : Utf8.sequence(bytes, i, end);
            if (length <= 0) {
                return Locations.pack(line, i - lineStart + 1);
            }
            i += length;
        }
        return 0;
    }

    /**
     * The parser's column of the opening quote of the string a parser stopped in or right after, on
     * (absolute) {@code line}, {@code reported} being where it stopped, found in the bytes or the text;
     * with neither (a mapper's parser of text), {@code reported - length - 2}: the text parsers stop right
     * after the closing quote of a name of {@code length} characters (exact when it holds no escape).
     */
    int stringStart(int line, int reported, int length) {
        java.util.function.IntUnaryOperator at;
        int start;
        int limit;
        if (bytes != null) {
            at = i -> bytes[i];
            start = lineStart(line - lineBase);
            limit = end;
        } else if (text != null) {
            at = text::charAt;
            start = textLineStart(line);
            limit = text.length();
        } else {
            return Math.max(1, reported - length - 2);
        }
        if (start < 0) {
            return Math.max(1, reported - length - 2);
        }
        int stop = Math.min(limit, start + reported - 1);
        int open = -1;
        boolean in = false;
        for (int i = start; i < stop; i++) {
            int c = at.applyAsInt(i);
            if (in) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    in = false;
                }
            } else if (c == '"') {
                in = true;
                open = i;
            }
        }
        return open < 0 ? reported : open - start + 1;
    }

    /** The index where the 1-based {@code line} of the text starts, or -1 when it has fewer lines. */
    private int textLineStart(int line) {
        int i = 0;
        int n = text.length();
        for (int current = 1; current < line; current++) {
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            // a line ends at \n, \r or \r\n, as the parser counts lines
            i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        }
        return i;
    }

    /**
     * The parser's column of the lone surrogate escape ({@code \\uD800} to {@code \\uDFFF}) in a field
     * name on (absolute) {@code line}: the nearest one before {@code reported} when the parser stopped
     * after it ({@code after}), else the first at or after {@code reported}. On text, where there are no
     * bytes to look in, a parser that stopped after it stopped right after its six characters.
     */
    int surrogateEscape(int line, int reported, boolean after) {
        int start = bytes == null ? -1 : lineStart(line - lineBase);
        if (start < 0) {
            return after ? Math.max(1, reported - 6) : reported;
        }
        int lineEnd = LineEnds.find(bytes, start, end);
        int from = Math.min(start + reported - 1, lineEnd);
        for (int s = after ? from - 6 : from; after ? s >= start : s + 6 <= lineEnd; s += after ? -1 : 1) {
            if (s + 6 <= lineEnd && bytes[s] == '\\' && bytes[s + 1] == 'u' && (bytes[s + 2] | 0x20) == 'd'
                    && "89abcdefABCDEF".indexOf(bytes[s + 3]) >= 0) {
                return s - start + 1;
            }
        }
        return after ? Math.max(1, reported - 6) : reported;
    }

    private static final java.util.regex.Pattern POSITION =
            java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)\\]");

    /**
     * A parser's {@code message} with the positions it names itself (where an object or array that
     * did not close started: "start marker at [...; line: 1, column: 2]") in the file's lines and
     * UTF-16 columns, as its own position is placed: the parser counts from the start of what it was
     * given, a line, an element or the rest of an array after a broken element ({@code lineBase}
     * lines further down).
     */
    String placed(String message, int lineBase) {
        return placed(message, lineBase, this);
    }

    /**
     * A message of a document read alone from line 1 ({@link #placed}, its columns already the file's),
     * its places moved {@code lines} lines down: an NDJSON line that offer-lint reads on its own.
     */
    public static String movedDown(String message, int lines) {
        return placed(message, lines, CHARS);
    }

    private static String placed(String message, int lineBase, Columns columns) {
        if (message == null || !message.contains("line: ")) {
            return message;
        }
        java.util.regex.Matcher m = POSITION.matcher(message);
        StringBuilder placed = new StringBuilder();
        while (m.find()) {
            try {
                int line = Math.addExact(Integer.parseInt(m.group(1)), lineBase);
                int column = columns.column(line, Integer.parseInt(m.group(2)));
                m.appendReplacement(placed, "line: " + line + ", column: " + column + "]");
            } catch (ArithmeticException | NumberFormatException e) {
                m.appendReplacement(placed, "$0"); // past an int: no position of a document
            }
        }
        return m.appendTail(placed).toString();
    }

    /**
     * The parser's column where {@code token} (as an "Unrecognized token" message names it) starts on
     * (absolute) {@code line}: its last occurrence that starts at or before {@code reported} (Jackson 2.20
     * and later report its start, 2.19 the column after it); {@code reported} when the input was text or
     * it is not there. An occurrence that only ends before {@code reported} would be an earlier one on the
     * line (the {@code tru} of {@code "true"} before {@code "ssl": tru}).
     */
    int tokenStart(int line, int reported, String token) {
        int start = bytes == null || token == null || token.isEmpty() ? -1 : lineStart(line - lineBase);
        if (start < 0) {
            return reported;
        }
        byte[] t = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int s = Math.min(start + reported - 1, end - t.length); s >= start; s--) {
            if (java.util.Arrays.equals(bytes, s, s + t.length, t, 0, t.length)) {
                return s - start + 1;
            }
        }
        return reported;
    }

    /**
     * What is missing where the bytes end inside a number, in the text parsers' words ("no digit
     * following sign" after {@code -}, "expected a digit for number exponent" after {@code 1e} or
     * {@code 1e-}); null on text or when the bytes do not end so. A name or string cut short after such
     * characters ({@code {"na-}, {@code "1e}) is no number: the bytes are read from the start for it.
     */
    String endInNumber() {
        if (bytes == null || end <= offset || endsInString()) {
            return null;
        }
        int last = end - 1;
        while (last > offset && (bytes[last] == ' ' || bytes[last] == '\t' || bytes[last] == '\r' || bytes[last] == '\n')) {
            last--;
        }
        int i = bytes[last] == '-' || bytes[last] == '+' ? last - 1 : last;
        if (i > offset && (bytes[i] == 'e' || bytes[i] == 'E')) {
            return bytes[i - 1] >= '0' && bytes[i - 1] <= '9' ? WireSyntaxException.NO_EXPONENT_DIGIT : null;
        }
        return bytes[last] == '-' ? WireSyntaxException.NO_DIGIT_AFTER_SIGN : null;
    }

    /** Whether the bytes end inside a string or a name: an opening quote not closed (escapes skipped). */
    private boolean endsInString() {
        boolean in = false;
        for (int i = offset; i < end; i++) {
            if (in && bytes[i] == '\\') {
                i++;
            } else if (bytes[i] == '"') {
                in = !in;
            }
        }
        return in;
    }

    /**
     * A parser's words for a character it did not expect that is not ASCII: a byte parser names the
     * first byte as one character of Latin-1 ({@code 'Â' (code 194)}), Jackson 2's the bytes of a character
     * past U+FFFF as a character of its own ({@code '\uF389' (code 62345 / 0xf389)}).
     */
    private static final java.util.regex.Pattern NOT_ASCII_NAMED = java.util.regex.Pattern.compile(
            "Unexpected character \\('.{1,2}' \\(code (\\d+)(?: / 0x[0-9a-f]+)?\\)\\)");

    /**
     * {@code detail}, a parser's message about the place (absolute) {@code line}, column {@code reported},
     * naming the character there by its code point, as Jackson 3's byte parser and the text parsers
     * (through {@link WireSyntaxException#codePointNamed}) do: {@code ' ' (code 160)} for a no-break
     * space, {@code '🎉' (code 127881 / 0x1f389)}. Unchanged on text, and when no such character is there.
     */
    String characterNamed(String detail, int line, int reported) {
        java.util.regex.Matcher m = bytes == null ? null : NOT_ASCII_NAMED.matcher(detail);
        if (m == null || !m.find() || Integer.parseInt(m.group(1)) < 0x80) {
            return detail;
        }
        int at = characterAt(line, reported);
        if (at < 0) {
            return detail;
        }
        return detail.substring(0, m.start()) + "Unexpected character (" + WireSyntaxException.named(codePoint(at)) + ")"
                + detail.substring(m.end());
    }

    /**
     * Where a character that is not ASCII starts in the bytes, the one a byte parser reported at
     * (absolute) {@code line}, column {@code reported}: the parsers stop at its first byte, or up to a
     * character's length after it; -1 on text or when no such character is there.
     */
    private int characterAt(int line, int reported) {
        int start = bytes == null ? -1 : lineStart(line - lineBase);
        if (start < 0) {
            return -1;
        }
        int last = Math.min(end, start + reported) - 1;
        for (int i = last; i >= Math.max(start, last - 3); i--) {
            int n = (bytes[i] & 0xFF) >= 0xC2 ? Utf8.sequence(bytes, i, end) : 0;
            if (n > 0 && i + n > last - 1) {
                return i;
            }
        }
        return -1;
    }

    // how much of an unrecognized token the parsers quote (Jackson's ErrorReportConfiguration default)
    private static final int ERROR_TOKEN_LENGTH = 256;

    private int codePoint(int at) {
        return new String(bytes, at, Utf8.sequence(bytes, at, end), java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
    }

    /**
     * A byte parser that met a character that is not ASCII where a value starts and said its bytes were
     * not UTF-8 ("Invalid UTF-8 start byte 0xa9": Jackson 2 on {@code {"id": é}}) though they are:
     * {@code {column, message}} in the words of the other parsers, at the character ("Unrecognized token
     * 'é'" for a character that may start a word, "Unexpected character" for any other); null on text
     * or when no such character is there.
     */
    Object[] valueStart(int line, int reported) {
        int at = characterAt(line, reported);
        if (at < 0) {
            return null;
        }
        int column = at - lineStart(line - lineBase) + 1;
        int first = codePoint(at);
        if (!Character.isJavaIdentifierStart(first)) {
            return new Object[] {column, "Unexpected character (" + WireSyntaxException.named(first) + "): "
                    + WireSyntaxException.VALID_VALUE};
        }
        // the token as the parsers quote it: the characters that may continue a word, to their limit
        StringBuilder token = new StringBuilder();
        for (int i = at; i < end && token.length() < ERROR_TOKEN_LENGTH; ) {
            int n = (bytes[i] & 0x80) == 0 ? 1 : Utf8.sequence(bytes, i, end);
            int c = n == 1 ? bytes[i] : n > 0 ? codePoint(i) : -1;
            if (c < 0 || !Character.isJavaIdentifierPart(c)) {
                break;
            }
            token.appendCodePoint(c);
            i += n;
        }
        return new Object[] {column, "Unrecognized token '" + token + "': was expecting (JSON String, Number, Array, "
                + "Object or token 'null', 'true' or 'false')"};
    }

    /**
     * The parser's column where the number that ends at or runs through (absolute) {@code line},
     * column {@code reported} starts: a number past the length limit is reported where the parser
     * stopped reading it, which for Jackson 3 depends on the size of a buffer it recycled from the
     * documents it read before (column 219 or 5018 for the same number). Without the bytes (text, or a
     * mapper's parser that keeps no source) it is {@code read} characters left of {@code reported}: the
     * parser stops right after the characters it counted (it was {@code reported}, the number's end, so
     * that {@code read(String)} and {@code read(byte[])} placed one number 5,000 columns apart).
     * {@code reported} when nothing tells.
     */
    int numberStart(int line, int reported, int read) {
        int start = bytes == null ? -1 : lineStart(line - lineBase);
        if (start < 0) {
            return read > 0 && reported - read >= 1 ? reported - read : reported;
        }
        int i = Math.min(start + reported - 1, end) - 1;
        if (i < start || !inNumber(bytes[i])) {
            return reported;
        }
        while (i > start && inNumber(bytes[i - 1])) {
            i--;
        }
        return i - start + 1;
    }

    private static boolean inNumber(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    /** The index where the 1-based {@code line} of the document starts, or -1 when it has fewer lines. */
    private int lineStart(int line) {
        if (line < 1) {
            return -1;
        }
        int current = cachedLine;
        int i = cachedStart;
        if (line < current) {
            current = 1;
            i = offset;
        }
        while (current < line) {
            i = LineEnds.find(bytes, i, end);
            if (i >= end) {
                return -1;
            }
            // a line ends at \n, \r or \r\n, as the parser counts lines
            if (bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
                i++;
            }
            i++;
            current++;
        }
        if (current != cachedLine) {
            countedTo = -1;
        }
        cachedLine = current;
        cachedStart = i;
        return i;
    }
}
