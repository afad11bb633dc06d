package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Nothing the input says can forge a line of the text report, nor reach the terminal as a control
 * sequence (issue 29): keys, values and file names with new lines, ESC, C1 controls, line separators
 * and bidi overrides come out escaped.
 */
class ForgedLinesTest {

    /** Pieces of hostile text: every kind of character the report must escape, and harmless ones. */
    private static final String[] PIECES = {"a", "Z", "9", " ", "\\", "\"", "/", "~", ":", "é", "\n", "\r", "\t",
        "\u001b[31m", "\u0000", "\u0007", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066",
        "\u200f", "\u061c", "\ufeff", "\nforged.json:1:1: error 9999 Forged finding\n"};

    @Test
    void aKeyWithANewLineForgesNoFinding(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("o.json"), "{\"x\\nforged.json:1:1: error 9999 Forged finding\": 1, "
                + "\"name\": \"\\u001b[2J\"}");

        Cli cli = Cli.run("--no-progress", file.toString());

        assertThat(cli.out().lines()).noneMatch(line -> line.startsWith("forged.json"));
        assertThat(cli.out()).contains("(/x\\nforged.json:1:1: error 9999 Forged finding)").doesNotContain("\u001b");
    }

    @Test
    void hostileKeysValuesAndFileNamesGiveNoRawControlCharacter(@TempDir Path dir) {
        Gen<String> text = lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 6)
                .map(picks -> picks.stream().map(i -> PIECES[i]).reduce("", String::concat));
        qt().withFixedSeed(20261206L).withExamples(30).forAll(text, text, text).checkAssert((key, value, name) -> {
            // a name is at most 255 bytes: the longest piece, in UTF-8, is under 50
            String cleaned = name.replace("/", "_").replace("\u0000", "_");
            String fileName = cleaned.substring(0, Math.min(cleaned.length(), 80)) + ".json";
            String json = "{" + quote(key) + ": 1, \"name\": " + quote(value) + ", \"status\": " + quote(value)
                    + ", \"geo_countries\": [" + quote(value) + "], \"url\": " + quote(value) + ", "
                    + quote(value) + ": {" + quote(key) + ": []}}";
            try {
                Path folder = Files.createTempDirectory(dir, "run");
                Files.writeString(folder.resolve(fileName), json);
                Files.writeString(folder.resolve("lines.ndjson"), json + "\n" + quote(value) + "\n");
                Cli cli = Cli.run("--no-progress", "--fail-on", "never", folder.toString());

                assertThat(cli.status()).isZero();
                assertThat(cli.out()).contains("error");
                assertPrintable(cli.out());
                assertPrintable(cli.err());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void assertPrintable(String report) {
        List<String> lines = report.lines().toList();
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                assertThat(Printable.unsafe(line.charAt(i))).as("U+%04X in %s", (int) line.charAt(i), line).isFalse();
            }
        }
        // lines() splits at \r too: a line ends only with the line separator
        assertThat(report.replace(System.lineSeparator(), "")).doesNotContain("\n", "\r");
    }

    /** {@code s} as a JSON string, its control characters escaped (shared with TextMatchesJsonTest). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
