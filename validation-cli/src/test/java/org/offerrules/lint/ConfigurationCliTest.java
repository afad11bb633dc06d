package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerrules.validation.fixtures.Configurations;

/** {@code .offer-lint.yaml} in offer-lint: found by walking up, its levels, overrides and errors (issue 25). */
class ConfigurationCliTest {

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".offer-lint.yaml"), Configurations.DONE_WHEN);
        Files.createDirectories(repo.resolve("offers/legacy"));
        Files.createDirectories(repo.resolve("advertisers"));
        Files.writeString(repo.resolve("offers/offer.json"), Configurations.offer(true));
        Files.writeString(repo.resolve("advertisers/acme.json"), Configurations.ADVERTISER);
    }

    private static List<String> findings(Cli cli) {
        return cli.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning) .*")).toList();
    }

    @Test
    void anUnknownFieldIsAWarningAndABadAppIdIsOff() {
        Cli cli = Cli.run("--no-progress", repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(findings(cli)).singleElement().asString().contains("warning 6820 ").contains("(/colour)");
        Cli without = Cli.run("--no-progress", "--no-config", repo.resolve("offers/offer.json").toString());
        assertThat(without.status()).isEqualTo(1);
        assertThat(findings(without)).anySatisfy(l -> assertThat(l).contains("error 63993 "));
    }

    @Test
    void anOverrideTurns6313OffUnderLegacyOnly() throws IOException {
        String noToken = Configurations.offer(false);
        Files.writeString(repo.resolve("legacy-offer.json"), noToken); // not under legacy/: the override is relative
        Files.createDirectories(repo.resolve("legacy"));
        Files.writeString(repo.resolve("legacy/old.json"), noToken);
        Files.writeString(repo.resolve("offers/legacy/old.json"), noToken); // offers/legacy is not legacy/**
        Cli cli = Cli.run("--no-progress", repo.toString());
        assertThat(findings(cli)).filteredOn(l -> l.contains(" 6313 "))
                .extracting(l -> repo.relativize(Path.of(l.substring(0, l.indexOf(':')))).toString().replace('\\', '/'))
                .containsExactly("legacy-offer.json", "offers/legacy/old.json");
        assertThat(cli.status()).isEqualTo(1);
    }

    @Test
    void advertisersAreLintedAsSetAdvertiserWithoutRequest() {
        Cli cli = Cli.run("--no-progress", repo.resolve("advertisers").toString());
        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(findings(cli)).isEmpty();
        // the command line's --request beats the file's override
        Cli asOffers = Cli.run("--no-progress", "--request", "setOffer", repo.resolve("advertisers").toString());
        assertThat(asOffers.status()).isEqualTo(1);
        assertThat(findings(asOffers)).hasSizeGreaterThan(5);
    }

    @Test
    void theFilesHouseRulesAreReportedInEveryFormat() throws IOException {
        Files.writeString(Files.createDirectories(repo.resolve("house")).resolve(".offer-lint.yaml"), """
                house-rules:
                  - code: ACME-7
                    message: "every offer needs a preview_url"
                    severity: warning
                    required: preview_url
                """);
        Files.writeString(repo.resolve("house/offer.json"), Configurations.offer(true));
        Cli text = Cli.run("--no-progress", repo.resolve("house/offer.json").toString());
        assertThat(findings(text)).anySatisfy(l -> assertThat(l).contains("warning ACME-7 every offer needs a preview_url (/preview_url)"));
        Cli sarif = Cli.run("--no-progress", "--format", "sarif", repo.resolve("house/offer.json").toString());
        com.fasterxml.jackson.databind.JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sarif.out()).at("/runs/0");
        assertThat(run.at("/results").findValuesAsText("ruleId")).contains("ACME-7");
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).contains("ACME-7");
        // the other folder's file has no house rule
        assertThat(Cli.run("--no-progress", repo.resolve("offers/offer.json").toString()).out()).doesNotContain("ACME-7");
        Files.writeString(repo.resolve("house/.offer-lint.yaml"), "house-rules:\n  - code: ACME-7\n    message: m\n    required: nme\n");
        Cli bad = Cli.run("--no-progress", repo.resolve("house/offer.json").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("offer-lint: ").contains(".offer-lint.yaml:4: house-rules[0].required: ").contains("did you mean name?");
    }

    @Test
    void configGivesTheFileForEveryPath(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("strict.yaml"), "rules:\n  \"6820\": error\n");
        Cli cli = Cli.run("--no-progress", "--config", elsewhere.resolve("strict.yaml").toString(),
                repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).isEqualTo(1);
        assertThat(findings(cli)).anySatisfy(l -> assertThat(l).contains("error 6820 "))
                .anySatisfy(l -> assertThat(l).contains("error 63993 "));
    }

    @Test
    void aBadFileIsStatus2WithOneLine() throws IOException {
        Files.writeString(repo.resolve(".offer-lint.yaml"), "rules:\n  \"6820\": warning\n  \"68200\": off\n");
        Cli cli = Cli.run("--no-progress", repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: " + repo.resolve(".offer-lint.yaml") + ":3: rules.\"68200\": "
                + "no error code 68200 in the catalog; did you mean 6820? (offer-lint codes lists them)"
                + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    /**
     * A problem of the whole file has no line: {@code FILE: problem}, as a compiler names a file it cannot
     * open (it said {@code FILE:0:}, a line no editor has). A root of the wrong kind has its place, the
     * line where the root begins. Status 2, one line, nothing linted.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "none.yaml         |                   | {f}: no such file",
        "folder            |                   | {f}: a folder, not a file; name the file (.offer-lint.yaml)",
        "offers/offer.json/x.yaml |            | {f}: cannot be read (Not a directory)",
        "big.yaml          | BIG               | {f}: longer than 3 MiB; a configuration is a few dozen lines (is this the right file?)",
        "list.yaml         | '- rules\n- overrides\n' | {f}:1: expected a map of rules, overrides and house-rules, found a list",
        "late-list.yaml    | '# settings\n\n- rules\n' | {f}:3: expected a map of rules, overrides and house-rules, found a list",
        "text.yaml         | 'strict\n'        | {f}:1: expected a map of rules, overrides and house-rules, found \"strict\""})
    void aWholeFileProblemNamesNoLine(String name, String text, String message) throws IOException {
        Path config = repo.resolve(name);
        if (name.equals("folder")) {
            Files.createDirectories(config);
        } else if ("BIG".equals(text)) {
            Files.write(config, ("# " + "x".repeat(1021) + "\n").repeat(3 * 1024 + 1).getBytes(StandardCharsets.US_ASCII));
        } else if (text != null) {
            Files.writeString(config, text.replace("\\n", "\n"));
        }
        Cli cli = Cli.run("--no-progress", "--config", config.toString(), repo.resolve("offers/offer.json").toString());
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: " + message.replace("{f}", config.toString()) + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    /** An empty file, or one of comments, is a configuration without settings: the run is as without one. */
    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing yet\n", "---\n"})
    void anEmptyFileIsNoSettings(String text) throws IOException {
        Path config = Files.writeString(repo.resolve("empty.yaml"), text);
        Cli cli = Cli.run("--no-progress", "--config", config.toString(), repo.resolve("offers/offer.json").toString());
        Cli without = Cli.run("--no-progress", "--no-config", repo.resolve("offers/offer.json").toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.status()).isEqualTo(without.status()).isEqualTo(OfferLint.FINDINGS);
        assertThat(cli.out()).isEqualTo(without.out());
    }

    /**
     * An input that holds no document (empty, or blank lines only) had nothing checked: it fails the run
     * whatever the configuration says of its code (6055 for JSON and NDJSON, 6820 for form bodies), off or
     * a warning, by code or by family, at the top or in an override (docs/decisions/form.md). A broken
     * document, which is there, keeps the level the configuration gives its code.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "rules:\n  \"6055\": off\n  \"6820\": off\n",
            "rules:\n  \"6055\": warning\n  \"6820\": warning\n",
            "rules:\n  request: off\n  general: off\n",
            "overrides:\n  - files: [\"empty/**\"]\n    rules: {\"6055\": off, \"6820\": off}\n",
    })
    void anInputWithoutADocumentFailsWhateverTheConfigurationSays(String config) throws IOException {
        Files.writeString(repo.resolve(".offer-lint.yaml"), config);
        Path empty = Files.createDirectories(repo.resolve("empty"));
        String json = "error 6055 Invalid json data: no JSON document in the input (document 0)";
        String form = "error 6820 Invalid form body parameter. (no form body in the input) (document 0)";
        for (String[] input : new String[][] {{"a.json", "", "1:1", json}, {"b.ndjson", "\n\n", "3:1", json},
                {"c.form", "", "1:1", form}, {"d.form", " \n", "2:1", form}}) {
            Path file = Files.writeString(empty.resolve(input[0]), input[1]);
            Cli cli = Cli.run("--no-progress", file.toString());
            assertThat(cli.status()).as(input[0] + ": " + cli.out()).isEqualTo(1);
            assertThat(findings(cli)).as(input[0]).containsExactly(file + ":" + input[2] + ": " + input[3]);
        }
        Path broken = Files.writeString(empty.resolve("broken.json"), "{");
        Cli cli = Cli.run("--no-progress", broken.toString());
        if (config.contains("warning")) {
            assertThat(findings(cli)).singleElement().asString().contains(": warning 6055 ");
        } else {
            assertThat(findings(cli)).isEmpty();
        }
        assertThat(cli.status()).isZero();
    }

    @Test
    void configAndNoConfigExcludeEachOther() {
        Cli cli = Cli.run("--no-progress", "--no-config", "--config", "x.yaml", repo.toString());
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err().lines()).containsExactly("offer-lint: --config and --no-config exclude each other");
    }
}
