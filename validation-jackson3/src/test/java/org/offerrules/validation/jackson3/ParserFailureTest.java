package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.jackson3.parser.ParserSource;
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
}
