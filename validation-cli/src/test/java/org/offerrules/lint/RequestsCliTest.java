package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerrules.validation.guide.Snippets;

/** {@code offer-lint --request NAME}: the requests other than setOffer, in every output format. */
class RequestsCliTest {

    private static final Path VENDOR = Snippets.root().resolve("validation-cli/src/test/resources/requests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAdvertiserWithABrokenEmailIs6112AtEmail(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("advertiser.json");
        Files.writeString(file, "{\"email\":\"x@\",\"status\":\"Active\",\"company\":\"A\",\"first_name\":\"B\"}");
        Cli cli = Cli.run("--no-progress", "--request", "setAdvertiser", "--format", "json", file.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(OfferLint.FINDINGS);
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.get("violations")).extracting(v -> v.get("code").asInt() + " " + v.get("pointer").asText())
                .containsExactly("6112 /email");
    }

    @Test
    void theVendorsApplicationExampleIsValidAndApprovedIs6803(@TempDir Path dir) throws Exception {
        Cli valid = Cli.run("--no-progress", "--request", "changeOfferApplicationStatus",
                VENDOR.resolve("changeOfferApplicationStatus-example.json").toString());
        assertThat(valid.status()).as(valid.out() + valid.err()).isEqualTo(OfferLint.OK);

        Path file = dir.resolve("application.json");
        Files.writeString(file, "{\"id\":12,\"action\":\"approved\"}");
        for (String format : List.of("text", "json", "sarif")) {
            Cli cli = Cli.run("--no-progress", "--request", "changeOfferApplicationStatus", "--format", format,
                    file.toString());
            assertThat(cli.status()).as(format).isEqualTo(OfferLint.FINDINGS);
            assertThat(cli.out()).as(format).contains("6803").contains("/action");
        }
        JsonNode sarif = JSON.readTree(Cli.run("--no-progress", "--request", "changeOfferApplicationStatus",
                "--format", "sarif", file.toString()).out());
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("6803");
    }

    @ParameterizedTest
    @ValueSource(strings = {"setConversionStatus", "setOfferAffiliateList"})
    void theVendorsOtherJsonExamplesAreValid(String request) {
        Cli cli = Cli.run("--no-progress", "--request", request, VENDOR.resolve(request + "-example.json").toString());
        assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(OfferLint.OK);
    }

    @Test
    void theVendorsLinkQueryIsValidAsAFormBody() throws Exception {
        String query = Files.readString(VENDOR.resolve("generateLink-example.query"));
        Cli cli = Cli.withStdin(query, "--no-progress", "--request", "generateLink", "--stdin-format", "form", "-");
        assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(OfferLint.OK);
        Cli broken = Cli.withStdin("a=0&o=12", "--no-progress", "--request", "generateLink", "--stdin-format", "form",
                "--format", "json", "-");
        assertThat(JSON.readTree(broken.out()).get("violations")).extracting(v -> v.get("code").asInt() + " "
                + v.get("pointer").asText()).containsExactly("6402 /a");
    }

    @Test
    void aReportEndingBeforeItStartsIs6504AtToAndACurrencyOutOfRangeIs6910(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"from\":\"2024/02/01\",\"to\":\"2024/01/31\",\"timezone\":0,\"page\":1,"
                + "\"currency\":69}");
        for (String request : List.of("getOfferReport", "getConversionReport")) {
            Cli cli = Cli.run("--no-progress", "--request", request, "--format", "json", file.toString());
            assertThat(cli.status()).as(cli.err()).isEqualTo(OfferLint.FINDINGS);
            assertThat(JSON.readTree(cli.out()).get("violations")).extracting(v -> v.get("code").asInt() + " "
                    + v.get("pointer").asText() + " " + v.get("message").asText()).containsExactlyInAnyOrder(
                    "6504 /to Invalid Time Period", "6910 /currency Please enter a number between 1 and 68 for currency");
        }
    }

    @Test
    void anUnknownRequestIsAUsageError() {
        Cli cli = Cli.run("--request", "setAffiliate", "x.json");
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).contains("setAdvertiser");
    }

    @Test
    void codesShowTheRequestsEachCodeBelongsTo() throws Exception {
        List<Map<String, Object>> codes = JSON.readValue(Cli.run("codes", "--format", "json").out(), new TypeReference<>() {
        });
        assertThat(codes).anySatisfy(c -> assertThat(c).containsEntry("code", 6112)
                .containsEntry("requests", List.of("setAdvertiser")));
        assertThat(codes).anySatisfy(c -> assertThat(c).containsEntry("code", 6301)
                .containsEntry("requests", List.of("setOffer", "setOfferAffiliateList", "getOfferById",
                        "setOfferSpecialPayouts")));
        assertThat(codes).anySatisfy(c -> assertThat(c).containsEntry("code", 6806).containsEntry("requests", List.of()));
        Cli explain = Cli.run("explain", "6803");
        assertThat(explain.out()).contains("requests:      changeOfferApplicationStatus")
                .contains("changeOfferApplicationStatus /action");
    }
}
