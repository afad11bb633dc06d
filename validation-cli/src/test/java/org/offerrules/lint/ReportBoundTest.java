package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report has a bound (issue 29): a file of thousands of broken documents lists the first findings,
 * and its summary counts every one, the rest as "not listed". The 4 MB list through the real jar:
 * {@code BoundedWorkIT}. SARIF says it as a run's notification and in its properties.
 */
class ReportBoundTest {

    @Test
    void findingsPastTheBoundAreCountedNotListed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty-offers.json"), "[" + "{},".repeat(2_999) + "{}]");
        long before = LintRun.maxListedForTests;
        LintRun.maxListedForTests = 500;
        try {
            Cli text = Cli.run("--no-progress", file.toString());
            Cli json = Cli.run("--no-progress", "--format", "json", file.toString());

            assertThat(text.status()).isEqualTo(1);
            assertThat(text.out().lines().filter(line -> line.startsWith(file.toString()))).hasSize(500);
            JsonNode summary = new ObjectMapper().readTree(json.out()).get("summary");
            long all = summary.get("errors").asLong() + summary.get("warnings").asLong();
            assertThat(all).isGreaterThan(3_000);
            assertThat(summary.get("notListed").asLong()).isEqualTo(all - 500);
            assertThat(text.out()).contains(String.format("%-20s %,d%n", "findings not listed", all - 500));

            Cli sarif = Cli.run("--no-progress", "--format", "sarif", file.toString());
            JsonNode run = new ObjectMapper().readTree(sarif.out()).get("runs").get(0);
            assertThat(SchemaValidation.sarif().problems(sarif.out())).isEmpty();
            assertThat(run.get("results")).hasSize(500);
            assertThat(run.at("/properties/notListed").asLong()).isEqualTo(all - 500);
            assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
                    .isEqualTo((all - 500) + " more findings are not listed: the report lists at most 500");
        } finally {
            LintRun.maxListedForTests = before;
        }
    }

    @Test
    void aReportWithinTheBoundSaysNothingOfIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("o.json"), "[{},{}]");

        Cli json = Cli.run("--no-progress", "--format", "json", file.toString());

        assertThat(new ObjectMapper().readTree(json.out()).get("summary").has("notListed")).isFalse();
        assertThat(Cli.run("--no-progress", file.toString()).out()).doesNotContain("not listed");
        JsonNode run = new ObjectMapper().readTree(Cli.run("--no-progress", "--format", "sarif", file.toString()).out())
                .get("runs").get(0);
        assertThat(run.has("invocations")).isFalse();
        assertThat(run.has("properties")).isFalse();
    }
}
