package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.jackson3.HandEditedDocuments;
import org.offerrules.validation.jackson3.HandEditedDocuments.Case;

/**
 * The text report lists what the JSON report of the same run lists, one finding per line in the
 * documented form ({@code file:line:column: severity code message (pointer)}, docs/cli.md): generated
 * documents of every request and mode, valid and broken ({@link HandEditedDocuments}), as single files,
 * CRLF files, arrays and NDJSON, with keys and rejected values that carry tabs, line breaks, control
 * characters, non-ASCII and astral characters, and a finding's text. Run under a locale whose digits are
 * not ASCII: a report that editors and CI logs link must not change with the machine's language.
 */
class TextMatchesJsonTest {

    static final long SEED = 0x7E47_2026L;
    static final int EXAMPLES = Integer.getInteger("offerRules.examples", 60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HOSTILE = {"a", "\t", "\n", "\r\n", "\r", "\u0001", "\u001b[31m", "\u007f", "\u0085",
        "\u2028", "\u202e", "\u00e9", "\u4e2d", "\uD83C\uDF89", "\\", "\\n", "\"", " (/x) ", "(document 0)",
        "\nforged.json:1:1: error 9999 Forged finding\n"};
    private static final Pattern SUMMARY = Pattern.compile("(files|documents|valid|with errors|with warnings) +([0-9,]+)");

    /** One run's files: names and contents, all of one request and mode. */
    record Run(String request, String mode, List<String> names, List<String> contents) {
        @Override
        public String toString() {
            return "--request " + request + " --mode " + mode + ": " + names + " " + contents;
        }
    }

    @Test
    void theTextReportListsWhatTheJsonReportLists(@TempDir Path dir) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-SA")); // Arabic-Indic digits in String.format's %d
        try {
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(20).forAll(Source.gen(TextMatchesJsonTest::run))
                    .checkAssert(run -> agree(dir, run));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static void agree(Path dir, Run run) {
        try {
            Path folder = Files.createTempDirectory(dir, "run");
            for (int i = 0; i < run.names().size(); i++) {
                Files.write(folder.resolve(run.names().get(i)), run.contents().get(i).getBytes(StandardCharsets.UTF_8));
            }
            String[] common = {"--no-progress", "--fail-on", "never", "--threads", "1", "--request", run.request(),
                "--mode", run.mode(), folder.toString()};
            Cli text = Cli.run(common);
            Cli json = Cli.run(with(common, "--format", "json"));
            assertThat(text.status()).as(text.err()).isZero();
            assertThat(json.status()).as(json.err()).isZero();
            JsonNode report = JSON.readTree(json.out());

            List<String> expected = new ArrayList<>();
            report.get("violations").forEach(v -> expected.add(line(v)));
            List<String> findings = new ArrayList<>();
            List<String> summary = new ArrayList<>();
            for (String line : text.out().split(System.lineSeparator(), -1)) {
                Matcher m = SUMMARY.matcher(line);
                if (m.matches()) {
                    summary.add(m.group(1) + " " + m.group(2).replace(",", ""));
                } else if (summary.isEmpty() && !line.isEmpty()) {
                    findings.add(line);
                }
            }
            assertThat(findings).as("the findings, one a line").isEqualTo(expected);
            JsonNode totals = report.get("summary");
            assertThat(summary).as("the summary").containsExactly("files " + totals.get("files"),
                    "documents " + totals.get("documents"), "valid " + totals.get("valid"),
                    "with errors " + totals.get("withErrors"), "with warnings " + totals.get("withWarnings"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON report's finding as docs/cli.md shows it in text, its input's text escaped to stay on one line. */
    private static String line(JsonNode v) {
        String pointer = v.get("pointer").asText();
        return Printable.of(v.get("file").asText()) + ":" + v.get("line").asInt() + ":" + v.get("column").asInt() + ": "
                + v.get("severity").asText() + " " + v.get("code").asText() + " " + Printable.of(v.get("message").asText())
                + " (" + (pointer.isEmpty() ? "document " + v.get("document").asInt() : Printable.of(pointer)) + ")";
    }

    private static String[] with(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(args, 0, all, more.length, args.length);
        return all;
    }

    // ---- the files

    static Run run(Source s) {
        Case first = hostile(s, HandEditedDocuments.generate(s));
        List<String> names = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        int files = s.intBetween(1, 4);
        for (int f = 0; f < files; f++) {
            List<String> docs = new ArrayList<>(List.of(f == 0 ? first.json() : next(s, first).json()));
            String name = "f" + f + (s.oneIn(3) ? " caf\u00e9 \uD83C\uDF89" : "");
            switch (s.intBetween(0, 3)) {
                case 0 -> {
                    names.add(name + ".json");
                    contents.add(docs.get(0));
                }
                case 1 -> {
                    names.add(name + ".json");
                    contents.add(docs.get(0).replace("\r\n", "\n").replace("\n", "\r\n"));
                }
                case 2 -> {
                    docs.add(next(s, first).json());
                    names.add(name + ".json");
                    contents.add("[\n" + String.join(",\n", docs).replace("\uFEFF", "") + "\n]\n");
                }
                default -> {
                    docs.add(next(s, first).json());
                    names.add(name + ".ndjson");
                    contents.add(String.join("\n", docs.stream().map(d -> d.replace("\r\n", " ").replace("\n", " "))
                            .toList()) + (s.bool() ? "\r\n" : ""));
                }
            }
        }
        return new Run(first.request().method(), first.mode().name().toLowerCase(Locale.ROOT), names, contents);
    }

    /** Another document of the first one's request and mode. */
    private static Case next(Source s, Case first) {
        for (int i = 0; i < 200; i++) {
            Case c = HandEditedDocuments.generate(s);
            if (c.request() == first.request() && c.mode() == first.mode()) {
                return hostile(s, c);
            }
        }
        return first;
    }

    /** The document with a key and a rejected value of hostile text in front, half of the time. */
    private static Case hostile(Source s, Case c) {
        if (s.bool() || !c.json().startsWith("{")) {
            return c;
        }
        String key = s.pick(HOSTILE) + s.pick(HOSTILE);
        String value = s.pick(HOSTILE) + s.pick(HOSTILE) + s.pick(HOSTILE);
        String quoted = ForgedLinesTest.quote(value);
        return new Case(c.request(), c.mode(), c.how() + ", hostile text", "{" + ForgedLinesTest.quote(key)
                + ": 1, \"advertiser_id\": " + quoted + ", \"page\": " + quoted + "," + c.json().substring(1));
    }
}
