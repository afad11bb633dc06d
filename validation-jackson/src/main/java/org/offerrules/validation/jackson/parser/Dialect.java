package org.offerrules.validation.jackson.parser;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;

import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.WireSyntaxException;

/** What Jackson 2 does its own way under the shared {@link ParserSource}: parsers and checked exceptions. */
final class Dialect {

    private Dialect() {
    }

    static TokenSources sources() {
        return new TokenSources() {
            private final JsonFactory document = factory(true);
            private final JsonFactory file = factory(false);

            @Override
            public TokenSource document(String json) throws IOException {
                return new ParserSource(document.createParser(json));
            }

            // the factory without Jackson's document limit: Jackson 2.23, as Jackson 3, checks an array's
            // length when it makes the parser, where no reader catches it; the binder reports it
            private final ParserSource.BytesParser bytes = file::createParser;
            private final ParserSource.TextParser text = file::createParser;

            @Override
            public TokenSource document(byte[] json, int offset, int length) throws IOException {
                return ParserSource.strictUtf8(json, offset, length, bytes, text);
            }

            @Override
            public TokenSource file(Reader text) throws IOException {
                return new ParserSource(file.createParser(text));
            }
        };
    }

    private static JsonFactory factory(boolean limitDocument) {
        return JsonFactory.builder().streamReadConstraints(ParserSource.constraints(limitDocument))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    }


    /**
     * Jackson 2's checked exceptions: a {@link JsonProcessingException} is the JSON's, at its position;
     * {@code null} for any other, which is the input's.
     */
    static IOException failure(Exception x, JsonParser p) {
        if (!(x instanceof JsonProcessingException e)) {
            return null;
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentLocation();
        }
        ParserSource.Reworded reworded = ParserSource.reworded(e.getOriginalMessage(), p);
        String message = reworded.message();
        JsonLocation now = p.currentLocation();
        int column = WireSyntaxException.tokenStart(message, at.getColumnNr(), now.getColumnNr(), now.getByteOffset() >= 0)
                + reworded.offset();
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
}
