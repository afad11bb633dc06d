package org.offerrules.validation.jackson3.parser;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;

import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.WireSyntaxException;

/**
 * What Jackson 3 does its own way under the shared {@link ParserSource}: parsers made with a read
 * context, names interned (Jackson 3 no longer does by default; the binder compares names by identity
 * first), and unchecked exceptions, which the reader catches where a read starts.
 */
final class Dialect {

    private Dialect() {
    }

    static TokenSources sources() {
        return new TokenSources() {
            private final JsonFactory document = factory(true);
            private final JsonFactory file = factory(false);

            @Override
            public TokenSource document(String json) {
                return new ParserSource(document.createParser(ObjectReadContext.empty(), json));
            }

            // the factory without Jackson's document limit: Jackson 3 (and Jackson 2 from 2.23) checks an
            // array's length when it makes the parser, where no reader catches it; the binder reports it
            private final ParserSource.BytesParser bytes =
                    (json, offset, length) -> file.createParser(ObjectReadContext.empty(), json, offset, length);

            private final ParserSource.TextParser text = json -> file.createParser(ObjectReadContext.empty(), json);

            @Override
            public TokenSource document(byte[] json, int offset, int length) throws IOException {
                return ParserSource.strictUtf8(json, offset, length, bytes, text);
            }

            @Override
            public TokenSource file(Reader text) {
                return new ParserSource(file.createParser(ObjectReadContext.empty(), text));
            }
        };
    }

    private static JsonFactory factory(boolean limitDocument) {
        return JsonFactory.builder().streamReadConstraints(ParserSource.constraints(limitDocument))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
    }


    /**
     * A {@link JacksonIOException} gives back the input's own {@link IOException} (a file that is not
     * UTF-8 must reach the reader as such), any other {@link JacksonException} is the JSON's, at its
     * position; {@code null} for what is not Jackson's.
     */
    static IOException failure(Exception x, JsonParser p) {
        if (!(x instanceof JacksonException e)) {
            return null;
        }
        if (e instanceof JacksonIOException io && io.getCause() != null) {
            return io.getCause();
        }
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentLocation();
        }
        ParserSource.Reworded reworded = ParserSource.reworded(jackson2Words(e.getOriginalMessage(), p), p);
        String message = reworded.message();
        // as the Jackson 2 module tells it: an end-of-input message is an input that ended early
        boolean endedEarly = e instanceof UnexpectedEndOfInputException
                || (message != null && message.startsWith("Unexpected end-of-input"));
        TokenStreamLocation now = p.currentLocation();
        int column = WireSyntaxException.tokenStart(message, at.getColumnNr(), now.getColumnNr(), now.getByteOffset() >= 0)
                + reworded.offset();
        return new WireSyntaxException(message == null ? e.getClass().getSimpleName() : message,
                at.getLineNr(), column, endedEarly);
    }

    /**
     * Jackson 3 renamed JSON's "field names" "property names", in its messages too (and a duplicate
     * name, which a mapper's parser refuses with STRICT_DUPLICATE_DETECTION, an "Object property"), names no place
     * for an unclosed object's start, and calls an {@code x} after a {@code 0} a hexadecimal number
     * that a feature would allow: the reports say what the Jackson 2 module says, so that both modules
     * give the same answers.
     */
    private static String jackson2Words(String message, JsonParser p) {
        if (message == null) {
            return null;
        }
        // a mapper's STRICT_DUPLICATE_DETECTION: Jackson 2 says "Duplicate field 'x'"
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches()) {
            return "Duplicate field '" + duplicate.group(1) + "'";
        }
        String words = message.replace("property name", "field name");
        TokenStreamContext open = p.streamReadContext();
        if (words.endsWith(UNKNOWN_START) && open != null) {
            // where the object or array that did not close started: Jackson 3 names no place when its
            // parser keeps no copy of the input, Jackson 2 the line and column its context holds
            TokenStreamLocation start = open.startLocation(ContentReference.unknown());
            words = words.substring(0, words.length() - UNKNOWN_START.length()) + "line: " + start.getLineNr()
                    + ", column: " + start.getColumnNr() + "])";
        }
        if (words.endsWith(HEXADECIMAL) && open != null) {
            // Jackson 2 says what it expected after the 0, as for any other character there
            words = words.substring(0, words.length() - HEXADECIMAL.length()) + (open.inRoot()
                    ? "Expected space separating root-level values"
                    : "was expecting comma to separate " + (open.inArray() ? "Array" : "Object") + " entries");
        }
        return words;
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
    private static final String UNKNOWN_START = "byte offset: #UNKNOWN])";
    private static final String HEXADECIMAL = "hexadecimal number literals require enabling "
            + "`JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`";
}
