package org.offerrules.validation.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON tokenizer over one document of UTF-8 bytes, written for the binder's hot path: names are
 * matched on their raw bytes against the wire names ({@link #nextNameIs}), numbers are parsed once
 * from the bytes, a string of ASCII without escapes is handed out from the bytes, and nothing is
 * allocated per token but the strings the binder keeps.
 *
 * <p>It reads only what it is sure a Jackson parser reads the same way: tokens, texts, numbers and
 * positions (lines 1-based, ending at LF, CR or CRLF; columns 1-based in bytes). Anything else —
 * malformed JSON, bytes that are not strict UTF-8, a byte order mark, a lone escaped surrogate, a number
 * Jackson would widen or round its own way, a limit of {@link ReadLimits} approached, trailing
 * content, an empty document — throws {@link Unsure}, and {@link ByteReading} reads that document
 * again with the Jackson module's parser. So every error and message is the parser's own, and what
 * this tokenizer reads to the end is what the parser would have read. One instance per document.
 */
final class ByteSource implements TokenSource {

    /**
     * This tokenizer cannot be sure to read the rest as the parser does. Unchecked, so that it passes
     * through {@link TokenSource#failure} and the binder's catch to {@link ByteReading}; shared and
     * without a stack trace, since it is control flow.
     */
    static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super("read again by the parser", null, false, false);
        }
    }

    /** Deeper than this falls back: the parser's depth limit and its message are its own. */
    private static final int MAX_DEPTH = ReadLimits.MAX_NESTING_DEPTH - 2;
    /** Integers of more digits fall back: 19 digits may or may not fit a long. */
    private static final int MAX_INTEGER_DIGITS = 18;
    /** Powers of ten a double holds exactly: a decimal of at most 15 digits divided by one is correctly rounded. */
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final char[] NO_CHARS = {};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final byte[] b;
    private final int start;
    private final int end;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Token current;
    private int tokenStart;
    private int tokenLine;
    private int tokenLineStart;

    private int depth;
    private long objects;        // bit d: the container at depth d + 1 is an object
    private boolean afterValue;  // the current container has an element: a comma or its end comes next
    private boolean rootDone;

    // the current string, name, number or literal: bytes [textStart, textEnd) when `simple` (ASCII,
    // no escape), else the decoded `chars`
    private int textStart;
    private int textEnd;
    private boolean simple;
    private char[] chars = NO_CHARS; // made at the first string that needs decoding
    private int charLength;
    private boolean charsReady;
    private String name;
    private WireSchema.WireField asked; // the last field nextNameIs was asked for: its siblings name the rest

    private long integer;
    private int integerSize;
    private double decimal;

    ByteSource(byte[] b, int offset, int length) {
        this.b = b;
        this.start = offset;
        this.end = offset + length;
        this.pos = offset;
        this.lineStart = offset;
    }

    @Override
    public Token next() {
        if (current == Token.FIELD_NAME) {
            return value(skipWhiteSpace());
        }
        int c = skipWhiteSpace();
        if (depth == 0) {
            if (rootDone) {
                if (c < 0) {
                    current = null;
                    return null;
                }
                throw Unsure.INSTANCE; // trailing content: the parser words it
            }
            if (c != '{') {
                throw Unsure.INSTANCE; // a root that is no object: the parser reads its end its own way
            }
            return value(c);
        }
        boolean inObject = (objects & (1L << (depth - 1))) != 0;
        if (c == (inObject ? '}' : ']')) {
            return close(inObject);
        }
        if (afterValue) {
            if (c != ',') {
                throw Unsure.INSTANCE;
            }
            pos++;
            c = skipWhiteSpace();
        }
        return inObject ? name(c) : value(c);
    }

    private Token close(boolean object) {
        mark();
        pos++;
        depth--;
        done();
        return current = object ? Token.END_OBJECT : Token.END_ARRAY;
    }

    private Token name(int c) {
        if (c != '"') {
            throw Unsure.INSTANCE;
        }
        mark();
        name = null;
        WireSchema.WireField field = asked == null ? null : following(asked);
        if (field != null) {
            // the expected name or one of the next few, byte for byte: no scan, no String
            int quote = pos + 1 + field.utf8.length;
            textStart = pos + 1;
            textEnd = quote;
            simple = true;
            charsReady = false;
            pos = quote + 1;
            name = field.wireName;
        } else {
            string(ReadLimits.MAX_NAME_LENGTH);
        }
        if (skipWhiteSpace() != ':') {
            throw Unsure.INSTANCE;
        }
        pos++;
        return current = Token.FIELD_NAME;
    }

    private Token value(int c) {
        mark();
        switch (c) {
            case '{':
            case '[':
                if (depth >= MAX_DEPTH) {
                    throw Unsure.INSTANCE;
                }
                pos++;
                objects = c == '{' ? objects | (1L << depth) : objects & ~(1L << depth);
                depth++;
                afterValue = false;
                return current = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
            case '"':
                string(ReadLimits.MAX_STRING_LENGTH);
                done();
                return current = Token.VALUE_STRING;
            case 't':
                return literal(TRUE, Token.VALUE_TRUE);
            case 'f':
                return literal(FALSE, Token.VALUE_FALSE);
            case 'n':
                return literal(NULL, Token.VALUE_NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw Unsure.INSTANCE; // the end, or anything the parser rejects or reads its own way
        }
    }

    /** The current token starts at {@code pos}. */
    private void mark() {
        tokenStart = pos;
        tokenLine = line;
        tokenLineStart = lineStart;
    }

    /** How many fields after the expected one a name is looked for in place: absent fields are usually few. */
    private static final int LOOK_AHEAD = 8;

    /**
     * {@code expected}, or one of the few fields after it in schema order, whose wire name the name at
     * {@code pos} (its opening quote) spells; null if none. Wire names have no quote nor escape, so the
     * bytes of one followed by a quote are that name: documents written from the model, with their absent
     * fields left out, are matched without scanning or hashing a name.
     */
    private WireSchema.WireField following(WireSchema.WireField expected) {
        WireSchema.WireField[] fields = expected.siblings;
        int from = pos + 1;
        for (int k = expected.index, stop = Math.min(fields.length, k + 1 + LOOK_AHEAD); k < stop; k++) {
            if (spells(from, fields[k])) {
                return fields[k];
            }
        }
        return null;
    }

    /**
     * Whether the bytes from {@code from} are {@code field}'s wire name and a quote, before the end:
     * compared a word at a time ({@link WireSchema.WireField#quotedWords}), so that most other names
     * differ at the first comparison; byte by byte where the words would read past the array.
     */
    private boolean spells(int from, WireSchema.WireField field) {
        byte[] wire = field.utf8;
        int quote = from + wire.length;
        if (quote >= end) {
            return false;
        }
        long[] words = field.quotedWords;
        int last = words.length - 1;
        if (from + 8 * words.length > b.length) {
            return b[quote] == '"' && equal(from, wire);
        }
        for (int w = 0; w < last; w++) {
            if ((long) ArraySplitter.LONGS.get(b, from + 8 * w) != words[w]) {
                return false;
            }
        }
        return ((long) ArraySplitter.LONGS.get(b, from + 8 * last) & field.lastWordMask) == words[last];
    }

    /** Whether the bytes from {@code from} are {@code wire}'s (which fit before the end). */
    private boolean equal(int from, byte[] wire) {
        for (int k = 0; k < wire.length; k++) {
            if (b[from + k] != wire[k]) {
                return false;
            }
        }
        return true;
    }

    /** A value ended: its container has an element, or the document is complete. */
    private void done() {
        if (depth == 0) {
            rootDone = true;
        } else {
            afterValue = true;
        }
    }

    private Token literal(byte[] word, Token token) {
        int stop = pos + word.length;
        if (stop > end || !Arrays.equals(b, pos, stop, word, 0, word.length)) {
            throw Unsure.INSTANCE;
        }
        return scalar(stop, token);
    }

    /** A number or literal from the token's start to {@code stop}: its text is its bytes. */
    private Token scalar(int stop, Token token) {
        pos = stop;
        delimited();
        textStart = tokenStart;
        textEnd = stop;
        simple = true;
        charsReady = false;
        done();
        return current = token;
    }

    /** A number or literal must end where a delimiter or white space (or the input) starts. */
    private void delimited() {
        if (pos < end) {
            int c = b[pos];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw Unsure.INSTANCE;
            }
        }
    }

    private Token number() {
        int i = pos;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int digits = i;
        long mantissa = 0;
        for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            mantissa = mantissa * 10 + d;
        }
        int integerDigits = i - digits;
        if (integerDigits == 0 || integerDigits > MAX_INTEGER_DIGITS || (b[digits] == '0' && integerDigits > 1)) {
            throw Unsure.INSTANCE;
        }
        Token token = Token.VALUE_NUMBER_INT;
        if (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            if (b[i] != '.') {
                throw Unsure.INSTANCE; // exponents: rounded by the parser's own algorithm
            }
            int fraction = ++i;
            for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                mantissa = mantissa * 10 + d;
            }
            int fractionDigits = i - fraction;
            if (fractionDigits == 0 || integerDigits + fractionDigits > 15
                    || (i < end && (b[i] == 'e' || b[i] == 'E'))) {
                throw Unsure.INSTANCE;
            }
            // both exact doubles: one division, correctly rounded, as the parser's result is
            double d = mantissa / POWERS[fractionDigits];
            decimal = negative ? -d : d;
            token = Token.VALUE_NUMBER_FLOAT;
        } else {
            integer = negative ? -mantissa : mantissa;
            integerSize = integer == (int) integer ? 0 : 1;
            decimal = integer;
        }
        return scalar(i, token);
    }

    /** Reads the string whose quote is at {@code pos}, of at most {@code limit} bytes. */
    private void string(int limit) {
        int from = pos + 1;
        int stop = Math.min(end, from + limit);
        int i = ArraySplitter.plain(b, from, stop); // the plain bytes, eight at a time
        while (i < stop) {
            int c = b[i];
            if (c == '"') {
                textStart = from;
                textEnd = i;
                simple = true;
                charsReady = false;
                pos = i + 1;
                return;
            }
            if (c < 0x20 || c == '\\') { // negative: a byte of a multi-byte character
                decode(from, i, stop);
                return;
            }
            i++;
        }
        throw Unsure.INSTANCE; // unterminated, or near the limit
    }

    /** Decodes a string with escapes or non-ASCII characters; {@code [from, i)} is ASCII. */
    private void decode(int from, int i, int stop) {
        int n = 0;
        char[] out = capacity(i - from + 16);
        for (int k = from; k < i; k++) {
            out[n++] = (char) b[k];
        }
        while (true) {
            if (i >= stop) {
                throw Unsure.INSTANCE;
            }
            out = n + 2 > out.length ? capacity(n + 2) : out;
            int c = b[i] & 0xFF;
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= stop) {
                    throw Unsure.INSTANCE;
                }
                int e = b[i + 1];
                char x;
                switch (e) {
                    case '"': x = '"'; break;
                    case '\\': x = '\\'; break;
                    case '/': x = '/'; break;
                    case 'b': x = '\b'; break;
                    case 'f': x = '\f'; break;
                    case 'n': x = '\n'; break;
                    case 'r': x = '\r'; break;
                    case 't': x = '\t'; break;
                    case 'u':
                        if (i + 6 > stop) {
                            throw Unsure.INSTANCE;
                        }
                        x = (char) (hex(b[i + 2]) << 12 | hex(b[i + 3]) << 8 | hex(b[i + 4]) << 4 | hex(b[i + 5]));
                        if (Character.isHighSurrogate(x) && i + 12 <= stop && b[i + 6] == '\\' && b[i + 7] == 'u') {
                            // a pair (\ud83c\udf89: what JSON.stringify and Python's json write for an emoji),
                            // read here, in names too: Jackson 2.21.0's parser of bytes refuses it in a name
                            // ("Illegal surrogate character", jackson-core#1541), which read as broken JSON
                            char low = (char) (hex(b[i + 8]) << 12 | hex(b[i + 9]) << 8 | hex(b[i + 10]) << 4
                                    | hex(b[i + 11]));
                            if (!Character.isLowSurrogate(low)) {
                                throw Unsure.INSTANCE;
                            }
                            out[n++] = x;
                            x = low;
                            i += 6;
                        } else if (Character.isSurrogate(x)) {
                            throw Unsure.INSTANCE; // lone halves: the parser's business
                        }
                        i += 4;
                        break;
                    default:
                        throw Unsure.INSTANCE;
                }
                out[n++] = x;
                i += 2;
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else {
                int length = Utf8.sequence(b, i, stop);
                if (length <= 0) {
                    throw Unsure.INSTANCE; // not UTF-8, or cut: the parser's business
                }
                int cp = c & (0x7F >> length); // the lead byte's payload: 5, 4 or 3 bits
                for (int k = 1; k < length; k++) {
                    cp = cp << 6 | (b[i + k] & 0x3F);
                }
                if (length == 4) {
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                } else {
                    out[n++] = (char) cp;
                }
                i += length;
            }
        }
        chars = out;
        charLength = n;
        charsReady = true;
        simple = false;
        pos = i + 1;
    }

    private static int hex(byte h) {
        int d = Character.digit(h, 16);
        if (d < 0) {
            throw Unsure.INSTANCE;
        }
        return d;
    }

    /** {@link #chars} with room for {@code size}, what it holds kept. */
    private char[] capacity(int size) {
        if (chars.length < size) {
            chars = Arrays.copyOf(chars, Math.max(size, chars.length * 2));
        }
        return chars;
    }

    /**
     * Skips white space, counting lines as the parser does; the next byte (0-255), or -1 at the end.
     * Small enough for C1 to inline (the launcher's compiler for most files), so that minified JSON,
     * with no white space at all, costs one test and no call.
     */
    private int skipWhiteSpace() {
        if (pos < end) {
            int c = b[pos];
            if (c > ' ') {
                return c;
            }
        }
        return whiteSpace();
    }

    private int whiteSpace() {
        while (pos < end) {
            int c = b[pos];
            if (c > ' ') {
                return c; // minified JSON: no white space at all
            }
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n') {
                line++;
                lineStart = ++pos;
            } else if (c == '\r') {
                pos++;
                if (pos < end && b[pos] == '\n') {
                    pos++;
                }
                line++;
                lineStart = pos;
            } else {
                return c & 0xFF;
            }
        }
        return -1;
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public boolean nextNameIs(WireSchema.WireField field) {
        asked = field;
        return next() == Token.FIELD_NAME && name == field.wireName;
    }

    @Override
    public String nextName() {
        return next() == Token.FIELD_NAME ? currentName() : null;
    }

    /**
     * The current name: a wire name of the object's schema when it is one (the same String, as the
     * parser's interned names are), else a new String.
     */
    @Override
    public String currentName() {
        if (current != Token.FIELD_NAME) {
            return null;
        }
        if (name == null) {
            name = simple && asked != null ? known(asked.names) : null;
            if (name == null) {
                name = ownText();
            }
        }
        return name;
    }

    /** The wire name in {@code table} ({@link WireSchema.WireField#names}) the current simple text spells; null if none. */
    private String known(WireSchema.WireField[] table) {
        int length = textEnd - textStart;
        int mask = table.length - 1;
        for (int i = hash(b, textStart, textEnd) & mask; table[i] != null; i = (i + 1) & mask) {
            byte[] wire = table[i].utf8;
            if (wire.length == length && equal(textStart, wire)) {
                return table[i].wireName;
            }
        }
        return null;
    }

    /** A hash of {@code bytes[from, to)}, the same for a name read and a wire name. */
    static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }

    @Override
    public String text() {
        if (current == null) {
            return null;
        }
        switch (current) {
            case FIELD_NAME:
                return currentName();
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return ownText();
            default:
                return new String(b, tokenStart, 1, StandardCharsets.ISO_8859_1);
        }
    }

    private String ownText() {
        return simple ? new String(b, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1)
                : new String(chars, 0, charLength);
    }

    @Override
    public char[] textCharacters() {
        if (simple && !charsReady) {
            int n = textEnd - textStart;
            char[] out = capacity(n);
            for (int k = 0; k < n; k++) {
                out[k] = (char) b[textStart + k];
            }
            charLength = n;
            charsReady = true;
        }
        return chars;
    }

    /** {@inheritDoc} Compared on the bytes of a plain string, without a call per character. */
    @Override
    public String text(String[] spellings) throws java.io.IOException {
        if (!simple) {
            return TokenSource.super.text(spellings);
        }
        int length = textEnd - textStart;
        candidates:
        for (String s : spellings) {
            if (s.length() != length) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != b[textStart + i]) { // a plain string's bytes are ASCII
                    continue candidates;
                }
            }
            return s;
        }
        return ownText();
    }

    @Override
    public char textChar(int index) {
        return simple ? (char) b[textStart + index] : chars[index];
    }

    @Override
    public int textOffset() {
        return 0;
    }

    @Override
    public int textLength() {
        return simple ? textEnd - textStart : charLength;
    }

    @Override
    public int integerSize() {
        return integerSize;
    }

    @Override
    public int intValue() {
        return (int) integer;
    }

    @Override
    public long longValue() {
        return integer;
    }

    @Override
    public double doubleValue() {
        return decimal;
    }

    @Override
    public long tokenPosition() {
        return TokenSource.pack(tokenLine, tokenStart - tokenLineStart + 1);
    }

    @Override
    public long tokenOffset() {
        return tokenStart - start;
    }

    @Override
    public long remaining() {
        return end - tokenStart;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return pos - lineStart + 1;
    }

    @Override
    public void skipChildren() {
        if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
            return;
        }
        int level = depth - 1;
        while (true) {
            Token t = next();
            if ((t == Token.END_OBJECT || t == Token.END_ARRAY) && depth == level) {
                return;
            }
        }
    }

    @Override
    public void close() {
    }
}
