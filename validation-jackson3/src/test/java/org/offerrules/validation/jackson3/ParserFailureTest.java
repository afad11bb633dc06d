package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.jackson3.parser.ParserSource;
import org.offerrules.validation.wire.ReadLimits;
import org.offerrules.validation.wire.Token;
import org.offerrules.validation.wire.WireSyntaxException;

/**
 * Jackson 3's unchecked exceptions pass through the source's methods and are translated once, by
 * {@link ParserSource#failure}, where the reader catches them.
 */
class ParserFailureTest {

    private static ParserSource source(String json) {
        JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json);
        return new ParserSource(p);
    }

    @Test
    void brokenJsonPassesThroughAndIsTranslatedOnce() throws IOException {
        ParserSource p = source("{\"id\": 41,]");
        p.next();
        p.next();
        p.next();
        JacksonException thrown = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class, p::next);
        assertThat(p.failure(thrown)).isInstanceOf(WireSyntaxException.class)
                .hasMessageStartingWith("Unexpected character (']' (code 93)): was expecting double-quote to start field name");
    }

    /**
     * What the parser throws after a number is thrown at the next call and translated once, where the
     * parser failed; a letter right after the number too (the binder drops what it said of the digits).
     */
    @Test
    void aFailureReadAfterANumberIsThrownAtTheNextCallAndTranslatedOnce() throws IOException {
        ParserSource p = source("{\"id\": 41 ]");
        p.next();
        p.next();
        assertThat(p.next()).isEqualTo(Token.VALUE_NUMBER_INT);
        assertThat(List.of(p.intValue(), p.text(), p.tokenColumn())).containsExactly(41, "41", 8);
        JacksonException thrown = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class, p::next);
        assertThat(p.failure(thrown)).isInstanceOf(WireSyntaxException.class).hasMessageStartingWith("Unexpected close marker ']'");

        ParserSource glued = source("{\"id\": 41x}");
        glued.next();
        glued.next();
        assertThat(glued.next()).isEqualTo(Token.VALUE_NUMBER_INT);
        JacksonException letter = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class, glued::next);
        assertThat(glued.failure(letter)).isInstanceOf(WireSyntaxException.class)
                .hasMessage("Unexpected character ('x' (code 120)): was expecting comma to separate Object entries");
    }

    @Test
    void theInputsOwnFailureComesBackAsItIs() {
        CharacterCodingException notUtf8 = new CharacterCodingException();
        assertThat(source("{}").failure(JacksonIOException.construct(notUtf8))).isSameAs(notUtf8);
    }

    @Test
    void anythingElseIsRethrown() {
        IOException io = new IOException("disk");
        assertThat(source("{}").failure(io)).isSameAs(io);
        IllegalStateException bug = new IllegalStateException("not the parser's");
        assertThatThrownBy(() -> source("{}").failure(bug)).isSameAs(bug);
    }

    /**
     * Jackson 3 checks the length of a byte array when it makes the parser, before the reader's
     * failure handling: a document past {@code ReadLimits.MAX_DOCUMENT_LENGTH} threw its
     * StreamConstraintsException out of {@code OfferReader.read(byte[])}. It is 6055 where the binder
     * finds it, as with Jackson 2 and with text.
     */
    @Test
    void aDocumentPastTheLengthLimitIsOneFindingAsWithJackson2() {
        String minimal = OfferWriter.toJson(Offers.minimal());
        int end = minimal.lastIndexOf('}');
        String json = minimal.substring(0, end) + ",\"geo_countries\":[" + "\"US\",".repeat(2_000_000) + "\"US\"]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("6055  1:" + (ReadLimits.MAX_DOCUMENT_LENGTH + 6)
                + " Invalid json data: Document length exceeds the maximum allowed (8388608, from the offer reader's limits)");
        // Jackson 2 from 2.23 checks a byte array's length when it makes the parser, as Jackson 3 does
        for (ReadResult result : List.of(OfferReader.builder().jackson(3).build().read(bytes),
                OfferReader.builder().jackson(3).build().read(json), OfferReader.builder().jackson(2).build().read(bytes),
                OfferReader.builder().jackson(2).build().read(json))) {
            assertThat(result.report().violations()).extracting(v -> v.codeNumber() + " " + v.pointer() + " " + v.line()
                    + ":" + v.column() + " " + v.message()).isEqualTo(expected);
        }
    }
}
