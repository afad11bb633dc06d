package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;

/**
 * The CLI gives the answers the library gives for the same bytes, whatever the line ends or the
 * layout of the file: each finding as "document code pointer line:column" of the JSON report.
 */
class InputKindsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OK = HostileInputIT.OFFER;
    private static final String BAD_SSL = ReportFailureTest.OFFER;
    private static final int SSL_COLUMN = BAD_SSL.indexOf("\"ssl\": ") + 8;

    @Test
    void ndjsonWithOldMacLineEndsIsOneDocumentPerLine(@TempDir Path dir) throws Exception {
        for (String end : new String[] {"\r", "\r\n", "\n"}) {
            Path file = Files.writeString(dir.resolve("offers.ndjson"), OK + end + BAD_SSL + end + end + OK + end);

            JsonNode report = lint(file);

            assertThat(findings(report)).as("%s", end.equals("\r") ? "CR" : end.length() == 2 ? "CRLF" : "LF")
                    .containsExactly("1 6319 /ssl 2:" + SSL_COLUMN);
            assertThat(report.path("documents").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aWhiteSpaceOnlyFileIsPlacedAfterItsLastWhiteSpaceAsTheReaderPlacesIt(@TempDir Path dir) throws Exception {
        String blank = "  \n\t\r\n ";
        Path file = Files.writeString(dir.resolve("blank.json"), blank);

        JsonNode report = lint(file);

        assertThat(findings(report)).containsExactly("0 6055  3:2");
        assertThat(report.path("violations").path(0).path("message").asText())
                .isEqualTo("Invalid json data: no JSON document in the input");
        Violation v = OfferReader.create().read(blank.getBytes(StandardCharsets.UTF_8)).report().violations().get(0);
        assertThat(List.of(v.codeNumber(), v.line(), v.column(), v.message()))
                .containsExactly(6055, 3, 2, "Invalid json data: no JSON document in the input");
    }

    @Test
    void aLoneSurrogateEscapeInAFieldNameIsOne6055AtTheEscape(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("offers.ndjson"), OK + "\n{\"id\": 5, \"\\ud800\": 1}\n" + OK + "\n");

        JsonNode report = lint(file);

        assertThat(findings(report)).containsExactly("1 6055  2:12");
        assertThat(report.path("violations").path(0).path("message").asText()).isEqualTo("Invalid json data: a field "
                + "name holds a lone surrogate escape (\\uD800 to \\uDFFF not in a pair)");
        assertThat(report.path("documents").asInt()).isEqualTo(3);
    }

    @Test
    void aNamePastItsLimitIsPlacedAtItsQuoteInTheProductsWords(@TempDir Path dir) throws Exception {
        // NDJSON lines are read as bytes, a pretty-printed file as text: one answer
        String name = "k".repeat(3000);
        Path ndjson = Files.writeString(dir.resolve("offers.ndjson"), "{\"id\": 5, \"" + name + "\": 1}\n");
        Path pretty = Files.writeString(dir.resolve("offer.json"), "{\n\"id\": 5, \"" + name + "\": 1}\n");

        assertThat(findings(lint(ndjson))).containsExactly("0 6055  1:11");
        JsonNode report = lint(pretty);
        assertThat(findings(report)).containsExactly("0 6055  2:10");
        assertThat(report.path("violations").path(0).path("message").asText())
                .isEqualTo("Invalid json data: field name longer than the maximum allowed (1024 characters)");
    }

    /**
     * A byte order mark is no column: the file, the library's bytes and its text all place the first
     * line's findings as an editor shows the line (docs/decisions/jackson.md, Positions).
     */
    @Test
    void aByteOrderMarkIsNoColumnForTheFileNorTheLibrary(@TempDir Path dir) throws Exception {
        String doc = "\uFEFF{\"id\": 4, \"ssl\": 2}";
        for (String name : new String[] {"marked.json", "marked.ndjson"}) {
            Path file = Files.writeString(dir.resolve(name), doc);
            assertThat(findings(lint(file))).as(name).contains("0 6319 /ssl 1:18");
        }
        OfferReader reader = OfferReader.builder().mode(org.offerrules.validation.ValidationMode.UPDATE).build();
        for (java.util.function.Supplier<org.offerrules.validation.document.ReadResult> read : List.<java.util.function.Supplier<org.offerrules.validation.document.ReadResult>>of(
                () -> reader.read(doc.getBytes(StandardCharsets.UTF_8)), () -> reader.read(doc))) {
            assertThat(read.get().report().violations()).extracting(v -> v.codeNumber() + " " + v.line() + ":" + v.column())
                    .containsExactly("6319 1:18");
        }
    }

    /**
     * A place in a parser's message is moved to the file's line on an NDJSON line; a user's value that a
     * message quotes is left as written, even when it reads like a place.
     */
    @Test
    void aValueThatReadsLikeAPlaceIsNotMovedOnAnNdjsonLine(@TempDir Path dir) throws Exception {
        String line = "{\"id\": 1, \"ssl\": \"a line: 1, column: 2]\"}";
        Path file = Files.writeString(dir.resolve("offers.ndjson"), "{\"id\": 1}\n{\"id\": 1}\n" + line + "\n");
        JsonNode report = lint(file);
        String expected = OfferReader.builder().mode(org.offerrules.validation.ValidationMode.UPDATE).build()
                .read(line).report().violations().get(0).message();
        assertThat(expected).contains("\"a line: 1, column: 2]\"");
        List<String> ssl = new ArrayList<>();
        for (JsonNode v : report.path("violations")) {
            if (v.path("pointer").asText().equals("/ssl")) {
                ssl.add(v.path("line").asInt() + " " + v.path("message").asText());
            }
        }
        assertThat(ssl).filteredOn(s -> s.startsWith("3 ")).containsExactly("3 " + expected);
    }

    /**
     * A character past U+FFFF where JSON allows none is named whole, as the library names it, in a line of
     * NDJSON (read as bytes) and in a pretty-printed array (read as a stream of text): before, the text
     * reader named its high surrogate, half a character, and so did offer-lint's bytes.
     */
    @Test
    void aCharacterPastUffffIsNamedWholeInEveryKindOfFile(@TempDir Path dir) throws Exception {
        String broken = "{\"id\": 5\uD83C\uDF89}";
        String expected = "Invalid json data: Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)): was expecting "
                + "comma to separate Object entries";
        Path ndjson = Files.writeString(dir.resolve("offers.ndjson"), OK + "\n" + broken + "\n");
        Path array = Files.writeString(dir.resolve("offers.json"), "[\n  " + OK + ",\n  " + broken + "\n]\n");
        OfferReader reader = OfferReader.builder().mode(org.offerrules.validation.ValidationMode.UPDATE).build();
        assertThat(reader.read(broken).report().violations()).extracting(Violation::message).containsExactly(expected);

        JsonNode lines = lint(ndjson);
        assertThat(findings(lines)).containsExactly("1 6055  2:9");
        assertThat(lines.path("violations").path(0).path("message").asText()).isEqualTo(expected);
        JsonNode pretty = lint(array);
        assertThat(findings(pretty)).containsExactly("1 6055  3:11");
        assertThat(pretty.path("violations").path(0).path("message").asText()).isEqualTo(expected);
    }

    static JsonNode lint(Path file) throws Exception {
        return JSON.readTree(Cli.run("--no-progress", "--format", "json", file.toString()).out());
    }

    static List<String> findings(JsonNode report) {
        List<String> findings = new ArrayList<>();
        for (JsonNode v : report.path("violations")) {
            findings.add(v.path("document").asInt() + " " + v.path("code").asInt() + " " + v.path("pointer").asText() + " "
                    + v.path("line").asInt() + ":" + v.path("column").asInt());
        }
        return findings;
    }
}
