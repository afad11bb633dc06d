package org.offerrules.validation.jackson3.parser;

import java.io.IOException;
import java.io.Reader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.ReadLimits;
import org.offerrules.validation.wire.Token;
import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.WireSchema;
import org.offerrules.validation.wire.WireSyntaxException;

/**
 * The shared binder's {@link TokenSource} over a Jackson 3 {@link JsonParser}. Jackson 3 throws
 * unchecked exceptions, which its methods let through and {@link #failure} translates: a
 * {@link JacksonIOException} gives back the input's own {@link IOException} (a file that is not UTF-8
 * must reach the reader as such), any other becomes a {@link WireSyntaxException} at its position.
 * Its {@link #SOURCES} make the readers' parsers with the {@link ReadLimits}, names interned
 * (Jackson 3 no longer does by default; the binder compares names by identity first).
 */
public final class ParserSource implements TokenSource {

    private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
    /** This module's slot of {@link WireSchema.WireField#encoded}; the Jackson 2 module has 0. */
    private static final int NAME_SLOT = 1;

    static final TokenSources SOURCES = new TokenSources() {
        private final JsonFactory document = factory(true);
        private final JsonFactory file = factory(false);

        @Override
        public TokenSource document(String json) {
            return new ParserSource(document.createParser(ObjectReadContext.empty(), json));
        }

        @Override
        public TokenSource document(byte[] json, int offset, int length) {
            return new ParserSource(document.createParser(ObjectReadContext.empty(), json, offset, length));
        }

        @Override
        public TokenSource file(Reader text) {
            return new ParserSource(file.createParser(ObjectReadContext.empty(), text));
        }
    };

    private final JsonParser p;
    private long offset;

    /** A source over {@code p}, which the deserializer reads from. */
    public ParserSource(JsonParser p) {
        this.p = p;
    }

    /** The {@link ReadLimits} as Jackson 3 constraints; the document length too when {@code limitDocument}. */
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
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
    }

    /**
     * How to count the columns of a mapper's parser. A parser of text counts UTF-16 columns itself. Of
     * bytes, Jackson counts bytes; they can be converted only where the parser exposes its input, which
     * it does when the mapper's factory has {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} enabled (off by default).
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
     * Jackson 3 throws unchecked exceptions, which the reader catches where a read starts: a
     * {@link JacksonIOException} gives back the input's own exception, any other {@link JacksonException}
     * is the JSON's.
     */
    @Override
    public IOException failure(Exception x) {
        if (!(x instanceof JacksonException e)) {
            return TokenSource.super.failure(x);
        }
        if (e instanceof JacksonIOException io && io.getCause() != null) {
            return io.getCause();
        }
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentLocation();
        }
        String message = jackson2Words(e.getOriginalMessage());
        // as the Jackson 2 module tells it: an end-of-input message is an input that ended early
        boolean endedEarly = e instanceof UnexpectedEndOfInputException
                || (message != null && message.startsWith("Unexpected end-of-input"));
        TokenStreamLocation now = p.currentLocation();
        int column = WireSyntaxException.tokenStart(message, at.getColumnNr(), now.getColumnNr(), now.getByteOffset() >= 0);
        return new WireSyntaxException(message == null ? e.getClass().getSimpleName() : message,
                at.getLineNr(), column, endedEarly);
    }

    /**
     * Jackson 3 renamed JSON's "field names" "property names", in its messages too; the reports say
     * what the Jackson 2 module says, so that both modules give the same answers.
     */
    private static String jackson2Words(String message) {
        return message == null ? null : message.replace("property name", "field name");
    }

    @Override
    public Token next() {
        JsonToken t = p.nextToken();
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token current() {
        JsonToken t = p.currentToken();
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public boolean nextNameIs(WireSchema.WireField field) {
        return p.nextName((SerializedString) field.encoded(NAME_SLOT, ParserSource::encode));
    }

    @Override
    public String nextName() {
        return p.nextName();
    }

    @Override
    public String currentName() {
        return p.currentName();
    }

    @Override
    public String text() {
        return p.getText();
    }

    @Override
    public char[] textCharacters() {
        return p.getTextCharacters();
    }

    @Override
    public int textOffset() {
        return p.getTextOffset();
    }

    @Override
    public int textLength() {
        return p.getTextLength();
    }

    @Override
    public int integerSize() {
        JsonParser.NumberType type = p.getNumberType();
        return type == JsonParser.NumberType.INT ? 0 : type == JsonParser.NumberType.LONG ? 1 : 2;
    }

    @Override
    public int intValue() {
        return p.getIntValue();
    }

    @Override
    public long longValue() {
        return p.getLongValue();
    }

    @Override
    public double doubleValue() {
        return p.getDoubleValue();
    }

    @Override
    public long tokenPosition() {
        TokenStreamLocation at = p.currentTokenLocation();
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
    public void skipChildren() {
        p.skipChildren();
    }

    @Override
    public void close() throws IOException {
        try {
            p.close();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }
}
