package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;

class LintTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "../docs/examples";

    @Test
    void theExamplesGiveAReadableReportAndExitOne() {
        Cli cli = Cli.run("--no-progress", EXAMPLES);

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out())
                .contains("../docs/examples/caps-in-wrong-order.json:16:24: error 6399 Overall limitation should be "
                        + "more than others, offer interval limitation should be more than affiliate's (/cap_overall_limit)")
                .contains("../docs/examples/offers-array.json:18:22: error 6306 Invalid Advertiser ID")
                .contains("../docs/examples/offers.ndjson:4:250: warning 6820 Invalid cap_typ parameter.")
                .contains("did you mean `cap_type`?")
                .containsPattern("documents\\s+9")
                .containsPattern("with errors\\s+5")
                .containsPattern("with warnings\\s+1");
        assertThat(cli.out()).doesNotContain("valid-offer.json");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theJsonReportFollowsTheContract() throws Exception {
        Cli cli = Cli.run("--no-progress", "--format", "json", EXAMPLES);
        JsonNode report = JSON.readTree(cli.out());

        assertThat(report.get("tool").asText()).isEqualTo("offer-lint");
        assertThat(report.get("version").asText()).isNotBlank();
        assertThat(report.get("files").asInt()).isEqualTo(5);
        assertThat(report.get("documents").asInt()).isEqualTo(9);
        List<JsonNode> violations = new ArrayList<>();
        report.get("violations").forEach(violations::add);
        assertThat(violations).allSatisfy(v -> assertThat(iterable(v.fieldNames()))
                .containsExactly("file", "document", "pointer", "line", "column", "code", "severity", "message"));
        assertThat(violations)
                .extracting(v -> v.get("file").asText().replace("../docs/examples/", ""), v -> v.get("document").asInt(),
                        v -> v.get("pointer").asText(), v -> v.get("code").asInt(), v -> v.get("severity").asText())
                .containsExactly(
                        tuple("caps-in-wrong-order.json", 0, "/cap_overall_limit", 6399, "error"),
                        tuple("caps-in-wrong-order.json", 0, "/cap_affiliate_interval_limit", 6350, "error"),
                        tuple("malformed.json", 0, "", 6055, "error"),
                        tuple("offers-array.json", 1, "/payout", 6382, "error"),
                        tuple("offers-array.json", 1, "/advertiser_id", 6306, "error"),
                        tuple("offers-array.json", 1, "/name", 6309, "error"),
                        tuple("offers-array.json", 1, "/status", 6303, "error"),
                        tuple("offers-array.json", 1, "/expire_date", 6312, "error"),
                        tuple("offers-array.json", 1, "/url", 6313, "error"),
                        tuple("offers-array.json", 1, "/ssl", 6319, "error"),
                        tuple("offers.ndjson", 1, "/currency", 6324, "error"),
                        tuple("offers.ndjson", 1, "/payout", 6327, "error"),
                        tuple("offers.ndjson", 2, "", 6055, "error"),
                        tuple("offers.ndjson", 3, "/cap_typ", 6820, "warning"));
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.get("line").asInt()).isPositive();
            assertThat(v.get("column").asInt()).isPositive();
        });
        JsonNode summary = report.get("summary");
        assertThat(summary.get("valid").asInt()).isEqualTo(4);
        assertThat(summary.get("withErrors").asInt()).isEqualTo(5);
        assertThat(summary.get("withWarnings").asInt()).isEqualTo(1);
        assertThat(summary.get("mostFrequentCodes").get(0).get("code").asInt()).isEqualTo(6055);
    }

    @Test
    void theSarifReportPassesTheSarif210Schema() throws Exception {
        Cli cli = Cli.run("--no-progress", "--format", "sarif", EXAMPLES);
        JsonNode sarif = JSON.readTree(cli.out());

        assertThat(SchemaValidation.sarif().problems(JSON.writeValueAsString(sarif))).isEmpty();

        JsonNode run = sarif.get("runs").get(0);
        // the rules of the codes reported, in the order of their first result
        List<String> reported = new ArrayList<>();
        run.get("results").forEach(r -> reported.add(r.get("ruleId").asText()));
        List<String> rules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
        assertThat(rules).containsExactlyElementsOf(reported.stream().distinct().toList());
        assertThat(rules.size()).isLessThan(ErrorCode.all().size());
        JsonNode rule6399 = null;
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            rule6399 = rule.get("id").asText().equals("6399") ? rule : rule6399;
        }
        assertThat(rule6399.at("/properties/rules/0/text").asText())
                .isEqualTo(Request.SET_OFFER.catalog().rules(6399).get(0).sentence());
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("6399");
        assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("6399");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(16);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(24);
        assertThat(first.at("/partialFingerprints/offerLint~1v1").asText()).hasSize(32);
        assertThat(run.get("results")).hasSize(14);
    }

    @Test
    void aRuleWhoseFindingsAreAllWarningsDefaultsToWarningInSarif(@TempDir Path dir) throws Exception {
        // 6820 (an unknown field) is a warning; 6319 an error
        String offer = OfferWriter.toJson(Offers.minimal().toBuilder().ssl(3).build());
        Path file = dir.resolve("offer.json");
        Files.writeString(file, offer.substring(0, offer.length() - 1) + ",\"nmae\":\"x\"}");
        JsonNode run = JSON.readTree(Cli.run("--no-progress", "--format", "sarif", file.toString()).out()).at("/runs/0");
        Map<String, String> levels = new java.util.TreeMap<>();
        run.at("/tool/driver/rules").forEach(r -> levels.put(r.get("id").asText(), r.at("/defaultConfiguration/level").asText()));
        assertThat(levels).containsExactly(Map.entry("6319", "error"), Map.entry("6820", "warning"));
        List<String> resultLevels = new ArrayList<>();
        run.get("results").forEach(r -> resultLevels.add(r.get("ruleId").asText() + " " + r.get("level").asText()));
        assertThat(resultLevels).containsExactlyInAnyOrder("6319 error", "6820 warning");
    }

    @Test
    void fingerprintsDoNotMoveWithLines(@TempDir Path dir) throws Exception {
        String offer = OfferWriter.toJson(Offers.minimal().toBuilder().ssl(3).build());
        Path file = dir.resolve("offer.json");
        Files.writeString(file, offer);
        JsonNode before = JSON.readTree(Cli.run("--no-progress", "--format", "sarif", file.toString()).out());
        Files.writeString(file, "\n\n\n" + offer);
        JsonNode after = JSON.readTree(Cli.run("--no-progress", "--format", "sarif", file.toString()).out());

        JsonNode a = before.at("/runs/0/results/0");
        JsonNode b = after.at("/runs/0/results/0");
        assertThat(b.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(a.at("/locations/0/physicalLocation/region/startLine").asInt() + 3);
        assertThat(b.get("partialFingerprints")).isEqualTo(a.get("partialFingerprints"));
    }

    @Test
    void modesAndFailLevels(@TempDir Path dir) throws Exception {
        Path valid = Path.of(EXAMPLES, "valid-offer.json");
        assertThat(Cli.run("--no-progress", valid.toString()).status()).isZero();
        Cli update = Cli.run("--no-progress", "--mode", "update", "--format", "json", valid.toString());
        assertThat(update.status()).isEqualTo(1);
        assertThat(JSON.readTree(update.out()).at("/violations/0/code").asInt()).isEqualTo(6301);

        Path warningOnly = dir.resolve("warning.json");
        Files.writeString(warningOnly, OfferWriter.toJson(Offers.minimal()).replaceFirst("\\{", "{\"cap_typ\":\"Budget\","));
        assertThat(Cli.run("--no-progress", warningOnly.toString()).status()).isZero();
        assertThat(Cli.run("--no-progress", "--fail-on", "warning", warningOnly.toString()).status()).isEqualTo(1);
        assertThat(Cli.run("--no-progress", "--fail-on", "never", EXAMPLES).status()).isZero();
    }

    @Test
    void theReportCanGoToAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("--no-progress", "--format", "json", "--output", report.toString(), EXAMPLES);
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(JSON.readTree(report.toFile()).get("documents").asInt()).isEqualTo(9);
    }

    @Test
    void globsFoldersAndUnreadablePaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.json"), OfferWriter.toJson(Offers.minimal()));
        Files.writeString(dir.resolve("a/two.ndjson"), OfferWriter.toJson(Offers.minimal()) + "\n");
        Files.writeString(dir.resolve("a/notes.txt"), "not an offer");

        Cli folder = Cli.run("--no-progress", "--format", "json", dir.resolve("a").toString());
        assertThat(JSON.readTree(folder.out()).get("files").asInt()).isEqualTo(2);
        Cli glob = Cli.run("--no-progress", "--format", "json", dir + "/a/**/*.json");
        assertThat(JSON.readTree(glob.out()).get("files").asInt()).isEqualTo(1);

        Cli mixed = Cli.run("--no-progress", "--format", "json", dir.resolve("a").toString(), dir + "/missing.json");
        assertThat(mixed.status()).isEqualTo(2);
        assertThat(mixed.err()).contains("missing.json: no such file or folder");
        assertThat(JSON.readTree(mixed.out()).get("files").asInt()).isEqualTo(2);
    }

    /**
     * A glob of many stars on a long name is matched in linear time (the JDK's matcher held the run for good:
     * a minute and more at 40 % CPU for {@code *a} twenty times), and a pattern that is no glob is one line
     * (it was the JDK's PatternSyntaxException, three lines of it).
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aGlobOfManyStarsIsMatchedInLinearTimeAndABadGlobIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a".repeat(60) + ".json"), OfferWriter.toJson(Offers.minimal()));
        Files.writeString(dir.resolve("a".repeat(30) + "b.json"), OfferWriter.toJson(Offers.minimal()));

        Cli stars = Cli.run("--no-progress", "--format", "json", dir + "/" + "*a".repeat(20) + "*b*");
        assertThat(JSON.readTree(stars.out()).get("files").asInt()).isEqualTo(1);
        // as in the configuration's globs, **/ is zero or more folders: the top folder's files too
        Cli globstar = Cli.run("--no-progress", "--format", "json", dir + "/**/*.json");
        assertThat(JSON.readTree(globstar.out()).get("files").asInt()).isEqualTo(2);
        Cli none = Cli.run("--no-progress", "--format", "json", dir + "/" + "*a".repeat(20) + "*c");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("offer-lint: " + dir + "/" + "*a".repeat(20) + "*c: no file matches" + System.lineSeparator());

        Cli bad = Cli.run("--no-progress", dir + "/offers/[a");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("offer-lint: " + dir + "/offers/[a: not a glob: Missing ] at character "
                + (dir + "/offers/[a").length() + System.lineSeparator());
    }

    @Test
    void theReportDoesNotDependOnThreadTiming(@TempDir Path dir) throws Exception {
        StringBuilder ndjson = new StringBuilder();
        int broken = 0;
        for (int i = 0; i < 3000; i++) {
            broken += i % 7 == 0 || i % 11 == 0 ? 1 : 0;
            ndjson.append(OfferWriter.toJson(i % 7 == 0 ? Offers.minimal().toBuilder().currency(100 + i).build()
                    : i % 11 == 0 ? Offers.full().toBuilder().status("Live").build() : Offers.full())).append('\n');
            if (i == 1500) {
                ndjson.append("{\"broken\": \n");
            }
        }
        Path file = dir.resolve("many.ndjson");
        Files.writeString(file, ndjson);
        Files.writeString(dir.resolve("other.json"), "[" + OfferWriter.toJson(Offers.minimal().toBuilder().ssl(5).build()) + "]");

        String one = Cli.run("--no-progress", "--format", "json", "--threads", "1", dir.toString()).out();
        String four = Cli.run("--no-progress", "--format", "json", "--threads", "4", dir.toString()).out();
        assertThat(four).isEqualTo(one);
        JsonNode report = JSON.readTree(one);
        assertThat(report.get("documents").asInt()).isEqualTo(3002);
        assertThat(report.at("/summary/withErrors").asInt()).isEqualTo(broken + 2); // + the broken line, other.json
    }

    @Test
    void aLargeArrayFileIsReadInChunksWithTheSameFindingsAsNdjson(@TempDir Path dir) throws Exception {
        StringBuilder array = new StringBuilder("[");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 7000; i++) {
            String offer = OfferWriter.toJson(i % 5 == 0 ? Offers.full().toBuilder().currency(200).build() : Offers.full());
            array.append(i == 0 ? "" : ",").append(offer);
            ndjson.append(offer).append('\n');
        }
        Path big = dir.resolve("big.json");
        Files.writeString(big, array.append(']'));
        Files.writeString(dir.resolve("big.ndjson"), ndjson);
        assertThat(Files.size(big)).isGreaterThan(8L << 20); // above the whole-file limit

        JsonNode report = JSON.readTree(Cli.run("--no-progress", "--format", "json", dir.toString()).out());

        List<String> fromArray = new ArrayList<>();
        List<String> fromNdjson = new ArrayList<>();
        report.get("violations").forEach(v -> (v.get("file").asText().endsWith(".json") ? fromArray : fromNdjson)
                .add(v.get("document").asInt() + " " + v.get("code").asInt() + " " + v.get("pointer").asText()));
        assertThat(fromArray).hasSize(1400).startsWith("0 6324 /currency", "5 6324 /currency").isEqualTo(fromNdjson);
        assertThat(report.get("documents").asInt()).isEqualTo(14000);
        assertThat(report.at("/summary/withErrors").asInt()).isEqualTo(2800);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
