package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * {@code --write-baseline} and {@code --baseline} on a catalogue of 300 offers in 30 files with legacy
 * mistakes: a finding keeps its identity when the files are reindented and their keys reversed; only a
 * new mistake fails the run; a fixed one is counted, and rewriting the baseline drops it.
 */
class BaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli lint(Path dir, String... options) {
        List<String> args = new ArrayList<>(List.of("--no-progress"));
        args.addAll(List.of(options));
        args.add(dir.resolve("offers").toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private static long total(JsonNode baseline) {
        long total = 0;
        for (JsonNode finding : baseline.get("findings")) {
            total += finding.get("count").asLong();
        }
        return total;
    }

    @Test
    void onlyTheNewMistakeFailsAfterTheFilesAreRewrittenAndAFixIsCounted(@TempDir Path dir) throws Exception {
        Catalogue catalogue = new Catalogue(30, 10, 4);
        Path offers = catalogue.writeIn(dir);
        Path baseline = dir.resolve("offer-lint-baseline.json");

        Cli before = lint(dir, "--format", "json");
        int findings = JSON.readTree(before.out()).get("violations").size();
        assertThat(findings).isBetween(60, 90);
        Cli written = lint(dir, "--write-baseline", baseline.toString());
        assertThat(written.status()).as(written.err()).isZero();
        JsonNode recorded = JSON.readTree(Files.readString(baseline));
        assertThat(recorded.get("version").asInt()).isEqualTo(Baseline.VERSION);
        assertThat(total(recorded)).isEqualTo(findings);
        // the multiset: the twins' finding is one entry counted twice; the nameless offer is named by position
        assertThat(recorded.get("findings")).anySatisfy(f -> {
            assertThat(f.get("file").asText()).isEqualTo("offers/offers-00.json");
            assertThat(f.get("document").asText()).isEqualTo("name:Twin");
            assertThat(f.get("count").asInt()).isEqualTo(2);
        });
        assertThat(recorded.get("findings")).anySatisfy(f -> {
            assertThat(f.get("document").asText()).isEqualTo("index:3");
            assertThat(f.get("code").asInt()).isEqualTo(6308);
            assertThat(f.get("pointer").asText()).isEqualTo("/name");
        });
        assertThat(Files.readString(baseline)).doesNotContain("\"line\"");

        // other indentation, keys in reverse order, one new mistake
        List<Offer> file7 = catalogue.files.get(7);
        Offer clean = file7.get(5);
        file7.set(5, clean.toBuilder().currency(99).build());
        catalogue.write(offers, true);
        assertThat(Files.readString(offers.resolve("offers-07.json"))).startsWith("[\n\t{").contains("\"payout\" :");

        Cli text = lint(dir, "--baseline", baseline.toString());
        assertThat(text.status()).as(text.err()).isEqualTo(OfferLint.FINDINGS);
        String file = offers.resolve("offers-07.json").toString();
        assertThat(text.out().lines().filter(l -> l.contains(": error ") || l.contains(": warning ")).toList())
                .singleElement(InstanceOfAssertFactories.STRING).startsWith(file + ":").contains("error 6324 ").endsWith("(/currency)");
        assertThat(text.out()).containsPattern("baselined\\s+" + findings + "\\n")
                .containsPattern("baselined, fixed\\s+0\\n").containsPattern("with errors\\s+1\\n");
        Cli json = lint(dir, "--format", "json", "--baseline", baseline.toString());
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("violations")).extracting(v -> v.get("code").asInt(), v -> v.get("pointer").asText(),
                v -> v.get("document").asInt()).containsExactly(tuple(6324, "/currency", 5));
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/baseline/baselined").asInt()).isEqualTo(findings);
        assertThat(report.at("/summary/baseline/fixed").asInt()).isZero();

        // fix the new mistake and one old one
        file7.set(5, clean);
        List<Offer> file0 = catalogue.files.get(0);
        file0.set(1, Offers.minimal().toBuilder().name("Twin").build());
        catalogue.write(offers, true);
        Cli fixed = lint(dir, "--baseline", baseline.toString());
        assertThat(fixed.status()).as(fixed.out()).isEqualTo(OfferLint.OK);
        assertThat(fixed.out()).containsPattern("baselined\\s+" + (findings - 1) + "\\n")
                .containsPattern("baselined, fixed\\s+1\\n");
        JsonNode fixedJson = JSON.readTree(lint(dir, "--format", "json", "--baseline", baseline.toString()).out());
        assertThat(fixedJson.at("/summary/baseline/fixed").asInt()).isEqualTo(1);

        // the baseline shrinks: rewritten from itself it drops the fixed finding and gains nothing new
        file7.set(5, clean.toBuilder().currency(99).build());
        catalogue.write(offers, true);
        Cli shrunk = lint(dir, "--baseline", baseline.toString(), "--write-baseline", baseline.toString());
        assertThat(shrunk.status()).isEqualTo(OfferLint.FINDINGS);
        JsonNode smaller = JSON.readTree(Files.readString(baseline));
        assertThat(total(smaller)).isEqualTo(findings - 1);
        assertThat(smaller.toString()).doesNotContain("Offer 75");
        assertThat(lint(dir, "--baseline", baseline.toString()).out()).containsPattern("baselined, fixed\\s+0\\n");
    }

    @Test
    void theBaselineFileIsTheSameForTheSameFindingsWhateverTheLayout(@TempDir Path dir) throws Exception {
        Catalogue catalogue = new Catalogue(3, 10, 3);
        Path offers = Files.createDirectories(dir.resolve("offers"));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        catalogue.write(offers, false);
        lint(dir, "--write-baseline", a.toString(), "--threads", "1");
        catalogue.write(offers, true);
        lint(dir, "--write-baseline", b.toString(), "--threads", "4");

        String text = Files.readString(a);
        assertThat(text).isEqualTo(Files.readString(b));
        List<String> keys = new ArrayList<>();
        for (JsonNode f : JSON.readTree(text).get("findings")) {
            keys.add(f.get("file").asText() + "\u0000" + f.get("document").asText() + "\u0000"
                    + String.format("%09d", f.get("code").asInt()) + "\u0000" + f.get("pointer").asText());
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        // one finding a line, so that a shrinking baseline is a diff of removed lines
        assertThat(text.lines().filter(l -> l.startsWith("    {\"file\":")).count()).isEqualTo(keys.size());
    }

    @Test
    void theSarifReportMarksEveryResultAndEmbedsOnlyItsRules(@TempDir Path dir) throws Exception {
        Catalogue catalogue = new Catalogue(2, 10, 4);
        Path offers = catalogue.writeIn(dir);
        Path baseline = dir.resolve("baseline.json");
        lint(dir, "--write-baseline", baseline.toString());
        List<Offer> file1 = catalogue.files.get(1);
        file1.set(3, file1.get(3).toBuilder().currency(99).build());
        file1.set(2, Offers.minimal().toBuilder().name("Offer 12").build()); // broken before: now fixed
        catalogue.write(offers, true);

        Cli cli = lint(dir, "--format", "sarif", "--baseline", baseline.toString());
        JsonNode sarif = JSON.readTree(cli.out());
        assertThat(SchemaValidation.sarif().problems(JSON.writeValueAsString(sarif))).isEmpty();
        JsonNode run = sarif.at("/runs/0");
        List<String> states = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            states.add(result.get("baselineState").asText());
            ruleIds.add(result.get("ruleId").asText());
            assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        }
        long baselined = total(JSON.readTree(Files.readString(baseline)));
        assertThat(states).containsOnly("new", "unchanged").filteredOn("new"::equals).hasSize(1);
        assertThat(states).filteredOn("unchanged"::equals).hasSize((int) baselined - 1);
        assertThat(run.at("/properties/baselined").asLong()).isEqualTo(baselined - 1);
        assertThat(run.at("/properties/baselinedFixed").asLong()).isEqualTo(1);
        List<String> rules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
        assertThat(rules).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ruleIds.stream().distinct().toList());
    }

    @Test
    void aBaselineThatCannotBeReadIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        new Catalogue(1, 4, 2).writeIn(dir);
        Path missing = dir.resolve("missing.json");
        Path newer = Files.writeString(dir.resolve("newer.json"), "{\"version\": 2, \"findings\": []}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1, \"findings\": [{\"file\": 3}]}");

        Cli none = lint(dir, "--baseline", missing.toString());
        assertThat(none.status()).isEqualTo(OfferLint.USAGE);
        assertThat(none.err()).isEqualTo("offer-lint: --baseline " + missing + ": no such file" + System.lineSeparator());
        Cli later = lint(dir, "--baseline", newer.toString());
        assertThat(later.status()).isEqualTo(OfferLint.USAGE);
        assertThat(later.err()).contains("a baseline of version 2; this offer-lint reads version 1").hasLineCount(1);
        Cli bad = lint(dir, "--baseline", broken.toString());
        assertThat(bad.status()).isEqualTo(OfferLint.USAGE);
        assertThat(bad.err()).contains("the finding at line 1 needs").hasLineCount(1);
        assertThat(bad.out()).isEmpty();
        // the parser's message quotes the byte order mark of a file that is only one: shown, not invisible
        Path mark = Files.write(dir.resolve("mark.json"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Cli marked = lint(dir, "--baseline", mark.toString());
        assertThat(marked.status()).isEqualTo(OfferLint.USAGE);
        assertThat(marked.err()).startsWith("offer-lint: --baseline " + mark + ": not a baseline: Unexpected character"
                + " ('\\ufeff' (code 65279 / 0xfeff))").doesNotContain("\ufeff").hasLineCount(1);
    }

    @Test
    void aBaselineBesideTheOffersIsNotLintedAsOne(@TempDir Path dir) throws Exception {
        Path offers = new Catalogue(1, 4, 2).writeIn(dir);
        Path baseline = offers.resolve("offer-lint-baseline.json");
        assertThat(lint(dir, "--write-baseline", baseline.toString()).status()).isZero();

        Cli cli = lint(dir, "--baseline", baseline.toString());

        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).containsPattern("files\\s+1\\n").doesNotContain("offer-lint-baseline.json");
    }

    /**
     * An input without a document is the fact that nothing was checked, which no level lets pass
     * (docs/decisions/form.md): a baseline neither records it nor lets it pass, so that an offers
     * file emptied by a failed export fails the run that has a baseline too.
     */
    @Test
    void aBaselineNeitherRecordsNorPassesAnInputWithoutADocument(@TempDir Path dir) throws Exception {
        Path offers = Files.createDirectories(dir.resolve("offers"));
        Files.writeString(offers.resolve("a.json"), "{\"name\": \"x\"}");
        Path empty = Files.writeString(offers.resolve("b.json"), "\n");
        Path form = Files.writeString(offers.resolve("c.form"), "");
        Path baseline = dir.resolve("offer-lint-baseline.json");

        assertThat(lint(dir, "--write-baseline", baseline.toString()).status()).isZero();
        JsonNode written = JSON.readTree(baseline.toFile());
        assertThat(written.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.get("file").asText()).isEqualTo("offers/a.json"));

        Cli cli = lint(dir, "--baseline", baseline.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.out()).isEqualTo(1);
        JsonNode report = JSON.readTree(cli.out());
        List<String> listed = new ArrayList<>();
        for (JsonNode finding : report.get("violations")) {
            listed.add(finding.get("file").asText() + " " + finding.get("code").asInt() + " " + finding.get("severity").asText());
        }
        assertThat(listed).containsExactlyInAnyOrder(empty + " 6055 error", form + " 6820 error");
    }

    @Test
    void documentIdentityIsTheIdThenTheNameThenThePosition() {
        Offer offer = Offers.minimal();
        assertThat(DocumentIdentity.of(offer.toBuilder().id(31).build(), 4)).isEqualTo("id:31");
        assertThat(DocumentIdentity.of(offer.toBuilder().name("Summer").build(), 4)).isEqualTo("name:Summer");
        assertThat(DocumentIdentity.of(offer.toBuilder().name("").build(), 4)).isEqualTo("index:4");
        assertThat(DocumentIdentity.of(null, 7)).isEqualTo("index:7");
    }
}
