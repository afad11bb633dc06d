package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The parameters of a kept form body, for code beside the starter that asks for them: decoded in the
 * charset the body is read in, in body order, never failing (FormBodyTomcatTest: on a real Tomcat).
 */
class FormBodyFilterTest {

    @Test
    void theParametersAreDecodedInTheCharsetInBodyOrder() {
        assertThat(parse("a=1&&b=%C3%A9+x&c&a=2&=v&", StandardCharsets.UTF_8)).containsExactly(
                Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("\u00e9 x")), Map.entry("c", List.of("")),
                Map.entry("", List.of("v")));
        assertThat(parse("b=%E9", StandardCharsets.ISO_8859_1)).containsExactly(Map.entry("b", List.of("\u00e9")));
    }

    /** A broken escape is kept as it was sent: the starter reports it on its field; nothing is lost or thrown. */
    @Test
    void aBrokenEscapeIsKeptAsSent() {
        assertThat(parse("name=%ZZ&%G=1&x=%4", StandardCharsets.UTF_8)).containsExactly(
                Map.entry("name", List.of("%ZZ")), Map.entry("%G", List.of("1")), Map.entry("x", List.of("%4")));
    }

    /**
     * Bytes that are not the charset, raw or escaped, keep the name or value as sent, each byte above 0x7F
     * as its escape: never a replacement character, which would lose what was sent.
     */
    @Test
    void bytesNotInTheCharsetAreKeptAsSent() {
        assertThat(parse("a=Caf%E9&b=Caf\u00e9+x&c=%E2%82%AC", StandardCharsets.UTF_8)).containsExactly(
                Map.entry("a", List.of("Caf%E9")), Map.entry("b", List.of("Caf%E9+x")), Map.entry("c", List.of("\u20ac")));
        assertThat(parse("a=%81&b=%80", Charset.forName("windows-1252"))).containsExactly(
                Map.entry("a", List.of("%81")), Map.entry("b", List.of("\u20ac")));
        assertThat(parse("a=%ZZ\u00e9", StandardCharsets.UTF_8)).containsExactly(Map.entry("a", List.of("%ZZ%E9")));
    }

    private static Map<String, List<String>> parse(String body, Charset charset) {
        Map<String, List<String>> into = new LinkedHashMap<>();
        FormBodyFilter.parse(body, charset, into);
        return into;
    }
}
