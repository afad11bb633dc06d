package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.CapInterval;
import org.offerrules.validation.model.CapType;
import org.offerrules.validation.model.Caps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Domain brief 1.8 through the linter: UTF-16 columns in every format, numbers as text, vendor statuses. */
class VendorConformanceCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    /** A bad ssl after text with characters of 2, 3 and 4 UTF-8 bytes (🎉 is two UTF-16 units). */
    private static final String LINE = MINIMAL.replace("\"name\":\"Summer Sale\"", "\"name\":\"Ünïcødé 🎉 日本語オファー\"")
            .replace("\"ssl\":1", "\"ssl\":7");
    private static final int SSL_COLUMN = LINE.indexOf("\"ssl\":7") + "\"ssl\":".length() + 1;

    @Test
    void theVendorsExamplesInOneFolderAreEachReadAsTheRequestTheirNameBegins(@TempDir Path dir) throws Exception {
        // the vendor's five examples, named as it names them, linted as a folder without --request
        for (String name : new String[] {"changeOfferApplicationStatus-example.json", "generateLink-example.query",
            "setConversionStatus-example.json", "setOfferAffiliateList-example.json"}) {
            Files.copy(Path.of("src/test/resources/requests", name), dir.resolve(name));
        }
        Files.copy(Path.of("../validation-jackson/src/test/resources/vendor/setOffer-v2-example.form"),
                dir.resolve("setOffer-v2-example.form"));

        Cli cli = Cli.run("--no-progress", "--format", "json", dir.toString());
        assertThat(cli.status()).isEqualTo(1);
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.at("/violations")).hasSize(1);
        assertThat(report.at("/violations/0/code").asInt()).isEqualTo(63993);
        assertThat(report.at("/violations/0/pointer").asText()).isEqualTo("/app_id");
        assertThat(report.at("/violations/0/file").asText()).endsWith("setOffer-v2-example.form");

        // --request given wins over the name: every file is then a setOffer body
        Cli given = Cli.run("--no-progress", "--request", "setOffer", dir.resolve("setConversionStatus-example.json").toString());
        assertThat(given.status()).isEqualTo(1);
        assertThat(given.out()).contains("error 6305 No Advertiser ID (/advertiser_id)");
    }

    @Test
    void aFileIsReadAsTheRequestItsNameBeginsWithWholeWordsOnly() {
        assertThat(RequestRules.ofFileName(Path.of("x/setOfferAffiliateList-example.json")).orElseThrow().method())
                .isEqualTo("setOfferAffiliateList");
        assertThat(RequestRules.ofFileName(Path.of("setOffer.form")).orElseThrow().method()).isEqualTo("setOffer");
        assertThat(RequestRules.ofFileName(Path.of("setOffers.json"))).isEmpty();
        assertThat(RequestRules.ofFileName(Path.of("offers.ndjson"))).isEmpty();
    }

    @Test
    void aColumnAfterNonAsciiTextIsItsUtf16ColumnInEveryFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offers.ndjson");
        Files.writeString(file, MINIMAL + "\n" + LINE + "\n", StandardCharsets.UTF_8);
        assertThat(LINE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LINE.length() + 19);

        Cli text = Cli.run("--no-progress", file.toString());
        assertThat(text.status()).isEqualTo(1);
        assertThat(text.out()).contains(file + ":2:" + SSL_COLUMN + ": error 6319 Invalid SSL (/ssl)");

        JsonNode json = JSON.readTree(Cli.run("--no-progress", "--format", "json", file.toString()).out());
        assertThat(json.at("/violations/0/line").asInt()).isEqualTo(2);
        assertThat(json.at("/violations/0/column").asInt()).isEqualTo(SSL_COLUMN);

        JsonNode sarif = JSON.readTree(Cli.run("--no-progress", "--format", "sarif", file.toString()).out());
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(SSL_COLUMN);
    }

    @Test
    void numbersAsTextAreValidUnlessTypesAreStrict(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offer.json");
        String quoted = MINIMAL.replace("\"advertiser_id\":12", "\"advertiser_id\":\"12\"");
        Files.writeString(file, quoted);

        Cli lenient = Cli.run("--no-progress", file.toString());
        assertThat(lenient.status()).isEqualTo(0);
        assertThat(lenient.out()).contains("valid                1");

        Cli strict = Cli.run("--no-progress", "--strict-types", file.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains(file + ":1:" + (quoted.indexOf("\"12\"") + 1)
                + ": error 6306 Invalid Advertiser ID (expected an integer, found a string) (/advertiser_id)");
    }

    @Test
    void aBudgetCapTakesDecimalsAConversionCapDoesNot(@TempDir Path dir) throws Exception {
        Caps budget = Caps.builder().hasCapLimit(1).capType(CapType.BUDGET).capOverallLimit(150.5)
                .capInterval(CapInterval.DAILY).capIntervalLimit(-1L).capAffiliateOverallLimit(-1L)
                .capAffiliateInterval(CapInterval.DAILY).capAffiliateIntervalLimit(-1L).build();
        String body = OfferForm.write(Offers.minimal().toBuilder().caps(budget).build());
        assertThat(body).contains("cap_type=Budget", "cap_overall_limit=150.5");
        Path file = dir.resolve("caps.form");
        Files.writeString(file, body + "\n" + body.replace("cap_type=Budget", "cap_type=Conversion") + "\n");

        Cli cli = Cli.run("--no-progress", file.toString());
        assertThat(cli.status()).isEqualTo(1);
        String second = body.replace("cap_type=Budget", "cap_type=Conversion");
        assertThat(cli.out().lines().filter(l -> l.startsWith(file.toString())).toList()).containsExactly(
                file + ":2:" + (second.indexOf("&cap_overall_limit=") + 2) + ": error 6340 Invalid Overall CAP (/cap_overall_limit)");
    }

    @Test
    void codesShowTheVendorsStatuses() throws Exception {
        JsonNode codes = JSON.readTree(Cli.run("codes", "--format", "json").out());
        java.util.Map<Integer, Integer> status = new java.util.TreeMap<>();
        for (JsonNode c : codes) {
            status.put(c.get("code").asInt(), c.get("httpStatus").asInt());
        }
        for (int code : new int[] {6011, 6012, 6022, 6023, 6404, 6414, 6421, 6602}) {
            assertThat(status).containsEntry(code, 400);
        }
        assertThat(status).containsEntry(6422, 404);
    }

    /** The vendor's generateLink example is a query string, the form encoding a read sends (brief 3.1). */
    @Test
    void aQueryFileIsReadAsAFormBodyInAFolderAndByName(@TempDir Path dir) throws Exception {
        // the repository's copy of ../shared/fixtures/vendor/generateLink-example.query (RequestsCliTest reads it too)
        Path vendor = Snippets.root().resolve("validation-cli/src/test/resources/requests/generateLink-example.query");
        Path file = dir.resolve("link.query");
        Files.copy(vendor, file);

        Cli byName = Cli.run("--no-progress", "--request", "generateLink", file.toString());
        assertThat(byName.status()).isEqualTo(0);
        assertThat(byName.out()).contains("valid                1");

        Path broken = dir.resolve("broken.QUERY");
        Files.writeString(broken, "a=0&o=12\n");
        Cli folder = Cli.run("--no-progress", "--request", "generateLink", dir.toString());
        assertThat(folder.status()).isEqualTo(1);
        assertThat(folder.out()).contains("files                2");
        assertThat(folder.out()).contains(broken + ":1:1: error 6402 Invalid Affiliate ID (/a)")
                .doesNotContain("6055");
    }
}
