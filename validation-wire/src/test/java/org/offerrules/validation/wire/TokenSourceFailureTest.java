package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

import org.junit.jupiter.api.Test;

/** A reader's one translation of what a source threw: the syntax error kept, anything else rethrown as it is. */
class TokenSourceFailureTest {

    private static TokenSource source() throws IOException {
        return TestJson.SOURCES.document("{\"id\": 41}");
    }

    @Test
    void aSyntaxErrorIsTheReadersToReport() throws IOException {
        WireSyntaxException broken = new WireSyntaxException("Unexpected character ('x')", 3, 7, false);
        assertThat(WireSyntaxException.of(source(), broken)).isSameAs(broken);
    }

    @Test
    void aFailureOfTheInputIsRethrownAsItIs() throws IOException {
        TokenSource p = source();
        CharacterCodingException notUtf8 = new CharacterCodingException();
        assertThatThrownBy(() -> WireSyntaxException.of(p, notUtf8)).isSameAs(notUtf8);
        IllegalStateException bug = new IllegalStateException("not the parser's");
        assertThatThrownBy(() -> WireSyntaxException.of(p, bug)).isSameAs(bug);
    }

    @Test
    void aBrokenDocumentIsCaughtWhereTheReadStarts() throws IOException {
        TokenSource p = TestJson.SOURCES.document("{\"id\": nope}");
        assertThat(p.next()).isEqualTo(Token.START_OBJECT);
        Bound bound = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, false);
        assertThat(bound.broken()).isTrue();
        assertThat(bound.violations()).extracting(v -> v.codeNumber() + "@" + v.line() + ":" + v.column())
                .containsExactly("6055@1:8");
    }
}
