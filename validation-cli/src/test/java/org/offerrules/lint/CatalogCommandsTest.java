package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;

class CatalogCommandsTest {

    @Test
    void codesAsJsonListsTheWholeCatalogWithTheContractFields() throws Exception {
        Cli cli = Cli.run("codes", "--format", "json");

        assertThat(cli.status()).isZero();
        List<Map<String, Object>> codes = new ObjectMapper().readValue(cli.out(), new TypeReference<>() {
        });
        assertThat(codes).hasSize(ErrorCode.all().size());
        assertThat(codes.get(0).keySet()).containsExactly("code", "message", "family", "httpStatus", "action", "check", "requests");
        assertThat(codes).anySatisfy(c -> assertThat(c).containsEntry("code", 6041).containsEntry("httpStatus", 429)
                .containsEntry("action", "throttle").containsEntry("check", "server"));
        assertThat(codes).anySatisfy(c -> assertThat(c).containsEntry("code", 6399).containsEntry("family", "offer")
                .containsEntry("check", "offline"));
        assertThat(codes).extracting(c -> c.get("check")).containsOnly("offline", "lookup", "server", "transport");
    }

    @Test
    void codesAsJsonNamesTheRequestsOfEveryOfflineCodeAndOfNoTransportOrServerCodeButTheBatchs() throws Exception {
        List<Map<String, Object>> codes = new ObjectMapper().readValue(Cli.run("codes", "--format", "json").out(),
                new TypeReference<>() {
                });
        for (Map<String, Object> code : codes) {
            List<?> requests = (List<?>) code.get("requests");
            switch ((String) code.get("check")) {
                case "offline" -> assertThat(requests).as(code.toString()).isNotEmpty();
                // a server code the run's check against itself reports (6006) names the requests it checks
                case "server", "transport" -> assertThat(requests.isEmpty()).as(code.toString())
                        .isEqualTo(!org.offerrules.validation.BatchCheck.codes().contains((Integer) code.get("code")));
                default -> assertThat(code.get("check")).isEqualTo("lookup");
            }
        }
        assertThat(codes).filteredOn(c -> c.get("code").equals(6480)).singleElement()
                .satisfies(c -> assertThat(c.get("requests")).isEqualTo(List.of("getConversions")));
        assertThat(codes).filteredOn(c -> c.get("code").equals(6443)).singleElement()
                .satisfies(c -> assertThat(c.get("requests")).isEqualTo(List.of("getOffers")));
        assertThat(codes).filteredOn(c -> c.get("code").equals(6006)).singleElement()
                .satisfies(c -> assertThat(c.get("requests")).isEqualTo(List.of("setOffer", "setAdvertiser",
                        "setAffiliateBaseInfo", "setAffiliatePostback")));
        assertThat(codes).filteredOn(c -> c.get("code").equals(6033)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("check", "transport"));
        assertThat(Cli.run("explain", "6033").out()).contains("checked:       by the HTTP call (path, method, keys)");
    }

    @Test
    void theHelpOfRequestNamesEveryRequest() {
        String help = Cli.run("--help").out().replaceAll("\\s+", " ");
        java.util.List<String> methods = java.util.Arrays.stream(Request.values()).map(Request::method).toList();
        assertThat(help).contains("by method name (default: the one a file's name begins with, else setOffer): " + String.join(", ", methods) + ".");
        assertThat(methods).contains("setOffer", "setAdvertiser", "setOfferSpecialPayouts");
    }

    /** Codes and statuses in ASCII digits, whatever the machine's language (Arabic-Indic digits in ar-SA). */
    @Test
    void codesAndExplainPrintAsciiDigitsInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-SA"));
        try {
            assertThat(Cli.run("codes").out())
                    .contains("6357   offer       400  fix_request      offline   Invalid GEO Country: {country}");
            assertThat(Cli.run("explain", "6340").out()).startsWith("6340  ").contains("HTTP status:   400 ");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void codesAsTextIsATable() {
        Cli cli = Cli.run("codes");
        assertThat(cli.status()).isZero();
        assertThat(cli.out().lines()).hasSize(ErrorCode.all().size() + 1);
        assertThat(cli.out()).contains("6357   offer       400  fix_request      offline   Invalid GEO Country: {country}");
    }

    @Test
    void explainGivesMeaningFamilyStatusActionAndTheRule() {
        Cli cli = Cli.run("explain", "6340");
        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .contains("6340  Invalid Overall CAP")
                .contains("family:        offer")
                .contains("HTTP status:   400")
                .contains("client action: fix request")
                .contains("/cap_overall_limit")
                .contains("must be greater than 0, or -1 for unlimited")
                .contains("fails with 6340 at `/cap_overall_limit`")
                .contains("    {\"cap_overall_limit\": 0}")
                .contains("passes")
                .contains("    {\"cap_overall_limit\": 1000}");
        assertThat(Cli.run("explain", "6111").out()).doesNotContain("fails with"); // another API request: no example

        Cli throttle = Cli.run("explain", "6041");
        assertThat(throttle.out()).contains("HTTP status:   429").contains("client action: throttle")
                .contains("retryable:     yes");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run().status()).isEqualTo(2);
        assertThat(Cli.run("explain", "1").status()).isEqualTo(2);
        assertThat(Cli.run("explain", "abc").status()).isEqualTo(2);
        assertThat(Cli.run("--format", "xml", "x.json").status()).isEqualTo(2);
        assertThat(Cli.run("--threads", "0", "x.json").status()).isEqualTo(2);
        Cli missing = Cli.run("--no-progress", "does/not/exist.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("does/not/exist.json: no such file or folder");
    }
}
