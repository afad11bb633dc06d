package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.lint.house.PreviewRules;
import org.offerrules.validation.HouseRuleProvider;

/**
 * House rules in offer-lint: the declarative {@code payout <= revenue} from {@code --house-rules} and a Java rule
 * from a {@code --plugin} jar, in text, JSON, SARIF and {@code explain}; a bad file or jar is one line, status 2.
 */
class HouseRulesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RULES = """
            house-rules:
              - code: ACME-1
                message: payout must not exceed revenue
                request: setOffer
                compare: {left: payout, op: "<=", right: revenue}
            """;

    @TempDir
    Path dir;
    Path rules;
    Path plugin;
    Path offer;

    @BeforeEach
    void files() throws IOException {
        rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        plugin = pluginJar(dir.resolve("rules.jar"));
        String valid = Files.readString(Path.of("../docs/examples/valid-offer.json"));
        offer = Files.writeString(dir.resolve("offer.json"), valid.replace("\"payout\": 2.5", "\"payout\": 5.5"));
    }

    /** A jar with the test's provider and its service file: what a team ships. */
    static Path pluginJar(Path jar) throws IOException {
        String type = PreviewRules.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(type));
            try (var in = PreviewRules.class.getClassLoader().getResourceAsStream(type)) {
                in.transferTo(out);
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + HouseRuleProvider.class.getName()));
            out.write((PreviewRules.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private Cli lint(String... format) {
        List<String> args = new ArrayList<>(List.of("--no-progress", "--house-rules", rules.toString(), "--plugin",
                plugin.toString()));
        args.addAll(List.of(format));
        args.add(offer.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void textReportsBothRulesWithTheirCodesAndPointers() {
        Cli cli = lint();
        assertThat(cli.status()).isEqualTo(1);
        String name = offer.toString().replace('\\', '/');
        assertThat(cli.out())
                .contains(name + ":13:13: error ACME-1 payout must not exceed revenue (/payout)")
                .contains(name + ":1:1: warning ACME-2 the preview URL must use https (/preview_url)")
                .containsPattern("ACME-1\\s+1  payout must not exceed revenue");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void jsonReportsAHouseCodeAsText() throws IOException {
        JsonNode report = JSON.readTree(lint("--format", "json").out());
        assertThat(report.get("violations")).extracting(v -> v.get("code").asText(), v -> v.get("pointer").asText(),
                        v -> v.get("severity").asText(), v -> v.get("code").isTextual())
                .containsExactlyInAnyOrder(tuple("ACME-1", "/payout", "error", true),
                        tuple("ACME-2", "/preview_url", "warning", true));
    }

    @Test
    void sarifHasTheHouseRulesAsRulesOfTheirOwn() throws IOException {
        JsonNode run = JSON.readTree(lint("--format", "sarif").out()).get("runs").get(0);
        List<JsonNode> rules = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(rules::add);
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
        }
        assertThat(run.get("results")).extracting(r -> r.get("ruleId").asText(),
                        r -> r.get("properties").get("pointer").asText(), r -> r.get("level").asText())
                .containsExactlyInAnyOrder(tuple("ACME-1", "/payout", "error"), tuple("ACME-2", "/preview_url", "warning"));
        JsonNode acme1 = rules.stream().filter(r -> r.get("id").asText().equals("ACME-1")).findFirst().orElseThrow();
        assertThat(acme1.get("properties").get("family").asText()).isEqualTo("HOUSE");
        assertThat(acme1.get("properties").get("rules").get(0).get("pointer").asText()).isEqualTo("/payout");
        assertThat(acme1.get("fullDescription").get("text").asText())
                .isEqualTo("ACME-1 `payout` <= `revenue` when both are present. (a house rule of setOffer)");
    }

    @Test
    void aHouseCodeIsARuleKeyOfTheConfigurationScopedByItsOverridesAndAnUnknownOneIsOneLine() throws IOException {
        Files.createDirectories(dir.resolve("legacy"));
        Path legacy = Files.copy(offer, dir.resolve("legacy/offer.json"));
        Path config = Files.writeString(dir.resolve("lint.yaml"), """
                rules:
                  ACME-2: error
                overrides:
                  - files: ["legacy/**"]
                    rules: {ACME-1: off}
                """);
        Cli cli = Cli.run("--no-progress", "--format", "json", "--config", config.toString(), "--house-rules",
                rules.toString(), "--plugin", plugin.toString(), offer.toString(), legacy.toString());
        assertThat(JSON.readTree(cli.out()).get("violations")).extracting(
                        v -> Path.of(v.get("file").asText()).getParent().getFileName().toString(),
                        v -> v.get("code").asText(), v -> v.get("severity").asText())
                .containsExactlyInAnyOrder(tuple(dir.getFileName().toString(), "ACME-1", "error"),
                        tuple(dir.getFileName().toString(), "ACME-2", "error"), tuple("legacy", "ACME-2", "error"));

        Files.writeString(config, "rules:\n  ACME-2: error\n  ACNE-2: off\n");
        Cli bad = Cli.run("--no-progress", "--config", config.toString(), "--house-rules", rules.toString(),
                "--plugin", plugin.toString(), offer.toString());
        assertThat(bad.status()).isEqualTo(OfferLint.USAGE);
        assertThat(bad.err()).isEqualTo("offer-lint: " + config + ":3: rules.ACNE-2: no house rule has this code; "
                + "did you mean ACME-2?" + System.lineSeparator());
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void explainShowsAHouseRule() {
        Cli cli = Cli.run("explain", "ACME-1", "--house-rules", rules.toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.out()).startsWith("ACME-1  payout must not exceed revenue")
                .contains("request:       setOffer").contains("/payout").contains("`payout` <= `revenue`");
        Cli java = Cli.run("explain", "ACME-2", "--plugin", plugin.toString());
        assertThat(java.out()).contains("severity:      warning").contains("the preview URL must use https");
        assertThat(Cli.run("explain", "ACME-9", "--plugin", plugin.toString()).err())
                .contains("ACME-9 is neither an error code").contains("(ACME-2)");
    }

    @Test
    void withoutHouseRulesNothingChanges() {
        Cli cli = Cli.run("--no-progress", offer.toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.out()).doesNotContain("ACME");
    }

    @Test
    void aBadFileOrJarIsOneLineAndStatusTwo() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), RULES.replace("op: \"<=\"", "opp: \"<=\""));
        Path notJar = Files.writeString(dir.resolve("not.jar"), "hello");
        Path noRules = dir.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(noRules))) {
            out.putNextEntry(new JarEntry("a.txt"));
        }
        String t = typo.toString().replace('\\', '/');
        assertBad(Cli.run("--house-rules", typo.toString(), offer.toString()),
                "offer-lint: " + t + ":5: house-rules[0].compare.opp: unknown key \"opp\" (expected left, op, right); "
                        + "did you mean op?");
        Path badCode = Files.writeString(dir.resolve("code.yaml"), RULES.replace("ACME-1", "6399"));
        assertBad(Cli.run("--house-rules", badCode.toString(), offer.toString()),
                "offer-lint: " + badCode.toString().replace('\\', '/') + ":2: house-rules[0].code: house code \"6399\" "
                        + "is not of the form PREFIX-n");
        assertBad(Cli.run("--plugin", notJar.toString(), offer.toString()),
                "offer-lint: --plugin " + notJar.toString().replace('\\', '/') + ": not a jar");
        assertBad(Cli.run("--plugin", noRules.toString(), offer.toString()),
                "offer-lint: --plugin " + noRules.toString().replace('\\', '/') + ": the jar names no house rules");
        assertBad(Cli.run("--plugin", dir.resolve("missing.jar").toString(), offer.toString()),
                "offer-lint: --plugin " + dir.resolve("missing.jar").toString().replace('\\', '/') + ": no such file");
    }

    /**
     * A file of house rules is read as the configuration file is: a key given twice, an alias, too deep a
     * nesting and bytes that are not UTF-8 are each one line with their place (they were taken silently,
     * the last key winning or the alias read as its anchor's name, or were a NullPointerException).
     */
    @Test
    void aHouseRulesFileIsReadWithTheConfigurationsChecks() throws IOException {
        Path twice = Files.writeString(dir.resolve("twice.yaml"), RULES + "    code: ACME-2\n");
        assertBad(Cli.run("--house-rules", twice.toString(), offer.toString()),
                "offer-lint: " + twice + ":6: house-rules[0].code: given twice; keep one");
        Path alias = Files.writeString(dir.resolve("alias.yaml"), "- code: &c ACME-1\n  message: *c\n  required: name\n");
        assertBad(Cli.run("--house-rules", alias.toString(), offer.toString()),
                "offer-lint: " + alias + ":2: [0].message: an alias (*c) is not read here; write the value out");
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "- " + "[".repeat(1200) + "]".repeat(1200) + "\n");
        assertBad(Cli.run("--house-rules", deep.toString(), offer.toString()),
                "offer-lint: " + deep + ":1: not YAML: Document nesting depth (1001) exceeds the maximum allowed (1000)");
        Path latin1 = Files.write(dir.resolve("latin1.yaml"),
                "- code: ACME-1\n  message: caf\u00e9\n  required: name\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertBad(Cli.run("--house-rules", latin1.toString(), offer.toString()),
                "offer-lint: " + latin1 + ":2: not UTF-8: bytes that are not UTF-8 at column 15; save the file as UTF-8");
        Path notYaml = Files.writeString(dir.resolve("broken.yaml"), "- code: [\n");
        assertBad(Cli.run("--house-rules", notYaml.toString(), offer.toString()),
                "offer-lint: " + notYaml + ":2: not YAML: while parsing a flow node; expected the node content, but found "
                        + "'<stream end>'");
        assertBad(Cli.run("--house-rules", dir.toString(), offer.toString()),
                "offer-lint: " + dir + ": a folder, not a file");
    }

    private static void assertBad(Cli cli, String start) {
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).startsWith(start);
        assertThat(cli.err().strip()).doesNotContain("\n");
        assertThat(cli.out()).isEmpty();
    }
}
