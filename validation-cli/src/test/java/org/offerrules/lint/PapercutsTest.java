package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;

/** What a new user tripped over first (issue 25, item 4). */
class PapercutsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    @Test
    void helpIsACommand() {
        Cli help = Cli.run("help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: offer-lint ").contains("--baseline=FILE");
        assertThat(help.err()).isEmpty();

        Cli explain = Cli.run("help", "explain");
        assertThat(explain.status()).isZero();
        assertThat(explain.out()).startsWith("Usage: offer-lint explain ");
    }

    @Test
    void aMistypedOptionIsOneLineWithTheNearestOption() {
        Cli cli = Cli.run("--frmat", "json", "offers/");

        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: Unknown option: '--frmat'; did you mean --format? "
                + "(offer-lint --help lists the options)" + NL);
        assertThat(cli.out()).isEmpty();

        Cli sub = Cli.run("explain", "--formt", "6399");
        assertThat(sub.status()).isEqualTo(OfferLint.USAGE);
        assertThat(sub.err()).startsWith("offer-lint explain: Unknown option: '--formt'")
                .endsWith("(offer-lint explain --help lists the options)" + NL).hasLineCount(1);

        Cli value = Cli.run("--format", "xml", "offers/");
        assertThat(value.status()).isEqualTo(OfferLint.USAGE);
        assertThat(value.err()).contains("'--format'", "xml").hasLineCount(1);
    }

    @Test
    void jsonReadAsFormBodiesGivesAHintAndFormBodiesReadAsJsonToo() {
        String offer = OfferWriter.toJson(Offers.minimal());

        Cli asForm = Cli.withStdin("\n  " + offer, "--no-progress", "--stdin-format", "form", "-");
        assertThat(asForm.err()).isEqualTo("offer-lint: hint: standard input starts with '{', like JSON, but "
                + "--stdin-format form reads form bodies (one per line); leave the option out to read it as JSON" + NL);

        Cli asJson = Cli.withStdin("advertiser_id=12&name=Summer+Sale\n", "--no-progress", "-");
        assertThat(asJson.status()).isEqualTo(OfferLint.FINDINGS);
        assertThat(asJson.err()).isEqualTo("offer-lint: hint: standard input starts like a form body "
                + "(name=value&...), not like JSON; add --stdin-format form to read form bodies" + NL);

        // the hint reads nothing away: the same findings as without it
        Cli form = Cli.withStdin("advertiser_id=12&name=Summer+Sale\n", "--no-progress", "--stdin-format", "form", "-");
        assertThat(form.err()).isEmpty();
        assertThat(Cli.withStdin(offer, "--no-progress", "-").err()).isEmpty();
        assertThat(asJson.out()).contains("<stdin>:1:1: error 6055");
    }

    @Test
    void theSummaryLabelsACodeWithItsHeadingNotOneFindingsMessage(@TempDir Path dir) throws Exception {
        String offer = OfferWriter.toJson(Offers.minimal());
        Path file = Files.writeString(dir.resolve("typos.ndjson"),
                offer.replaceFirst("\\{", "{\"cap_typ\":1,") + "\n" + offer.replaceFirst("\\{", "{\"payot\":1,") + "\n");
        String title = ErrorCode.of(6820).heading();
        assertThat(title).isEqualTo("Invalid <parameter> parameter.");

        Cli text = Cli.run("--no-progress", file.toString());
        assertThat(text.out()).contains("(/cap_typ)").contains("(/payot)")
                .containsPattern("\\n  6820 +2  " + java.util.regex.Pattern.quote(title) + "\\n");
        JsonNode json = JSON.readTree(Cli.run("--no-progress", "--format", "json", file.toString()).out());
        assertThat(json.at("/summary/mostFrequentCodes/0/message").asText()).isEqualTo(title);
    }

    @Test
    void sarifEmbedsOnlyTheRulesOfItsResults() throws Exception {
        Cli cli = Cli.run("--no-progress", "--format", "sarif", "../docs/examples/caps-in-wrong-order.json");
        JsonNode run = JSON.readTree(cli.out()).at("/runs/0");

        List<String> rules = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
        List<String> results = new ArrayList<>();
        run.get("results").forEach(r -> results.add(r.get("ruleId").asText()));
        assertThat(rules).containsExactlyElementsOf(results.stream().distinct().toList()).hasSize(2);
        assertThat(run.at("/tool/driver/rules/0/properties/rules/0/pointer").asText()).isNotEmpty();
    }

    @Test
    void theProgressLineShowsFilesOfAllAndTheShareReadWhenTheTotalIsKnown() {
        assertThat(Progress.line(3, 30, 410, 1000, 1234, 2.0))
                .isEqualTo("3 of 30 files, 41%, 1,234 documents, 617 documents/s, 2.0 s");
        assertThat(Progress.line(0, 2, 0, -1, 0, 1.0)).isEqualTo("0 of 2 files, 0 documents, 0 documents/s, 1.0 s");
    }

    @Test
    void theRunCountsEveryFileAndByteItRead(@TempDir Path dir) throws Exception {
        String offer = OfferWriter.toJson(Offers.minimal());
        List<Path> files = List.of(
                Files.writeString(dir.resolve("a.ndjson"), (offer + "\n").repeat(2000)),
                Files.writeString(dir.resolve("b.json"), "[" + offer + "," + offer + "]"),
                Files.writeString(dir.resolve("c.json"), ""));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        LintRun run = new LintRun(OfferReader.create(), 2, new Silent());
        assertThat(run.filesTotal()).isEqualTo(-1);

        run.run(files, files.stream().map(Path::toString).toList());

        assertThat(run.filesTotal()).isEqualTo(3);
        assertThat(run.filesDone()).isEqualTo(3);
        assertThat(run.bytesTotal()).isEqualTo(bytes);
        assertThat(run.bytesDone()).isEqualTo(bytes);
        assertThat(run.documentsDone()).isEqualTo(2003); // the empty file is one broken document
    }

    /** A report that writes nothing. */
    private static final class Silent implements ReportWriter {
        @Override
        public void begin() {
        }

        @Override
        public void beginFile(String file) {
        }

        @Override
        public void document(String file, int document, List<Violation> violations) throws IOException {
        }

        @Override
        public void endFile(String file) {
        }

        @Override
        public void finish(Summary summary) {
        }
    }
}
