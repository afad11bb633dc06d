package org.offerrules.validation.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A data file read as a stream — a few bytes a read, through a window of a few bytes — gives what the
 * whole file in memory gives: the same records, ids, e-mail owners and every {@code FILE:LINE} problem,
 * wherever a value, an escape or a line break meets the end of a read or of the window.
 */
class StreamedDataTest {

    private static final String BOM = "\uFEFF";

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("json", "{\"httpStatus\": 200, \"data\": [\n"
                        + "{\"id\": \"1\", \"email\": \"a\\u00e9@example.com\", \"company\": \"Q \\\"x\\\" \\\\ y\", \"tags\": [1, {\"a\": [true, null]}]},\n"
                        + "{\"id\": 2, \"email\": \"B@example.com\", \"a_field_name_longer_than_any_kept\": -1.5e+3},\n"
                        + "{\"id\": \"x7\", \"email\": \"c@example.com\"},\n"
                        + "{\"email\": \"d@example.com\"},\n"
                        + "{\"id\": 5, \"email\": 12},\n"
                        + "{\"id\": 6, \"email\": \"b@example.com\"},\n"
                        + "{\"id\": 7, \"email\": null, \"id_\": {}}\n]}\n"),
                Arguments.of("json", BOM + "[{\"id\": 1}, {\"id\": 2}\n {\"id\": 3}]"),
                Arguments.of("json", "{\"data\": {\"page\": 1, \"list\": [{\"id\": 1}, {\"id\": 12345678901}]}}"),
                Arguments.of("json", "[{\"id\": 1}, {\"id\": 2, \"email\": \"unterminated}]\n"),
                Arguments.of("json", "[{\"id\": 1}, {\"id\": tru}]"),
                Arguments.of("json", "[{\"id\": 1},\n]"),
                Arguments.of("json", "[{\"id\": 1}, {\"id\": \"\\q\"}]"),
                Arguments.of("json", "[{\"id\": 1}, {\"id\": 2"),
                Arguments.of("json", "{\"httpStatus\": 200}"),
                Arguments.of("json", "[{\"id\": 1, \"name\": \"ends with a backslash\\"),
                Arguments.of("json", "[{\"id\": 1, \"email\": \"line\nbreak\"}]"),
                Arguments.of("ndjson", BOM + "{\"id\": 1, \"email\": \"a@example.com\"}\n\n  \r\n{\"id\": \"2\"}\r\n"
                        + "{\"id\": 3} trailing\n{\"id\": -4}\n{\"id\": 5, \"email\": \"A@example.com\"}\n{broken\n{\"id\": 6}"),
                Arguments.of("ndjson", "{\"id\": 1}\n{\"id\": 2}\n"),
                Arguments.of("csv", BOM + "id,email,company\n1,a@example.com,\"Acme, \"\"the\"\" one\"\n"
                        + "2,b@example.com,\"two\nlines\"\nx3,c@example.com,C\n4,d@example.com\n\n5,A@example.com,E\r\n"
                        + "6,,\"unclosed\n"),
                Arguments.of("csv", "name,email\nAcme,a@example.com\n"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void aStreamedFileGivesWhatTheWholeFileGives(String extension, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        DataFile.Table whole = DataFile.read(DataEntity.ADVERTISERS, new ByteArrayInputStream(bytes), "f." + extension,
                extension, bytes.length + 1);
        assertThat(whole.problems()).as("the corpus is meant to have problems or records").isNotNull();
        for (int chunk = 1; chunk <= 7; chunk++) {
            for (int window = 1; window <= 9; window++) {
                DataFile.Table streamed = DataFile.read(DataEntity.ADVERTISERS, trickle(bytes, chunk), "f." + extension,
                        extension, window);
                assertThat(describe(streamed)).as("%d bytes a read, a window of %d", chunk, window)
                        .isEqualTo(describe(whole));
            }
        }
    }

    @Test
    void theProblemsOfAFileManyWindowsLongAreAtTheirLines(@TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"httpStatus\": 200, \"data\": [\n");
        int records = 20_000;
        for (int i = 1; i <= records; i++) {
            String id = i == 7_000 ? "\"x" + i + "\"" : String.valueOf(i);
            json.append("{\"id\": ").append(id).append(", \"email\": \"adv").append(i).append("@example.com\", \"company\": \"")
                    .append(i == 12_000 ? "c".repeat(3 * JsonScan.WINDOW) : "Company " + i).append("\"}")
                    .append(i < records ? ",\n" : "\n");
        }
        json.append("]}\n");
        Path file = Files.writeString(dir.resolve("advertisers.json"), json);
        assertThat(Files.size(file)).isGreaterThan(10L * JsonScan.WINDOW);

        DataFile.Table table = DataFile.read(DataEntity.ADVERTISERS, file, "advertisers.json");

        assertThat(table.problems()).containsExactly("advertisers.json:7001: id \"x7000\" is not a whole number above 0");
        assertThat(table.records()).isEqualTo(records - 1);
        assertThat(table.emails().owner(EmailOwners.normal("adv19999@example.com"))).isEqualTo(19_999);
        assertThat(table.ids().contains(12_000)).isTrue();
        assertThat(table.ids().contains(7_000)).isFalse();
    }

    /** A line of 17 MiB (a wrong file, or a hostile one) is one problem at its line, never held whole. */
    @Test
    void aLineLongerThanARecordCanBeIsAProblemAtItsLineAndTheNextLinesAreRead(@TempDir Path dir) throws IOException {
        String huge = "{\"id\": 2, \"email\": \"" + "x".repeat(DataFile.MAX_RECORD + (1 << 20)) + "\"}";
        Path ndjson = Files.writeString(dir.resolve("advertisers.ndjson"),
                "{\"id\": 1, \"email\": \"a@example.com\"}\n" + huge + "\n{\"id\": 3, \"email\": \"c@example.com\"}\n");
        DataFile.Table lines = DataFile.read(DataEntity.ADVERTISERS, ndjson, "advertisers.ndjson");
        assertThat(lines.problems()).containsExactly("advertisers.ndjson:2: a line longer than 16 MiB: not one record");
        assertThat(lines.ids().contains(1)).isTrue();
        assertThat(lines.ids().contains(3)).isTrue();

        Path csv = Files.writeString(dir.resolve("advertisers.csv"), "id,email\n1,a@example.com\n2," + "x".repeat(DataFile.MAX_RECORD + 1) + "\n");
        DataFile.Table rows = DataFile.read(DataEntity.ADVERTISERS, csv, "advertisers.csv");
        assertThat(rows.problems()).containsExactly("advertisers.csv:3: a row longer than 16 MiB: not one record");
        assertThat(rows.ids().contains(1)).isTrue();
    }

    /**
     * A JSON value of 17 MiB that the window would have to hold (a kept e-mail, an id, a field's name, a
     * number) is one problem at its line: the window grew to the value's size (a value of 200 MB ran a
     * 384 MB heap out of memory). A long string that is skipped is read through the window as before.
     */
    @Test
    void aJsonValueLongerThanARecordCanBeIsAProblemAtItsLine(@TempDir Path dir) throws IOException {
        String big = "1".repeat(DataFile.MAX_RECORD + 1);
        for (String record : List.of("{\"id\": 2, \"email\": \"" + big + "\"}", "{\"id\": " + big + "}",
                "{\"id\": 2, \"" + big + "\": 1}", "{\"id\": 2, \"revenue\": " + big + "}")) {
            Path json = Files.writeString(dir.resolve("advertisers.json"), "[{\"id\": 1},\n" + record + ",\n{\"id\": 3}]");

            DataFile.Table table = DataFile.read(DataEntity.ADVERTISERS, json, "advertisers.json");

            assertThat(table.problems()).as(record.substring(0, 20))
                    .containsExactly("advertisers.json:2: a value longer than 16 MiB: not a record's field");
        }
        Path skipped = Files.writeString(dir.resolve("advertisers.json"),
                "[{\"id\": 1},\n{\"id\": 2, \"description\": \"" + big + "\"},\n{\"id\": 3}]");
        DataFile.Table table = DataFile.read(DataEntity.ADVERTISERS, skipped, "advertisers.json");
        assertThat(table.problems()).isEmpty();
        assertThat(table.records()).isEqualTo(3);
    }

    /** Records, problems, and which of the ids 1 to 9 and e-mails a to f are known, and whose. */
    private static List<String> describe(DataFile.Table table) {
        List<String> out = new ArrayList<>(table.problems());
        out.add("records " + table.records());
        for (int id = 1; id <= 9; id++) {
            out.add(id + " " + table.ids().contains(id));
        }
        for (char c = 'a'; c <= 'f'; c++) {
            out.add(c + " " + (table.emails() == null ? "-" : table.emails().owner(EmailOwners.normal(c + "@example.com"))));
        }
        return out;
    }

    /** A stream that gives at most {@code chunk} bytes a read, as a pipe or a network file system may. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, chunk));
            }
        };
    }
}
