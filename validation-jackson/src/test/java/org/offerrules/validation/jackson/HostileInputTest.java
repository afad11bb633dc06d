package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.wire.ReadLimits;

/**
 * Hostile documents each end in a coded violation at a position, quickly and without reading them
 * whole into memory: the big ones are generated lazily and never exist as a whole.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final OfferReader READER = OfferReader.create();

    @Test
    void tenThousandDeepNestingIs6055AtTheLimit() {
        String deep = "{\"events\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        Violation v = only(READER.read(deep));
        assertThat(v.codeNumber()).isEqualTo(6055);
        assertThat(v.line()).isEqualTo(1);
        assertThat(v.column()).isEqualTo(43); // the bracket one level too deep
        assertThat(v.message()).contains("nesting depth");
    }

    @Test
    void aHundredMegabyteStringIs6055WithoutReadingItWhole() {
        assertTimeoutPreemptively(QUICKLY, () -> {
            Generated in = new Generated("{\"description\": \"", "x", 100L << 20, "\"}\n");
            List<Document> docs = all(READER.documents(in));
            assertThat(docs).hasSize(1);
            Violation v = only(docs.get(0).result());
            assertThat(v.codeNumber()).isEqualTo(6055);
            assertThat(v.line()).isEqualTo(1);
            assertThat(v.column()).isEqualTo(1);
            assertThat(v.message()).contains("longer than the maximum allowed");
        });
        // and as one document in memory: the string length limit, at the string
        String big = "{\"description\": \"" + "x".repeat(ReadLimits.MAX_STRING_LENGTH + 1) + "\"}";
        Violation v = only(READER.read(big));
        assertThat(v.codeNumber()).isEqualTo(6055);
        assertThat(v.message()).contains("String value length");
    }

    @Test
    void aDescriptionOfJustOverTheRuleLengthReachesTheRule() {
        String json = ReadingTest.minimal("\"description\": \"" + "x".repeat(65_536) + "\"");
        assertThat(READER.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(63990, "/description", 287));
    }

    @Test
    void anUnrecognizedTokenIsReportedAtItselfNotAtAnEarlierOccurrenceOnItsLine() {
        String json = "{\"name\": \"true story\", \"ssl\": tru}";
        for (ReadResult result : List.of(READER.read(json), READER.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            Violation v = only(result);
            assertThat(v.codeNumber()).isEqualTo(6055);
            assertThat(v.message()).contains("Unrecognized token 'tru'");
            assertThat(List.of(v.line(), v.column())).containsExactly(1, 31);
        }
    }

    @Test
    void bytesTakenForUtf32WithoutACodePointAre6055NotAFailureOfTheInput() throws IOException {
        // three zero bytes first: Jackson read UTF-32, and 0x015C0078 is past U+10FFFF. One body of bytes, the
        // whole input, says what its start looks like as a stream of them does (a file of UTF-32)
        byte[] json = {0, 0, 0, '{', 1, 0x5C, 0, 'x'};
        org.assertj.core.groups.Tuple said = org.assertj.core.groups.Tuple.tuple(6055,
                "Invalid json data: the input is UTF-32BE, not UTF-8: save it as UTF-8", 1, 1);
        assertThat(readAndStreamed(json)).extracting(Violation::codeNumber, Violation::message, Violation::line,
                Violation::column).containsExactly(said, said);
        // a part of a larger input (an NDJSON line, offer-lint's way in) is UTF-8, read from its text, which
        // guesses nothing: broken at its first byte
        assertThat(org.offerrules.validation.wire.WireReader.of(READER).readPart(json).report().violations())
                .extracting(Violation::codeNumber, Violation::message, Violation::line, Violation::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6055, "Invalid json data: Illegal character"
                        + " ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens", 1, 1));
    }

    @Test
    void anOverlongSlashIsNotUtf8InAValueOrAKeyAsJackson3AndTheTokenizerSay() throws IOException {
        // C0 AF and E0 80 AF are "/" in too many bytes: Jackson 2 decoded them, the offer was valid
        for (byte[] slash : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})) {
            for (String json : List.of("{\"name\": \"a\u0000b\"}", "{\"na\u0000me\": \"ab\"}")) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                int at = json.indexOf('\u0000');
                out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, at);
                out.write(slash);
                out.write(json.substring(at + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertThat(readAndStreamed(out.toByteArray())).hasSize(2).allSatisfy(v -> {
                    assertThat(v.codeNumber()).isEqualTo(6055);
                    assertThat(v.message()).isEqualTo("Invalid json data: Invalid UTF-8 in the input");
                    assertThat(List.of(v.line(), v.column())).containsExactly(1, at + 1);
                });
            }
        }
    }

    @Test
    void aFiveThousandDigitNumberIs6055() {
        String json = "{\"advertiser_id\": " + "9".repeat(5_000) + "}";
        Violation v = only(READER.read(json));
        assertThat(v.codeNumber()).isEqualTo(6055);
        // at the number's first digit, as read(byte[]) places it; it was the number's end (1:5019)
        assertThat(List.of(v.line(), v.column())).containsExactly(1, 19);
        assertThat(v.message()).isEqualTo("Invalid json data: number longer than the maximum allowed (100 characters)");
        Violation bytes = only(READER.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(List.of(bytes.line(), bytes.column(), bytes.message())).containsExactly(1, 19, v.message());
    }

    @Test
    void manyDuplicateKeysAreCappedAndReadingStaysLinear() {
        assertTimeoutPreemptively(QUICKLY, () -> {
            Generated in = new Generated("{\"id\": 1", ", \"name\": \"x\", \"qq\": 1", 200_000, "}");
            Document d = all(OfferReader.builder().mode(org.offerrules.validation.ValidationMode.UPDATE).build()
                    .documents(in)).get(0);
            List<Violation> vs = d.result().report().violations();
            assertThat(vs).hasSize(ReadLimits.MAX_VIOLATIONS + 1);
            assertThat(vs.get(0)).extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                    .containsExactly(6820, "/qq", 24); // the first "qq": unknown
            assertThat(vs.get(1)).extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                    .containsExactly(6055, "/name", 33); // the second "name": duplicate
            assertThat(vs.get(vs.size() - 1).message())
                    .isEqualTo("Invalid json data: 398999 more problems were found from here on and not reported");
        });
    }

    @Test
    void truncatedInputIs6055AtTheEnd() {
        String json = ReadingTest.MINIMAL.substring(0, 100);
        Violation v = only(READER.read(json));
        assertThat(v.codeNumber()).isEqualTo(6055);
        assertThat(v.line()).isEqualTo(1);
        assertThat(v.column()).isEqualTo(101);
        assertThat(v.message()).contains("end-of-input");
    }

    @Test
    void binaryGarbageIs6055() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x9F; // not a JSON start in any encoding
        Violation v = only(READER.read(garbage));
        assertThat(v.codeNumber()).isEqualTo(6055);
        assertThat(v.line()).isEqualTo(1);
        assertThat(v.column()).isEqualTo(1);

        try (DocumentStream docs = READER.documents(new ByteArrayInputStream(garbage))) {
            List<Document> list = all(docs);
            assertThat(list).isNotEmpty().allSatisfy(d -> {
                assertThat(d.result().offer()).isNull();
                assertThat(d.result().report().codeNumbers()).containsExactly(6055);
            });
        }
    }

    @Test
    void aGigabyteOnOneNdjsonLineIsSkippedAndTheNextLineIsRead() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            InputStream in = new java.io.SequenceInputStream(
                    new ByteArrayInputStream((ReadingTest.MINIMAL + "\n").getBytes()),
                    new java.io.SequenceInputStream(new Generated("{\"name\": \"", "y", 1L << 30, "\"}\n"),
                            new ByteArrayInputStream((ReadingTest.MINIMAL + "\n").getBytes())));
            List<Document> docs = all(READER.documents(in));
            assertThat(docs).extracting(Document::index, Document::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2),
                    org.assertj.core.groups.Tuple.tuple(2, 3));
            assertThat(docs.get(0).result().report().violations()).isEmpty();
            assertThat(docs.get(1).result().report().codeNumbers()).containsExactly(6055);
            assertThat(docs.get(2).result().report().violations()).isEmpty();
        });
    }

    /** The violations of {@code json} read as one body, then of its one document read as a file. */
    private static List<Violation> readAndStreamed(byte[] json) throws IOException {
        List<Violation> read = new ArrayList<>(READER.read(json).report().violations());
        List<Document> docs = all(READER.documents(new ByteArrayInputStream(json)));
        assertThat(docs).hasSize(1);
        read.addAll(docs.get(0).result().report().violations());
        return read;
    }

    static List<Document> all(DocumentStream docs) throws IOException {
        List<Document> list = new ArrayList<>();
        try (docs) {
            docs.forEachRemaining(list::add);
        }
        return list;
    }

    static Violation only(ReadResult result) {
        assertThat(result.report().violations()).hasSize(1);
        return result.report().violations().get(0);
    }
}
