package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.jackson.parser.JacksonParsers;
import org.offerrules.validation.wire.LazyDocuments;
import org.offerrules.validation.wire.Outcome;
import org.offerrules.validation.wire.WireReader;

/**
 * The wire module's byte tokenizer against Jackson's parser, which it stands in for on whole documents
 * of bytes: the same documents read both ways give the same request and the same report — codes,
 * pointers, messages, rejected values, lines and columns — on valid offers, broken offers, hostile
 * rewrites (escapes, astral characters, CRLF, deep nesting, big and odd numbers, duplicates) and
 * byte-level fuzz; and the tokenizer reads ordinary documents itself, leaving only the unusual to the
 * parser (the fallbacks counted).
 */
class ByteTokenizerTest {

    private static final long SEED = 0x27_02_2026L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WireReader fast = reader(true, false);
    private final WireReader parser = reader(false, false);
    private final WireReader fastStrict = reader(true, true);
    private final WireReader parserStrict = reader(false, true);

    private static WireReader reader(boolean tokenizer, boolean strictTypes) {
        WireReader.Options options = new WireReader.Options();
        options.byteTokenizer(tokenizer);
        options.strictTypes(strictTypes);
        return options.build(new JacksonParsers().sources());
    }

    /** Everything a report says about each problem, the arguments in a fixed order. */
    private static List<String> said(Outcome outcome) {
        List<String> out = new ArrayList<>();
        out.add(String.valueOf(outcome.request()));
        for (Violation v : outcome.report().violations()) {
            out.add(v.line() + ":" + v.column() + " " + v.code().id() + " " + v.severity() + " " + v.pointer() + " "
                    + v.message() + " | " + v.rejectedValue() + " | " + new TreeMap<>(v.arguments()));
        }
        return out;
    }

    private void sameBothWays(byte[] doc) {
        same(said(fast.read(doc)), said(parser.read(doc)), doc);
        same(said(fastStrict.read(doc)), said(parserStrict.read(doc)), doc);
    }

    /** The lists equal; else the first difference, for a short failure message. */
    private static void same(List<String> actual, List<String> expected, byte[] doc) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("item %d of %s", i, new String(doc, StandardCharsets.UTF_8))
                    .isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    /**
     * A number followed by an ASCII letter ({@code 0x1F}, {@code 12abc}) is no number: the tokenizer
     * leaves the document to the parser, whose source refuses it as the number itself, so both ways give
     * one 6055 at the letter and nothing of the digits (before, the parser's way said "expected a string,
     * found an integer" of the 12 first).
     */
    @Test
    void aNumberFollowedByALetterIsLeftToTheParserAndRefusedAsItself() {
        WireReader tokenizer = reader(true, false);
        for (String json : new String[] {"{\"id\": 5, \"name\": 12abc, \"ssl\": 2}", "{\"id\": 5, \"name\": -0x1F}"}) {
            byte[] doc = json.getBytes(StandardCharsets.UTF_8);
            List<String> said = said(tokenizer.read(doc));
            assertThat(said).isEqualTo(said(parser.read(doc)));
            assertThat(said).hasSize(2).first().isEqualTo("null");
            assertThat(said.get(1)).startsWith("1:21 6055 ERROR  Invalid json data: Unexpected character ('")
                    .contains("was expecting comma to separate Object entries");
        }
        assertThat(tokenizer.tokenizerFallbacks()).isEqualTo(2);
    }

    @Test
    void validOffersAreReadByTheTokenizerAloneAndAsByTheParser() {
        qt().withFixedSeed(SEED).withExamples(1_000).forAll(OfferGen.offers()).checkAssert(offer -> {
            byte[] doc = OfferWriter.toJson(offer).getBytes(StandardCharsets.UTF_8);
            sameBothWays(doc);
            sameBothWays(pretty(doc, "\r\n"));
        });
        assertThat(fast.tokenizerFallbacks()).isZero();
        assertThat(parser.tokenizerFallbacks()).isZero();
    }

    @Test
    void brokenOffersGiveTheSameProblemsAtTheSamePlaces() {
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        qt().withFixedSeed(SEED + 1).withExamples(1_000).forAll(Source.gen(s -> s.pick(mutators).apply(s, OfferGen.offer(s))))
                .checkAssert(broken -> {
                    byte[] doc = OfferWriter.toJson(broken.offer()).getBytes(StandardCharsets.UTF_8);
                    sameBothWays(doc);
                    sameBothWays(pretty(doc, "\n"));
                });
        // a few mutations write numbers the parser reads its own way (exponents, 19 digits and more)
        assertThat(fast.tokenizerFallbacks()).isLessThan(2 * 1_000 / 20);
    }

    @Test
    void hostileRewritesGiveTheSameReports() {
        qt().withFixedSeed(SEED + 2).withExamples(3_000).forAll(Source.gen(s -> {
            String json = OfferWriter.toJson(OfferGen.offer(s));
            return hostile(s, s.bool() ? json : new String(pretty(json.getBytes(StandardCharsets.UTF_8), "\n"),
                    StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        })).checkAssert(this::sameBothWays);
        // most rewrites are still for the tokenizer; the rest (escaped surrogates, exponents, ...) for the parser
        assertThat(fast.tokenizerFallbacks()).isPositive().isLessThan(3_000);
    }

    @Test
    void fuzzedBytesGiveTheSameReports() {
        Source s = Source.seeded(SEED + 3);
        List<byte[]> seeds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            seeds.add(OfferWriter.toJson(OfferGen.offer(s)).getBytes(StandardCharsets.UTF_8));
        }
        int cases = 20_000;
        for (int i = 0; i < cases; i++) {
            sameBothWays(JsonPropertiesTest.fuzz(s, s.pick(seeds), s.pick(seeds)));
        }
        long fallbacks = fast.tokenizerFallbacks();
        // broken JSON goes to the parser; a mutation that leaves JSON intact stays with the tokenizer
        assertThat(fallbacks).isBetween((long) cases / 10, (long) cases - cases / 20);
    }

    @Test
    void ndjsonLinesGiveTheSameDocuments() throws IOException {
        Source s = Source.seeded(SEED + 4);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String line = OfferWriter.toJson(OfferGen.offer(s));
            file.append(i % 7 == 3 ? hostile(s, line) : line).append(i % 5 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = documents(parser, bytes);
        same(documents(fast, bytes), expected, new byte[0]);
        assertThat(expected).hasSizeGreaterThan(300);
    }

    private static List<String> documents(WireReader reader, byte[] file) throws IOException {
        List<String> out = new ArrayList<>();
        try (LazyDocuments docs = reader.documents(new ByteArrayInputStream(file))) {
            docs.forEachRemaining(d -> {
                out.add(d.index() + " @" + d.line());
                out.addAll(said(d.outcome()));
            });
        }
        return out;
    }

    @Test
    void theTokenizerReadsWhatItIsSureOfAndLeavesTheRest() {
        // an escaped pair, in a value and a name: read here (Jackson 2.21.0 refused it in a name, jackson-core#1541)
        String ok = "{\"offer_name\":\"Caf\\u00e9 \\\"\\/\\\\ \\t 🎉 ü \\ud83c\\udf89\",\"advertiser_id\":-0,\"payout\":0.125,"
                + "\"revenue\":12,\"x\":[[{\"y\":[true,false,null]}]],\"\\ud83c\\udf89\":1}";
        long before = fast.tokenizerFallbacks();
        sameBothWays(ok.getBytes(StandardCharsets.UTF_8));
        assertThat(fast.tokenizerFallbacks()).isEqualTo(before);
        for (String unsure : List.of("", " ", "\uFEFF{}", "{} {}", "{\"payout\":1e2}", "{\"advertiser_id\":12345678901234567890}",
                "{\"offer_name\":\"\\ud83c\"}", "{\"offer_name\":\"\\udf89\\ud83c\"}", "{\"offer_name\":\"\\ud83c\\u0041\"}",
                "{\"a\":01}", "{\"a\":1,}", "{\"a\" 1}", "[1]x", "{\"a\":tru}",
                "{\"payout\":0.1234567890123456}", "{\"x\":" + "[".repeat(40) + "]".repeat(40) + "}")) {
            long was = fast.tokenizerFallbacks();
            sameBothWays(unsure.getBytes(StandardCharsets.UTF_8));
            assertThat(fast.tokenizerFallbacks()).as(unsure).isEqualTo(was + 1);
        }
    }

    /** The document re-indented by Jackson's pretty printer, lines ended by {@code newline}. */
    private static byte[] pretty(byte[] doc, String newline) {
        try {
            String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(doc));
            return text.replace("\n", newline).replace("\r\r", "\r").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] IN_STRINGS = {"é", "🎉", "\\n", "\\\"", "\\/", "\\\\", "\\u00e9", "\\u4e2d", "\\ud83c\\udf89",
        "\\u0041", "ü中", "\\t", "\u007f"};
    private static final String[] BETWEEN = {" ", "\n", "\r\n", "\r", "\t", "  \n  "};
    private static final String[] NUMBERS = {"0", "-0", "1.5", "-0.0", "2.50", "1e3", "1E-2", "12345678901234567890",
        "2147483648", "-2147483649", "9223372036854775807", "99999999999999999", "0.1", "123.456789012345",
        "1.0000000000000002", "\"12\"", "\"1.5\"", "\"-7\"", "true", "null", "[]", "{}", "\"x\""};

    /**
     * {@code json} rewritten the hostile way, token by token: characters inside strings escaped or
     * joined by non-ASCII, white space and line ends between tokens, numbers (and values) swapped
     * for odd ones, keys repeated, an unknown field nested deep.
     */
    static String hostile(Source s, String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        int rate = s.intBetween(3, 60);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    out.append(c).append(json.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    inString = false;
                } else if (s.oneIn(rate)) {
                    out.append(s.pick(IN_STRINGS));
                    if (s.bool()) {
                        out.append(String.format("\\u%04X", (int) c));
                        continue;
                    }
                }
                out.append(c);
                continue;
            }
            if (c == '"') {
                inString = true;
                out.append(c);
                continue;
            }
            if ((c == '-' || (c >= '0' && c <= '9')) && s.oneIn(Math.max(1, rate / 4))) {
                while (i + 1 < json.length() && "-+.eE0123456789".indexOf(json.charAt(i + 1)) >= 0) {
                    i++;
                }
                out.append(s.pick(NUMBERS));
                continue;
            }
            out.append(c);
            if ((c == ',' || c == ':' || c == '{' || c == '[') && s.oneIn(rate)) {
                out.append(s.pick(BETWEEN));
            }
            if (c == '{' && s.oneIn(rate)) {
                int depth = s.intBetween(1, 40);
                out.append("\"nested\":").append("[".repeat(depth)).append("]".repeat(depth)).append(',');
            }
            if (c == ',' && s.oneIn(rate)) {
                out.append("\"offer_name\":\"again\",");   // a key twice, or an event's unknown key
            }
        }
        return out.toString();
    }
}
