package org.offerrules.validation.jackson.parser;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.SerializedString;

import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.ReadLimits;
import org.offerrules.validation.wire.Token;
import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.WireSchema;
import org.offerrules.validation.wire.WireSyntaxException;

/**
 * The shared binder's {@link TokenSource} over a Jackson 2 {@link JsonParser}: tokens mapped by a
 * table, Jackson's exceptions translated by {@link #failure} into {@link WireSyntaxException} with their
 * position.
 * Its {@link #SOURCES} make the readers' parsers with the {@link ReadLimits}.
 */
public final class ParserSource implements TokenSource {

    private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
    /** This module's slot of {@link WireSchema.WireField#encoded}. */
    private static final int NAME_SLOT = 0;

    static final TokenSources SOURCES = new TokenSources() {
        private final JsonFactory document = factory(true);
        private final JsonFactory file = factory(false);

        @Override
        public TokenSource document(String json) throws IOException {
            return new ParserSource(document.createParser(json));
        }

        @Override
        public TokenSource document(byte[] json, int offset, int length) throws IOException {
            return new ParserSource(document.createParser(json, offset, length));
        }

        @Override
        public TokenSource file(Reader text) throws IOException {
            return new ParserSource(file.createParser(text));
        }
    };

    private final JsonParser p;
    private long offset;

    /** A source over {@code p}, which the deserializer reads from. */
    public ParserSource(JsonParser p) {
        this.p = p;
    }

    /** The {@link ReadLimits} as Jackson 2 constraints; the document length too when {@code limitDocument}. */
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

    private static JsonFactory factory(boolean limitDocument) {
        return JsonFactory.builder().streamReadConstraints(constraints(limitDocument))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    }

    /**
     * How to count the columns of a mapper's parser. A parser of text counts UTF-16 columns itself. Of
     * bytes, Jackson counts bytes; they can be converted only where the parser exposes its input, which
     * it does when the mapper's factory has {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} enabled (off by default since Jackson 2.16).
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

    /** Jackson 2's checked exceptions: a {@link JsonProcessingException} is the JSON's, any other the input's. */
    @Override
    public IOException failure(Exception e) {
        return e instanceof JsonProcessingException j ? syntax(j) : TokenSource.super.failure(e);
    }

    private WireSyntaxException syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentLocation();
        }
        String message = e.getOriginalMessage();
        JsonLocation now = p.currentLocation();
        int column = WireSyntaxException.tokenStart(message, at.getColumnNr(), now.getColumnNr(), now.getByteOffset() >= 0);
        if (message != null && message.startsWith("Illegal character (") && column > 1) {
            column--; // Jackson 2 places it after the character, Jackson 3 (and its "Unexpected character") at it
        }
        return new WireSyntaxException(message == null ? e.getClass().getSimpleName() : message,
                at.getLineNr(), column, endedEarly(e));
    }

    /**
     * Whether the input ended inside the document. Jackson throws {@link JsonEOFException} for most
     * such ends, but a plain parse exception "Unexpected end-of-input within/between Object entries"
     * when the input ends after a comma ({@code {"id": 41,} and a new line): a pretty-printed
     * document's first line, which must not be taken for a broken NDJSON line.
     */
    private static boolean endedEarly(JsonProcessingException e) {
        return e instanceof JsonEOFException
                || (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
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
        return p.nextFieldName((SerializedString) field.encoded(NAME_SLOT, ParserSource::encode));
    }

    @Override
    public String nextName() throws IOException {
        return p.nextFieldName();
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
        JsonLocation at = p.currentTokenLocation();
        offset = Math.max(at.getByteOffset(), at.getCharOffset());
        return TokenSource.pack(at.getLineNr(), at.getColumnNr());
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
        p.close();
    }
}
