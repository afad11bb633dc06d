package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.document.ArrayElements;
import org.offerrules.validation.document.OfferReader;

/**
 * A JSON array file split into its elements for the workers gives the report of the sequential
 * reading, byte for byte, in every format: the split forced on (threshold 0) and off. Each case also
 * says whether the scan must split it or give up, so that a scan that gives up on everything (and so
 * agrees trivially) fails.
 */
class ArraySplitTest {

    static final String OFFER = "{\"advertiser_id\": 12, \"name\": \"Summer Sale\", \"status\": \"Active\", \"expire_date\": "
            + "\"2030/12/31\", \"type\": \"Mobile\", \"url\": \"https://track.example.com/click?tid={TID}\", \"access_type\": "
            + "\"Public\", \"ssl\": 1, \"tracking_protocol\": \"Server Postback URL\", \"currency\": 1, \"payout_type\": \"CPA\", "
            + "\"payout\": 2.5}";
    static final String BAD_SSL = OFFER.replace("\"ssl\": 1", "\"ssl\": 2");
    /** Strings with every byte the scan tracks, non-ASCII (a surrogate pair too) and a nested array. */
    static final String TRICKY = "{\"name\": \"Ünïcødé 🎉 [x] {y}, \\\"q\\\" \\\\\", \"advertiser_id\": \"abc\", "
            + "\"x\": [[1, [2]], {\"y\": [3, \"]\"]}]}";
    static final String PRETTY = "{\n    " + inside(OFFER).replace(", \"", ",\n    \"") + "\n  }";
    static final String BAD_PRETTY = "{\r\n\t" + inside(BAD_SSL).replace(", \"", ",\r\n\t\"") + "\r\n}";

    /**
     * Brackets, braces, commas and escaped quotes and backslashes in strings, a key full of them, and
     * characters of 2, 3 and 4 bytes before the violations on the same line.
     */
    static final String MINIFIED_HOSTILE = "{\"name\":\"]},{\\\"[\\\\\",\"x\\\"}\":\"€é🎉𝄞\",\"advertiser_id\":\"🎉\","
            + "\"url\":\"\\u005d\\\"\",\"ssl\":2}";

    /** An element the byte tokenizer is not sure of (an exponent), after non-ASCII characters on its line. */
    static final String EXPONENT = "{\"name\":\"é🎉\",\"payout\":25e-1,\"advertiser_id\":\"𝄞\",\"ssl\":2}";

    /** {@code n} offers on one line, every fifth invalid and {@link #MINIFIED_HOSTILE} every seventh, then {@code end}. */
    static String minified(int n, int broken, String end) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? "," : "").append(i == broken ? "{\"name\" \"x\"}"
                    : i % 7 == 2 ? MINIFIED_HOSTILE : i % 5 == 1 ? BAD_SSL : OFFER);
        }
        return s.append(end).toString();
    }

    /** An object's members, without its braces. */
    static String inside(String object) {
        return object.substring(1, object.length() - 1);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        // split: the scan is sure of these
        cases.add(Arguments.of("one-line", "[" + OFFER + "," + BAD_SSL + ", " + OFFER + "]", true));
        cases.add(Arguments.of("wrapped-ndjson", "[\n" + OFFER + "\n,\n" + BAD_SSL + "\n,\n" + TRICKY + "\n]\n", true));
        cases.add(Arguments.of("pretty", "\n\n  [\n  " + PRETTY + ",\n  " + BAD_PRETTY + ",  " + TRICKY + "\n]\n", true));
        cases.add(Arguments.of("non-ascii-before-on-the-line", "[" + TRICKY + ", " + BAD_SSL + ",\t" + TRICKY + "]", true));
        cases.add(Arguments.of("crlf-and-cr", "[\r\n" + BAD_SSL + ",\r" + TRICKY + "\r\n,\r\n\r" + BAD_PRETTY + "]\r\n", true));
        cases.add(Arguments.of("empty", "[]", true));
        cases.add(Arguments.of("empty-spaced", " \n [ \n ] \n", true));
        cases.add(Arguments.of("binding-errors", "[{\"advertiser_id\": \"x\", \"ssl\": [1, {\"a\": [\"]\"]}], \"payout\": {}}, "
                + BAD_SSL + "]", true));
        cases.add(Arguments.of("deep-but-allowed", "[" + OFFER.replace("\"payout\": 2.5", "\"payout\": 2.5, \"x\": "
                + "[".repeat(13) + "]".repeat(13)) + "]", true));
        // broken JSON inside balanced brackets: split, a 6055 for the element and the elements after it read,
        // as the sequential reading reads them
        cases.add(Arguments.of("syntax-error-in-element", "[" + OFFER + ", {\"name\" \"x\"}, " + BAD_SSL + "]", true));
        cases.add(Arguments.of("bad-literal-in-element", "[" + BAD_SSL + ", {\"ssl\": tru}, " + BAD_SSL + "]", true));
        cases.add(Arguments.of("bad-escape-in-element", "[" + BAD_SSL + ", {\"name\": \"\\x\"}, " + BAD_SSL + "]", true));
        // minified, as APIs and json.dump write it: every element on one line, far past column 65,536
        cases.add(Arguments.of("minified", minified(300, -1, "]"), true));
        cases.add(Arguments.of("minified-hostile-strings", "[" + TRICKY + "," + MINIFIED_HOSTILE + "," + BAD_SSL + ","
                + MINIFIED_HOSTILE + "]", true));
        cases.add(Arguments.of("minified-broken-in-the-middle", minified(400, 200, "]"), true));
        cases.add(Arguments.of("minified-broken-first", minified(300, 0, "]"), true));
        cases.add(Arguments.of("minified-broken-last", minified(300, 299, "]"), true));
        cases.add(Arguments.of("two-broken", "[" + BAD_SSL + ",{\"name\" \"x\"}," + TRICKY + ",\n" + PRETTY.replace("12,", "12,,")
                + "," + BAD_SSL + "]", true));
        cases.add(Arguments.of("broken-lone-brace-in-a-string", "[{\"ssl\": tru, \"name\": \"}, {\\\"a\\\": 1} ]\"}," + BAD_SSL
                + "]", true));
        cases.add(Arguments.of("broken-pretty-crlf", "[\r\n  " + BAD_PRETTY.replace("\"ssl\": 2", "\"ssl\": tru") + ",\r\n  "
                + BAD_PRETTY + "\r\n]\r\n", true));
        // a broken element, then what the scan is not sure of: the sequential reading goes on to it
        cases.add(Arguments.of("broken-then-truncated", "[" + BAD_SSL + ",{\"ssl\": tru}," + BAD_SSL + ",{\"name\": [", false));
        cases.add(Arguments.of("broken-then-unbalanced", "[{\"ssl\": tru}," + BAD_SSL + ",{\"x\": [}," + BAD_SSL + "]", false));
        cases.add(Arguments.of("broken-too-deep-for-the-parser", "[" + BAD_SSL + ",{\"x\": " + "[".repeat(40) + "]".repeat(40)
                + "}," + BAD_SSL + "]", false));
        cases.add(Arguments.of("broken-unterminated-string", "[" + BAD_SSL + ",{\"name\": \"x}," + BAD_SSL + "]", false));
        // read by the byte tokenizer, and by the parser of text where it is not sure (an exponent) in the middle
        cases.add(Arguments.of("minified-exponent-in-the-middle", "[" + MINIFIED_HOSTILE + "," + EXPONENT + ","
                + BAD_SSL + "," + EXPONENT.replace("25e-1", "2.5E+0") + "," + MINIFIED_HOSTILE + "]", true));
        cases.add(Arguments.of("crlf-exponent-in-the-middle", "[\r\n" + BAD_PRETTY + ",\r\n" + EXPONENT + ",\r\n"
                + BAD_PRETTY + "]\r\n", true));
        cases.add(Arguments.of("minified-truncated", minified(400, -1, ""), false));
        cases.add(Arguments.of("minified-truncated-in-a-string", minified(400, -1, ",{\"name\": \"é🎉 ["), false));
        // the scan gives up on these: the sequential reading reports them
        cases.add(Arguments.of("unbalanced", "[" + OFFER + ", {\"name\": [\"x\"}, " + BAD_SSL + "]", false));
        cases.add(Arguments.of("truncated", "[" + OFFER + ", " + BAD_SSL, false));
        cases.add(Arguments.of("trailing-garbage", "[" + BAD_SSL + "] x", false));
        cases.add(Arguments.of("trailing-comma", "[" + BAD_SSL + ",]", false));
        cases.add(Arguments.of("not-an-object", "[" + BAD_SSL + ", 3, " + BAD_SSL + "]", false));
        cases.add(Arguments.of("nested-array-element", "[[" + BAD_SSL + "], " + BAD_SSL + "]", false));
        cases.add(Arguments.of("bom", "\uFEFF[" + BAD_SSL + "]", false));
        cases.add(Arguments.of("cr-before-array", "\r\n[" + BAD_SSL + "]", false));
        cases.add(Arguments.of("too-deep-for-the-scan", "[" + OFFER.replace("\"payout\": 2.5", "\"payout\": 2.5, \"x\": "
                + "[".repeat(20) + "]".repeat(20)) + ", " + BAD_SSL + "]", false));
        cases.add(Arguments.of("too-deep-for-the-parser", "[" + BAD_SSL + ", {\"x\": " + "[".repeat(40) + "]".repeat(40) + "}]",
                false));
        cases.add(Arguments.of("control-character", "[" + BAD_SSL + ", {\"name\": \"a\u0001b\"}]", false));
        cases.add(Arguments.of("not-an-array", BAD_SSL, false));
        // large files: elements are handed out before the scan meets what it gives up on, far after them
        cases.add(Arguments.of("large", large(4000, "]\n"), true));
        cases.add(Arguments.of("large-syntax-error", large(2000, "]", 1500), true));
        cases.add(Arguments.of("large-syntax-errors-then-truncated", large(3000, "", 1500).replace(TRICKY, "{\"name\": x}"),
                false));
        cases.add(Arguments.of("large-trailing-garbage", large(6000, "] x"), false));
        cases.add(Arguments.of("large-unbalanced-late", large(6000, ", {\"a\": [}]"), false));
        // the hostile corpus, as far as its files are small enough to hold
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
            for (Path file : files.sorted().toList()) {
                cases.add(Arguments.of("hostile/" + file.getFileName(), Files.readString(file, StandardCharsets.ISO_8859_1), null));
            }
        }
        return cases.stream();
    }

    /** {@code n} offers on their own lines, every seventh invalid, then {@code end}. */
    static String large(int n, String end) {
        return large(n, end, -1);
    }

    /** {@link #large(int, String)} with broken JSON as element {@code broken}. */
    static String large(int n, String end, int broken) {
        StringBuilder s = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? ",\n" : "").append(i == broken ? "{\"name\" \"x\"}"
                    : i % 7 == 3 ? BAD_SSL : i % 11 == 5 ? TRICKY : OFFER);
        }
        return s.append('\n').append(end).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSplitReportIsTheSequentialOne(String name, String content, Boolean splits, @TempDir Path dir) throws IOException {
        // hostile files are kept byte for byte (ISO-8859-1 maps each byte to one char and back)
        Path file = dir.resolve("case.json");
        Files.write(file, name.startsWith("hostile/") ? content.getBytes(StandardCharsets.ISO_8859_1)
                : content.getBytes(StandardCharsets.UTF_8));
        if (splits != null) {
            assertThat(scanned(file)).as("the scan splits it").isEqualTo(splits);
        }
        for (String format : List.of("text", "json", "sarif")) {
            Cli sequential = lint(Long.MAX_VALUE, format, file);
            Cli oneThread = Cli.run("--threads", "1", "--no-progress", "--format", format, file.toString());
            Cli split = lint(0, format, file);
            assertThat(split.out()).as(format).isEqualTo(sequential.out()).isEqualTo(oneThread.out());
            assertThat(split.err()).isEqualTo(sequential.err()).isEqualTo(oneThread.err());
            assertThat(split.status()).isEqualTo(sequential.status()).isEqualTo(oneThread.status());
        }
    }

    @Test
    void columnsAfterNonAsciiOnTheSameLineAreUtf16Units(@TempDir Path dir) throws IOException {
        String content = "[" + TRICKY + ", " + BAD_SSL + "]";
        Path file = Files.writeString(dir.resolve("case.json"), content);
        int column = content.indexOf("2", content.indexOf("\"ssl\": 2")) + 1; // a String counts UTF-16 units
        assertThat(content.getBytes(StandardCharsets.UTF_8).length - content.length()).isEqualTo(6);
        Cli split = lint(0, "text", file);
        assertThat(split.out()).contains(file + ":1:" + column + ": error 6319 Invalid SSL (/ssl)")
                .contains(file + ":1:" + (content.indexOf("\"abc\"") + 1) + ": error 6306 Invalid Advertiser ID");
        assertThat(split.out()).contains("documents            2");
    }

    @Test
    void aMinifiedArrayIsSplitWithExactColumnsFarRightOnItsLine(@TempDir Path dir) throws IOException {
        String content = minified(300, -1, "]");
        Path file = Files.writeString(dir.resolve("case.json"), content);
        assertThat(scanned(file)).isTrue();
        int last = content.lastIndexOf(MINIFIED_HOSTILE); // element 296, after 4-byte characters on the line
        int ssl = content.indexOf("2", content.indexOf("\"ssl\":2", last)) + 1; // a String counts UTF-16 units
        int advertiser = content.indexOf("\"🎉\"", last) + 1;
        assertThat(ssl).isGreaterThan(65_536);
        assertThat(lint(0, "text", file).out()).contains(file + ":1:" + ssl + ": error 6319 Invalid SSL (/ssl)")
                .contains(file + ":1:" + advertiser + ": error 6306 Invalid Advertiser ID");
    }

    @Test
    void anElementTheTokenizerIsUnsureOfFarRightKeepsExactColumns(@TempDir Path dir) throws IOException {
        String content = minified(300, -1, "," + EXPONENT + "," + BAD_SSL + "]");
        Path file = Files.writeString(dir.resolve("case.json"), content);
        assertThat(scanned(file)).isTrue();
        int at = content.lastIndexOf(EXPONENT); // after 4-byte characters on the line: UTF-16 units
        int ssl = content.indexOf("2", content.indexOf("\"ssl\":2", at)) + 1;
        int advertiser = content.indexOf("\"𝄞\"", at) + 1;
        int next = content.indexOf("2", content.indexOf("\"ssl\": 2", at)) + 1; // BAD_SSL, read by the tokenizer again
        assertThat(ssl).isGreaterThan(65_536);
        assertThat(lint(0, "text", file).out()).contains(file + ":1:" + ssl + ": error 6319 Invalid SSL (/ssl)")
                .contains(file + ":1:" + advertiser + ": error 6306 Invalid Advertiser ID")
                .contains(file + ":1:" + next + ": error 6319 Invalid SSL (/ssl)");
    }

    @Test
    void aBrokenElementHidesNoElementAfterIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), large(6000, "]", 4000));
        Cli split = lint(0, "json", file);
        assertThat(scanned(file)).isTrue();
        // element 4000 is on line 4002, its name and value lack a colon between them; element 4007 (every
        // seventh from 3 is BAD_SSL) is on line 4009
        assertThat(split.out()).contains("\"document\":4000,\"pointer\":\"\",\"line\":4002,\"column\":9,\"code\":6055")
                .contains("\"document\":3993,").contains("\"document\":4007,\"pointer\":\"/ssl\",\"line\":4009,")
                .contains("\"documents\":6000,");
        assertThat(split.out()).isEqualTo(lint(Long.MAX_VALUE, "json", file).out());
    }

    @Test
    void theIssuesReproductionReadsTheThirdElement(@TempDir Path dir) throws IOException {
        // adversarial QA: a syntax error in the second of three elements, one per line and minified
        String first = OFFER;
        String broken = "{\"offer_name\": tru, \"x\": 1}";
        for (String content : List.of("[\n" + first + ",\n" + broken + ",\n" + BAD_SSL + "\n]\n",
                "[" + first + "," + broken + "," + BAD_SSL + "]")) {
            Path file = Files.writeString(dir.resolve("case.json"), content);
            int line = content.startsWith("[\n") ? 4 : 1;
            String last = content.startsWith("[\n") ? content.substring(content.lastIndexOf(",\n") + 2) : content;
            int ssl = last.lastIndexOf("\"ssl\": 2") + 8; // a String counts UTF-16 units
            for (String threads : List.of("1", "2")) {
                Cli cli = Cli.run("--threads", threads, "--no-progress", file.toString());
                assertThat(cli.out()).as(content).contains(file + ":" + line + ":" + ssl + ": error 6319 Invalid SSL (/ssl)")
                        .contains("documents            3").containsOnlyOnce("6055 Invalid json data");
            }
        }
    }

    @Test
    void generatedArraysGiveTheSequentialReport(@TempDir Path dir) {
        String[] elements = {OFFER, BAD_SSL, TRICKY, PRETTY, BAD_PRETTY, "{}", "{\"payout\": \"1e400\", \"ssl\": null}",
            "{\"name\": \"\\u00e9\\\"}{][,\"}", "{\"name\": 7 8}", "{\"x\": [[[]]], \"events\": [{}, 3]}",
            MINIFIED_HOSTILE, EXPONENT, "{\"name\": \"" + "🎉".repeat(33_000) + "\"}"}; // the last: what follows is past column 65,536
        String[] spaces = {"", " ", "\n", "\r\n", "\t", "\r", "  \n  "};
        qt().withFixedSeed(20261126L).withExamples(60)
                .forAll(lists().of(integers().between(0, elements.length - 1)).ofSizeBetween(0, 12), integers().all())
                .checkAssert((picks, seed) -> {
                    Random random = new Random(seed);
                    StringBuilder s = new StringBuilder("[");
                    for (int i = 0; i < picks.size(); i++) {
                        s.append(i > 0 ? "," : "").append(spaces[random.nextInt(spaces.length)])
                                .append(elements[picks.get(i)]).append(spaces[random.nextInt(spaces.length)]);
                    }
                    s.append(']').append(random.nextInt(8) == 0 ? "," : "\n");
                    try {
                        Path file = Files.writeString(dir.resolve("generated.json"), s);
                        assertThat(lint(0, "json", file).out()).isEqualTo(lint(Long.MAX_VALUE, "json", file).out());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /** Whether the scan hands out every element of {@code file} without giving up. */
    private static boolean scanned(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ArrayElements elements = new ArrayElements(OfferReader.create(), in);
            while (!elements.next(100, 1 << 20).isEmpty()) {
                // drain
            }
            return !elements.gaveUp();
        }
    }

    private static Cli lint(long threshold, String format, Path file) {
        long before = LintRun.splitThreshold;
        LintRun.splitThreshold = threshold;
        try {
            return Cli.run("--threads", "2", "--no-progress", "--format", format, file.toString());
        } finally {
            LintRun.splitThreshold = before;
        }
    }
}
