package ${facade.package}.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import ${jackson.core}.JsonParser;
import ${jackson.core}.JsonToken;
import ${jackson.core}.StreamReadConstraints;
import ${jackson.core}.StreamReadFeature;
import ${jackson.core}.${jackson.location};
import ${jackson.core}.io.ContentReference;
import ${jackson.core}.io.SerializedString;

import org.offerrules.validation.spi.WideEncoding;
import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.ReadLimits;
import org.offerrules.validation.wire.Token;
import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.Utf8;
import org.offerrules.validation.wire.WireSchema;
import org.offerrules.validation.wire.WireSyntaxException;

/**
 * The shared binder's {@link TokenSource} over a ${jackson.name} {@link JsonParser}: tokens mapped by a
 * table, Jackson's exceptions translated by {@link #failure} into {@link WireSyntaxException} with their
 * position (what differs between the Jackson versions is in {@link Dialect}). Its {@link #SOURCES} make
 * the readers' parsers with the {@link ReadLimits}.
 */
public final class ParserSource implements TokenSource {

    private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
    /** This module's slot of {@link WireSchema.WireField#encoded}: one per Jackson version. */
    private static final int NAME_SLOT = ${jackson.nameSlot};

    static final TokenSources SOURCES = Dialect.sources();

    private final JsonParser p;
    /**
     * Whether names are matched in place ({@link #nextNameIs}); not under a mapper whose parser refuses
     * duplicate names: its in-place match refuses the second one with the parser right after the opening
     * quote, its reading of a name right after the closing one, and where the binder places the name's
     * quote depends on which (docs/decisions/jackson.md, a mapper that refuses duplicate keys).
     */
    private final boolean matchInPlace;
    private long offset;

    /** A source over {@code p}, which the deserializer reads from. */
    public ParserSource(JsonParser p) {
        this.p = p;
        this.matchInPlace = !p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** The {@link ReadLimits} as Jackson constraints; the document length too when {@code limitDocument}. */
    public static StreamReadConstraints constraints(boolean limitDocument) {
        StreamReadConstraints.Builder b = StreamReadConstraints.builder()
                .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
                .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
                .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                .maxNameLength(ReadLimits.MAX_NAME_LENGTH);
        if (limitDocument) {
            b.maxDocumentLength(ReadLimits.MAX_DOCUMENT_LENGTH);
        }
        return b.build();
    }

    /** How a module's document factory makes a parser of UTF-8 bytes. */
    interface BytesParser {
        JsonParser parser(byte[] json, int offset, int length) throws IOException;
    }

    /** How the same factory makes a parser of text. */
    interface TextParser {
        JsonParser parser(String json) throws IOException;
    }

    /**
     * A source over a parser of {@code json[offset, offset + length)}, made by {@code parse}: of those
     * bytes when they are well-formed UTF-8, else of a copy with a byte no UTF-8 parser takes (0xFF) at
     * the first malformed one. Jackson 2, and Jackson 3 before 3.3, decode overlong forms (C0 AF as
     * "/"), F5 lead bytes and code points past U+10FFFF, which the byte tokenizer and Jackson 3.3
     * reject: so every version reports such a document as not UTF-8 at that byte.
     */
    static ParserSource strictUtf8(byte[] json, int offset, int length, BytesParser parse, TextParser text)
            throws IOException {
        if (WideEncoding.guess(json, offset, offset + length) != null || length > 0 && json[offset] == 0) {
            // Jackson tells the encoding of bytes by their first four: a zero byte in the first two (the guess,
            // or 00 00 that is no mark), or FE FF or FF FE, and it reads UTF-16 or UTF-32, or fails with
            // "Unsupported UCS-4 endianness", no syntax error (a line of NDJSON was then an input that "cannot
            // be read", or an internal error). The bytes are UTF-8 here, broken at that start: the parser of
            // their text, which guesses nothing, says where
            return new ParserSource(text.parser(new String(json, offset, length, StandardCharsets.UTF_8)));
        }
        int malformed = Utf8.firstMalformed(json, offset, length);
        if (malformed < 0) {
            return new ParserSource(parse.parser(json, offset, length));
        }
        byte[] copy = java.util.Arrays.copyOfRange(json, offset, offset + length);
        copy[malformed - offset] = (byte) 0xFF;
        return new ParserSource(parse.parser(copy, 0, length));
    }

    /**
     * How to count the columns of a mapper's parser. A parser of text counts UTF-16 columns itself. Of
     * bytes, Jackson counts bytes; they can be converted only where the parser exposes its input, which
     * it does when the mapper's factory has {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} enabled
     * (off by default).
     */
    public Columns columns() {
        ContentReference source = p.currentTokenLocation().contentReference();
        return source == null ? Columns.CHARS : Columns.ofSource(source.getRawContent(), source.hasTextualContent(),
                source.contentOffset(), source.contentLength());
    }

    private static Object encode(String name) {
        SerializedString s = new SerializedString(name);
        s.asQuotedUTF8();
        return s;
    }

    /**
     * A parser of text's {@code message}, with how far right of the column it reported the character it
     * names is ({@code offset}).
     */
    record Reworded(String message, int offset) {
    }

    private static final java.util.regex.Pattern IN_NUMBER =
            java.util.regex.Pattern.compile("^Unexpected character \\((?:'.' |\\(CTRL-CHAR, )\\(?code (\\d+)(?: / 0x[0-9a-f]+)?\\)\\) in numeric value");

    /**
     * {@code message} of a parser of text as the byte parsers name and place the character it did not
     * expect, from the text the parser holds unread (read once: releasing it empties it). A character past
     * U+FFFF is named by its code point where the parser named its high surrogate
     * ({@link WireSyntaxException#codePointNamed}); its low surrogate is the next unread character. A
     * character in a number ("Unexpected character ('x' (code 120)) in numeric value: Decimal point not
     * followed by a digit") is reported one column before the unread text, which leads to it: the offset
     * counts to it (the byte parsers report its own column). Offset 0 when the unread text does not lead to
     * it (a parser of bytes holds no text), or for any other message.
     */
    static Reworded reworded(String message, JsonParser p) {
        boolean surrogate = WireSyntaxException.namesHighSurrogate(message);
        java.util.regex.Matcher number = message == null ? null : IN_NUMBER.matcher(message);
        boolean inNumber = number != null && number.find();
        if (!surrogate && !inNumber) {
            return new Reworded(message, 0);
        }
        java.io.StringWriter unread = new java.io.StringWriter();
        try {
            p.releaseBuffered(unread);
        } catch (Exception e) {
            return new Reworded(message, 0); // nothing held: named and placed as the parser did
        }
        StringBuffer text = unread.getBuffer();
        int i = 0;
        while (inNumber && i < text.length() && "0123456789+-.eE".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        // the low surrogate: after the high one in a number's unread text, else the first unread character
        int low = inNumber ? i + 1 : 0;
        String named = surrogate && low < text.length() ? WireSyntaxException.codePointNamed(message, text.charAt(low)) : message;
        int offset = inNumber && i < text.length() && text.charAt(i) == Integer.parseInt(number.group(1)) ? i + 1 : 0;
        return new Reworded(named, offset);
    }

    /** A Jackson exception as the JSON's {@link WireSyntaxException} or the input's own exception. */
    @Override
    public IOException failure(Exception e) {
        IOException translated = Dialect.failure(e, p);
        if (translated == null) {
            translated = TokenSource.super.failure(e);
        }
        if (translated instanceof java.io.CharConversionException notUtf32) {
            // bytes that Jackson took for UTF-32 (its guess from zero bytes at the start) and that hold no
            // code point: the document's fault, like bytes that are not UTF-8, not a failure of the input;
            // worded as "Invalid UTF-8 in the input" is, as Jackson 2 and 3 count the bytes differently
            return new WireSyntaxException("Invalid UTF-32 in the input", line(), column(), false);
        }
        return translated;
    }

    @Override
    public Token next() throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token current() {
        JsonToken t = p.currentToken();
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public boolean nextNameIs(WireSchema.WireField field) throws IOException {
        SerializedString name = (SerializedString) field.encoded(NAME_SLOT, ParserSource::encode);
        if (matchInPlace) {
            return p.${jackson.nextName}(name);
        }
        return name.getValue().equals(p.${jackson.nextName}());
    }

    @Override
    public String nextName() throws IOException {
        return p.${jackson.nextName}();
    }

    @Override
    public String currentName() throws IOException {
        return p.currentName();
    }

    @Override
    public String text() throws IOException {
        return p.getText();
    }

    @Override
    public char[] textCharacters() throws IOException {
        return p.getTextCharacters();
    }

    @Override
    public int textOffset() throws IOException {
        return p.getTextOffset();
    }

    @Override
    public int textLength() throws IOException {
        return p.getTextLength();
    }

    @Override
    public int integerSize() throws IOException {
        JsonParser.NumberType type = p.getNumberType();
        return type == JsonParser.NumberType.INT ? 0 : type == JsonParser.NumberType.LONG ? 1 : 2;
    }

    @Override
    public int intValue() throws IOException {
        return p.getIntValue();
    }

    @Override
    public long longValue() throws IOException {
        return p.getLongValue();
    }

    @Override
    public double doubleValue() throws IOException {
        return p.getDoubleValue();
    }

    @Override
    public long tokenPosition() {
        ${jackson.location} at = p.currentTokenLocation();
        offset = Math.max(at.getByteOffset(), at.getCharOffset());
        // a parser that counts no columns (Jackson 2's of a DataInput, whose lines are not the token's
        // either, or a tree's) gives no position rather than a wrong one
        return at.getColumnNr() < 1 ? 0L : TokenSource.pack(at.getLineNr(), at.getColumnNr());
    }

    @Override
    public long tokenOffset() {
        return offset;
    }

    @Override
    public int line() {
        return p.currentLocation().getLineNr();
    }

    @Override
    public int column() {
        return p.currentLocation().getColumnNr();
    }

    @Override
    public void skipChildren() throws IOException {
        p.skipChildren();
    }

    @Override
    public void close() throws IOException {
        try {
            p.close();
        } catch (RuntimeException e) { // Jackson 3's unchecked exceptions
            throw failure(e);
        }
    }
}
