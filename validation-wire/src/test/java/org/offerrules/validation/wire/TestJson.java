package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON tokenizer written for the tests, standing in for a Jackson parser: the wire
 * module must not depend on Jackson, and the binder is tested against a parser whose every answer the
 * test can read. It counts positions as Jackson does: lines from 1 (a line ends at LF, CR or CRLF),
 * columns from 1 in UTF-16 units over text and in bytes over UTF-8 bytes (so that {@link Columns}
 * has something to convert); it enforces {@link ReadLimits}' nesting depth and string length as the
 * modules' parsers do, interns field names (as Jackson does: the binder compares them by identity
 * first), and hands out string text at an offset inside a larger buffer (as Jackson's
 * {@code getTextCharacters} may).
 */
final class TestJson implements TokenSource {

    /** Token sources over this tokenizer, for {@link WireReader} and the file readers. */
    static final TokenSources SOURCES = new TokenSources() {
        @Override
        public TokenSource document(String json) {
            return text(json);
        }

        @Override
        public TokenSource document(byte[] json, int offset, int length) {
            return bytes(json, offset, length);
        }

        @Override
        public TokenSource file(Reader text) {
            return new TestJson(text);
        }
    };

    private String in;          // text, or bytes as ISO-8859-1 (one char per byte) when bytes
    private final boolean bytes;
    private Reader pending;     // a file's text, read at the first token, as a streaming parser fails there
    private int pos;
    private int line = 1;
    private int lineStart;
    private final Deque<Character> stack = new ArrayDeque<>();
    // what the innermost container expects next: 'v' value, 'n' name or end, ',' comma or end, ':' colon
    private char expect = 'v';

    private Token current;
    private String text;
    private String name;
    private int tokenLine;
    private int tokenColumn;
    private int tokenStart;
    private long offset;
    private int closed;

    private TestJson(String in, boolean bytes) {
        this.in = in;
        this.bytes = bytes;
    }

    private TestJson(Reader pending) {
        this.pending = pending;
        this.bytes = false;
    }

    /** A parser of text: columns in UTF-16 units. */
    static TestJson text(String json) {
        return new TestJson(json, false);
    }

    /** A parser of UTF-8 bytes: columns in bytes. */
    static TestJson bytes(byte[] json, int offset, int length) {
        return new TestJson(new String(json, offset, length, StandardCharsets.ISO_8859_1), true);
    }

    /** A parser of {@code json}'s UTF-8 bytes. */
    static TestJson bytes(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return bytes(b, 0, b.length);
    }

    /** A parser of text positioned on its first token. */
    static TestJson started(String json) throws IOException {
        TestJson p = text(json);
        p.next();
        return p;
    }

    /** How often {@link #close()} was called. */
    int closed() {
        return closed;
    }

    @Override
    public Token next() throws IOException {
        if (pending != null) {
            StringBuilder all = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = pending.read(buf)) > 0; ) {
                all.append(buf, 0, n);
            }
            in = all.toString();
            pending = null;
        }
        current = null;
        text = null;
        while (true) {
            skipWhiteSpace();
            mark();
            if (pos >= in.length()) {
                if (!stack.isEmpty()) {
                    throw new WireSyntaxException("Unexpected end-of-input: expected close marker for "
                            + (stack.peek() == '{' ? "Object" : "Array"), line, pos - lineStart + 1, true);
                }
                return null;
            }
            char c = in.charAt(pos);
            if (expect == ',') {
                if (c == ',') {
                    pos++;
                    expect = stack.peek() == '{' ? 'N' : 'V';
                    continue;
                }
                if (c == '}' && stack.peek() == '{' || c == ']' && stack.peek() == '[') {
                    return closeContainer();
                }
                throw unexpected(c, "was expecting comma to separate entries");
            }
            if (expect == ':') {
                if (c != ':') {
                    throw unexpected(c, "was expecting a colon to separate field name and value");
                }
                pos++;
                expect = 'v';
                continue;
            }
            if (expect == 'n' || expect == 'N') {
                if (c == '}' && expect == 'n') {
                    return closeContainer();
                }
                if (c != '"') {
                    throw unexpected(c, "was expecting double-quote to start field name");
                }
                name = string().intern();
                if (name.length() > ReadLimits.MAX_NAME_LENGTH) {
                    throw limit("Name length (" + name.length() + ") exceeds the maximum allowed ("
                            + ReadLimits.MAX_NAME_LENGTH + ")");
                }
                expect = ':';
                current = Token.FIELD_NAME;
                text = name;
                return current;
            }
            // a value: 'v' after a colon or at the root, 'V' after a comma in an array, 'a' first in an array
            if (c == ']' && expect == 'a') {
                return closeContainer();
            }
            return value(c);
        }
    }

    private Token value(char c) throws IOException {
        switch (c) {
            case '{':
            case '[':
                if (stack.size() >= ReadLimits.MAX_NESTING_DEPTH) {
                    throw limit("Document nesting depth (" + (stack.size() + 1) + ") exceeds the maximum allowed ("
                            + ReadLimits.MAX_NESTING_DEPTH + ")");
                }
                pos++;
                stack.push(c);
                expect = c == '{' ? 'n' : 'a';
                current = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
                return current;
            case '"':
                text = string();
                if (text.length() > ReadLimits.MAX_STRING_LENGTH) {
                    throw limit("String value length (" + text.length() + ") exceeds the maximum allowed ("
                            + ReadLimits.MAX_STRING_LENGTH + ")");
                }
                return scalar(Token.VALUE_STRING);
            case 't':
                return literal("true", Token.VALUE_TRUE);
            case 'f':
                return literal("false", Token.VALUE_FALSE);
            case 'n':
                return literal("null", Token.VALUE_NULL);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw unexpected(c, "expected a valid value");
        }
    }

    private Token closeContainer() {
        pos++;
        char open = stack.pop();
        current = open == '{' ? Token.END_OBJECT : Token.END_ARRAY;
        afterValue();
        return current;
    }

    private Token scalar(Token t) {
        current = t;
        afterValue();
        return t;
    }

    private void afterValue() {
        if (stack.isEmpty()) {
            expect = 'v'; // a sequence of root values, as Jackson reads them
        } else {
            expect = ',';
        }
    }

    private Token literal(String word, Token t) throws WireSyntaxException {
        int end = pos;
        while (end < in.length() && Character.isLetterOrDigit(in.charAt(end))) {
            end++;
        }
        String found = in.substring(pos, end);
        if (!found.equals(word)) {
            throw new WireSyntaxException("Unrecognized token '" + found
                    + "': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                    line, tokenColumn, false);
        }
        pos = end;
        text = word;
        return scalar(t);
    }

    private Token number() throws WireSyntaxException {
        int end = pos;
        boolean integer = true;
        while (end < in.length() && "+-0123456789.eE".indexOf(in.charAt(end)) >= 0) {
            integer &= ".eE".indexOf(in.charAt(end)) < 0;
            end++;
        }
        text = in.substring(pos, end);
        if (text.length() > ReadLimits.MAX_NUMBER_LENGTH) {
            throw limit("Number value length (" + text.length() + ") exceeds the maximum allowed ("
                    + ReadLimits.MAX_NUMBER_LENGTH + ")");
        }
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            throw new WireSyntaxException("Invalid numeric value: '" + text + "'", line, tokenColumn, false);
        }
        pos = end;
        return scalar(integer ? Token.VALUE_NUMBER_INT : Token.VALUE_NUMBER_FLOAT);
    }

    /** The string at {@code pos} (its opening quote), unescaped; decoded from UTF-8 over bytes. */
    private String string() throws WireSyntaxException {
        StringBuilder s = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= in.length()) {
                pos = i;
                throw new WireSyntaxException("Unexpected end-of-input: was expecting closing quote for a string value",
                        line, i - lineStart + 1, true);
            }
            char c = in.charAt(i);
            if (c == '"') {
                break;
            }
            if (c < ' ') {
                throw new WireSyntaxException("Illegal unquoted character ((CTRL-CHAR, code " + (int) c
                        + ")): has to be escaped using backslash to be included in string value", line, i - lineStart + 1,
                        false);
            }
            if (c == '\\') {
                char e = i + 1 < in.length() ? in.charAt(i + 1) : 0;
                int k = "\"\\/bfnrt".indexOf(e);
                if (k >= 0) {
                    s.append("\"\\/\b\f\n\r\t".charAt(k));
                    i += 2;
                } else if (e == 'u' && i + 6 <= in.length()) {
                    s.append((char) Integer.parseInt(in.substring(i + 2, i + 6), 16));
                    i += 6;
                } else {
                    throw new WireSyntaxException("Unrecognized character escape", line, i - lineStart + 1, false);
                }
            } else {
                s.append(c);
                i++;
            }
        }
        pos = i + 1;
        String raw = s.toString();
        if (!bytes) {
            return raw;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            // as Jackson, somewhere in the string: the binder finds the byte itself (Columns.malformed)
            throw new WireSyntaxException("Invalid UTF-8 start byte", line, tokenColumn + 1, false);
        }
    }

    private void skipWhiteSpace() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos += c == '\r' && pos + 1 < in.length() && in.charAt(pos + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void mark() {
        tokenLine = line;
        tokenColumn = pos - lineStart + 1;
        tokenStart = pos;
    }

    private WireSyntaxException unexpected(char c, String expected) {
        return new WireSyntaxException("Unexpected character ('" + c + "' (code " + (int) c + ")): " + expected
                + "\n at [Source: test]", line, tokenColumn, false);
    }

    private WireSyntaxException limit(String message) {
        return new WireSyntaxException(message, tokenLine, tokenColumn, false);
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public boolean nextNameIs(WireSchema.WireField field) throws IOException {
        return next() == Token.FIELD_NAME && name.equals(field.wireName);
    }

    @Override
    public String nextName() throws IOException {
        return next() == Token.FIELD_NAME ? name : null;
    }

    @Override
    public String currentName() {
        return name;
    }

    @Override
    public String text() {
        return text;
    }

    // the text sits at offset 3 of a larger buffer, as a parser's own buffer holds it
    @Override
    public char[] textCharacters() {
        return ("<<<" + text + ">>>").toCharArray();
    }

    @Override
    public int textOffset() {
        return 3;
    }

    @Override
    public int textLength() {
        return text.length();
    }

    @Override
    public int integerSize() {
        BigInteger v = new BigInteger(text);
        return v.bitLength() < 32 ? 0 : v.bitLength() < 64 ? 1 : 2;
    }

    @Override
    public int intValue() {
        return Integer.parseInt(text);
    }

    @Override
    public long longValue() {
        return Long.parseLong(text);
    }

    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public int tokenLine() {
        return tokenLine;
    }

    @Override
    public int tokenColumn() {
        return tokenColumn;
    }

    @Override
    public long tokenPosition() {
        offset = tokenStart;
        return TokenSource.pack(tokenLine, tokenColumn);
    }

    @Override
    public long tokenOffset() {
        return offset;
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
    public void skipChildren() throws IOException {
        if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                depth++;
            } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                depth--;
            }
        }
    }

    @Override
    public void close() {
        closed++;
    }
}
