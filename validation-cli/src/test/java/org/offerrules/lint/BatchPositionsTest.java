package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The run's findings against itself (6006, 6113) are at the value their pointer names, line and UTF-16
 * column in the file, as every other finding is: for NDJSON lines, array elements (read in turn, or split
 * for the workers) and whole-file documents, in the text and the JSON report.
 */
class BatchPositionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli lint(long splitAt, String... args) {
        long before = LintRun.splitThreshold;
        LintRun.splitThreshold = splitAt;
        try {
            List<String> all = new ArrayList<>(List.of("--no-progress", "--threads", "2"));
            all.addAll(List.of(args));
            return Cli.run(all.toArray(String[]::new));
        } finally {
            LintRun.splitThreshold = before;
        }
    }

    /** (code, pointer, line, column) of the JSON report's violations. */
    private static List<Tuple> placed(Cli cli) throws Exception {
        List<Tuple> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(cli.out()).get("violations")) {
            found.add(tuple(v.get("code").asInt(), v.get("pointer").asText(), v.get("line").asInt(),
                    v.get("column").asInt()));
        }
        return found;
    }

    @ParameterizedTest(name = "split at {0}")
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void anNdjsonLinesUpdateIsAtItsIdAfterNonAsciiText(long splitAt, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("updates.ndjson"), String.join("\n",
                "{\"id\": 41, \"name\": \"A\"}",
                "{\"id\": 42, \"name\": \"B\"}",
                "{\"name\": \"Ünï 🎉\", \"id\": 41}") + "\n");
        // UTF-16 units: the emoji is two, Ü and ï one each (their UTF-8 bytes would put the id at 30)
        Cli text = lint(splitAt, "--mode", "update", file.toString());
        assertThat(text.out()).contains(file + ":3:26: warning 6006 ");

        Cli json = lint(splitAt, "--mode", "update", "--format", "json", file.toString());
        assertThat(placed(json)).containsExactly(tuple(6006, "/id", 3, 26));
    }

    /** A document's findings are in line and column order (ReportWriter's contract), the batch's among its own. */
    @ParameterizedTest(name = "split at {0}")
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void theBatchsFindingIsInPositionOrderAmongTheDocumentsOwn(long splitAt, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("updates.ndjson"), "{\"id\": 41}\n{\"id\": 41, \"ssl\": 5}\n");

        Cli json = lint(splitAt, "--mode", "update", "--format", "json", file.toString());
        assertThat(placed(json)).containsExactly(tuple(6006, "/id", 2, 8), tuple(6319, "/ssl", 2, 19));
        Cli text = lint(splitAt, "--mode", "update", file.toString());
        assertThat(text.out().indexOf(file + ":2:8: warning 6006 ")).isNotNegative()
                .isLessThan(text.out().indexOf(file + ":2:19: error 6319 "));
    }

    @ParameterizedTest(name = "split at {0}")
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void anArrayElementsUpdateIsAtItsIdOnItsLineAndOnASharedLine(long splitAt, @TempDir Path dir) throws Exception {
        Path pretty = Files.writeString(dir.resolve("pretty.json"), """
                [
                  {"id": 41, "name": "A"},
                  {"name": "B", "id": 41}
                ]
                """);
        Path minified = Files.writeString(dir.resolve("minified.json"), "[{\"id\": 7}, {\"id\": 7}]\n");

        Cli text = lint(splitAt, "--mode", "update", pretty.toString(), minified.toString());
        assertThat(text.out()).contains(pretty + ":3:23: warning 6006 ", minified + ":1:20: warning 6006 ");

        Cli json = lint(splitAt, "--mode", "update", "--format", "json", pretty.toString(), minified.toString());
        // the run reads the files in name order: minified.json first
        assertThat(placed(json)).containsExactly(tuple(6006, "/id", 1, 20), tuple(6006, "/id", 3, 23));
    }

    @ParameterizedTest(name = "split at {0}")
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void aWholeFilesClaimIsAtItsValue(long splitAt, @TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.json"),
                "{\"email\": \"ada@example.com\", \"status\": \"Active\", \"company\": \"A\", \"first_name\": \"Ada\"}\n");
        Path second = Files.writeString(dir.resolve("b.json"), """
                {
                  "status": "Active",
                  "company": "B",
                  "first_name": "Bob",
                  "email": "Ada@example.com"
                }
                """);

        Cli text = lint(splitAt, "--request", "setAdvertiser", first.toString(), second.toString());
        assertThat(text.out()).contains(second + ":5:12: error 6113 ");

        Cli json = lint(splitAt, "--request", "setAdvertiser", "--format", "json", first.toString(),
                second.toString());
        assertThat(placed(json)).containsExactly(tuple(6113, "/email", 5, 12));
    }
}
