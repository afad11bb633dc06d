package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
                Arguments.of("getOfferById", "form", "countries=US", "6601 /id"),
                Arguments.of("getOffers", "json", "{\"page\": 1, \"orderBy\": \"payout\"}", ""),
                Arguments.of("getOffers", "form", "page=1&orderBy=Payouts", "6443 /orderBy"),
                Arguments.of("setOfferEventBaseInfo", "json", "{\"offer_id\": 12, \"event_name\": \"Click\", "
                        + "\"pre_event_id\": -1, \"revenue_type\": \"RPA\", \"revenue\": 2, \"payout_type\": \"CPA\", "
                        + "\"payout\": 1}", ""),
                Arguments.of("setOfferEventBaseInfo", "form", "offer_id=12&event_name=Click&status=1&pre_event_id=-1"
                        + "&revenue_type=RPA&revenue=2&payout_type=CPA%20%2B%20CPS&payout=1&payout_percent=5", ""),
                Arguments.of("setOfferEventBaseInfo", "form", "offer_id=12&event_name=Click&status=1&pre_event_id=-1"
                        + "&is_private=1&revenue_type=RPA&revenue=2&payout_type=CPA&payout=1", "6810 /is_private"),
                Arguments.of("setOfferEventBaseInfo", "json", "{\"event_name\": \"Click\", \"status\": 1, "
                        + "\"pre_event_id\": -1, \"revenue_type\": \"RPA\", \"revenue\": 2, \"payout_type\": \"CPA\", "
                        + "\"payout\": 1}", "6704 /offer_id"),
                Arguments.of("setOfferEventBaseInfo", "form", "offer_id=12&event_name=Click&pre_event_id=-1"
                        + "&revenue_type=RPA&revenue=2&payout_type=CPX&payout=1", "6720 /payout_type"),
                Arguments.of("getOfferApplicationList", "form", "status=Blocked", ""),
                Arguments.of("getOfferApplicationList", "json", "{\"status\": \"blocked\"}", ""),
                Arguments.of("getOfferApplicationList", "json", "{\"status\": \"Block\"}", "6805 /status"),
                Arguments.of("setOfferSpecialPayouts", "form",
                        "id=12&special_payouts=%5B%7B%22affiliate_id%22%3A21%7D%5D", ""),
                Arguments.of("setOfferSpecialPayouts", "form", "id=12&special_payouts=%5B21", "6811 /special_payouts"),
                Arguments.of("setOfferSpecialPayouts", "json", "{\"id\": 12, \"special_payouts\": \"[21]\"}",
                        "6813 /special_payouts"),
                Arguments.of("setAdvertiser", "form",
                        "email=ops%40example.com&status=Active&company=Acme&first_name=Ada&am_id=0", "6107 /am_id"),
                Arguments.of("getOfferReport", "json", "{\"from\": \"2024/01/01 24\", \"to\": \"2024/01/02\", "
                        + "\"timezone\": 0, \"page\": 1}", "6807 /from"));
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
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }
}
