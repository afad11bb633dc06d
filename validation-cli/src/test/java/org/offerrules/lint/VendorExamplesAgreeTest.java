package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.guide.Snippets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vendor's five examples (domain brief 1.7 and 1.8, {@code ../shared/fixtures/vendor}, copied byte for byte into
 * the tests' resources) give the same answer through every way a user reads them: the Java API
 * ({@code OfferReader}, parsing with Jackson 2 and with Jackson 3), both Jackson modules ({@code ObjectMapper},
 * {@code JsonMapper}: JSON only, so a form example is handed to them as the JSON of the request it reads as) and
 * offer-lint, the file named as the vendor names it. Each example is also read with one value broken, so that a way
 * in that skipped the rules would not agree by saying nothing.
 */
class VendorExamplesAgreeTest {

    private static final Path ROOT = Snippets.root();
    private static final ObjectMapper JACKSON2 = new ObjectMapper()
            .registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
    private static final JsonMapper JACKSON3 = JsonMapper.builder()
            .addModule(new org.offerrules.validation.jackson3.OfferRulesModule()).build();

    /**
     * One example: its copy in the repository, the request its name begins with, what it reads as (each finding as
     * {@code code pointer line:column}), and the same with {@code from} replaced by {@code to}.
     */
    record Example(String file, String method, List<String> found, String from, String to, List<String> broken) {
        Path path() {
            return ROOT.resolve(file);
        }

        String name() {
            return path().getFileName().toString();
        }

        boolean form() {
            return !name().endsWith(".json");
        }

        Class<? extends Record> type() {
            return Request.ofMethod(method).orElseThrow().type();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static List<Example> examples() {
        String requests = "validation-cli/src/test/resources/requests/";
        return List.of(
                new Example(requests + "changeOfferApplicationStatus-example.json", "changeOfferApplicationStatus",
                        List.of(), "\"approve\"", "\"approved\"", List.of("6803 /action 1:22")),
                new Example(requests + "generateLink-example.query", "generateLink",
                        List.of(), "o=12", "o=0", List.of("6412 /o 1:5")),
                new Example(requests + "setConversionStatus-example.json", "setConversionStatus",
                        List.of(), "\"Approved\"", "\"Pending\"", List.of("6483 /status 1:105")),
                new Example(requests + "setOfferAffiliateList-example.json", "setOfferAffiliateList",
                        List.of(), "21,22,23", "21,22,11", List.of("6390 /blocked_affiliate 1:67")),
                // the V2 page's example request: one finding, its placeholder app id (brief 1.8)
                new Example("validation-jackson/src/test/resources/vendor/setOffer-v2-example.form", "setOffer",
                        List.of("63993 /app_id 1:1097"), "ssl=0", "ssl=2",
                        List.of("6319 /ssl 1:88", "63993 /app_id 1:1097")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyWayInGivesTheVendorsExampleTheSameAnswer(Example example, @TempDir Path dir) throws IOException {
        String text = Files.readString(example.path(), StandardCharsets.UTF_8).strip();
        assertThat(text).as("the example holds the value the broken reading changes").contains(example.from());
        String broken = text.replace(example.from(), example.to());

        assertEveryWay(example, text, example.found(), dir.resolve("as-given"));
        assertEveryWay(example, broken, example.broken(), dir.resolve("broken"));
    }

    private static void assertEveryWay(Example example, String text, List<String> expected, Path dir)
            throws IOException {
        List<String> codes = expected.stream().map(f -> f.substring(0, f.lastIndexOf(' '))).toList();
        for (int jackson : new int[] {2, 3}) {
            OfferReader reader = OfferReader.builder().request(example.type()).jackson(jackson).build();
            ReadResult read = example.form() ? reader.readForm(text) : reader.read(text);
            assertThat(placed(read.report())).as("OfferReader, Jackson %d", jackson).containsExactlyElementsOf(expected);

            // the Jackson modules read JSON: a form example as the JSON of the request it reads as, placed anew
            String json = example.form() ? OfferWriter.toJson(read.request()) : text;
            List<String> viaModule = jackson == 2 ? jackson2(json, example.type()) : jackson3(json, example.type());
            assertThat(example.form() ? withoutPlaces(viaModule) : viaModule).as("the Jackson %d module", jackson)
                    .containsExactlyElementsOf(example.form() ? codes : expected);
        }

        // offer-lint: the file named as the vendor names it, read as the request its name begins with
        Files.createDirectories(dir);
        Path file = dir.resolve(example.name());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("--no-progress", "--no-config", "--format", "json", file.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(expected.isEmpty() ? 0 : 1);
        List<String> linted = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(cli.out()).at("/violations")) {
            assertThat(v.get("file").asText()).isEqualTo(file.toString());
            linted.add(v.get("code").asInt() + " " + v.get("pointer").asText() + " " + v.get("line").asInt() + ":"
                    + v.get("column").asInt());
        }
        assertThat(linted).as("offer-lint").containsExactlyElementsOf(expected);
    }

    private static List<String> jackson2(String json, Class<? extends Record> type) throws IOException {
        try {
            assertThat(JACKSON2.readValue(json, type)).isInstanceOf(type);
            return List.of();
        } catch (org.offerrules.validation.jackson.InvalidOfferException e) {
            return placed(e.report());
        }
    }

    private static List<String> jackson3(String json, Class<? extends Record> type) {
        try {
            assertThat(JACKSON3.readValue(json, type)).isInstanceOf(type);
            return List.of();
        } catch (org.offerrules.validation.jackson3.InvalidOfferException e) {
            return placed(e.report());
        }
    }

    private static List<String> placed(ValidationReport report) {
        return report.violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList();
    }

    private static List<String> withoutPlaces(List<String> found) {
        return found.stream().map(f -> f.substring(0, f.lastIndexOf(' '))).toList();
    }
}
