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
 * {@code BoundedWorkIT}.
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
    }
}
