package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code offer-lint --request NAME} for the requests added to cover the dictionary's offline codes (issue 14):
 * a valid body passes and a broken one fails with its code at its pointer, as JSON and as a form body.
 */
class CoveredCodesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("getConversions", "json", "{\"from\": 1717243100, \"to\": 1717243150}", ""),
                Arguments.of("getConversions", "form", "from=1717243100&to=1717243150", ""),
                Arguments.of("getConversions", "json", "{\"from\": 1717243100, \"to\": 1717243160}", "6480 /to"),
                Arguments.of("getConversions", "json", "{\"from\": 1717243100, \"to\": \"soon\"}", "6808 /to"),
                Arguments.of("getConversions", "form", "from=-1&to=1717243150", "6808 /from"),
                Arguments.of("getConversions", "form", "from=1717243100&to=x", "6808 /to"),
                Arguments.of("getOfferById", "json", "{\"id\": \"11,12\", \"countries\": \"US\"}", ""),
                Arguments.of("getOfferById", "form", "id=11%2C12&categories=6%2C7&backup_offer_id=3", ""),
                Arguments.of("getOfferById", "json", "{\"id\": \"11,x\"}", "6809 /id"),
                Arguments.of("getOfferById", "form", "id=11&geo_redirect_offer_id=0", "6605 /geo_redirect_offer_id"),
                Arguments.of("getOfferById", "form", "countries=US", "6601 /id"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> [{3}]")
    @MethodSource("bodies")
    void aBodyPassesOrFailsWithItsCodeAtItsPointer(String method, String format, String body, String expected)
            throws Exception {
        Cli cli = Cli.withStdin(body, "--no-progress", "--request", method, "--stdin-format", format,
                "--format", "json", "-");
        assertThat(cli.status()).as(cli.out() + cli.err())
                .isEqualTo(expected.isEmpty() ? OfferLint.OK : OfferLint.FINDINGS);
        JsonNode violations = JSON.readTree(cli.out()).get("violations");
        assertThat(violations).extracting(v -> v.get("code").asInt() + " " + v.get("pointer").asText())
                .containsExactlyElementsOf(expected.isEmpty() ? java.util.List.of() : java.util.List.of(expected));
    }
}
