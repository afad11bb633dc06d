package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;

/**
 * The documents of a file, JSON (object, array, NDJSON, pretty-printed values) and form bodies, read
 * lazily over {@link TestJson}: each document as "index@line" and its findings as "code pointer line:column".
 */
class DocumentsTest {

    private static final WireReader READER = reader();

    private static WireReader reader() {
        WireReader.Options options = new WireReader.Options();
        options.mode(ValidationMode.UPDATE);
        return options.build(TestJson.SOURCES);
    }

    // ------------------------------------------------------------------ NDJSON

    @Test
    void ndjsonIsOneDocumentPerLineAndBlankLinesAreSkipped() {
        assertThat(json("{\"id\": 1}\n\n  \r\n{\"id\": 2, \"ssl\": true}\r\n{\"id\": 3}")).containsExactly(
                "0@1 id=1", "1@4 id=2 [6319 /ssl 4:18]", "2@5 id=3");
    }

    @Test
    void aLoneCrEndsALineAsTheParsersCountIt() {
        // old Mac line ends: three documents, not one with a 6055 at 2:1 that hides the rest
        assertThat(json("{\"id\": 1}\r{\"id\": 2, \"ssl\": true}\r\r{\"id\": 3}\r")).containsExactly(
                "0@1 id=1", "1@2 id=2 [6319 /ssl 2:18]", "2@4 id=3");
        assertThat(json("{\"id\": 1}\r\n{\"id\": 2, \"ssl\": true}\r{\"id\": 3}\n")).containsExactly(
                "0@1 id=1", "1@2 id=2 [6319 /ssl 2:18]", "2@3 id=3");
        // a pretty-printed document with CR line ends: the lines the parser counts
        assertThat(json("\r{\r  \"id\": 1,\r  \"ssl\": 3\r}\r{\"id\": 2}")).containsExactly(
                "0@2 id=1 [6319 /ssl 4:10]", "1@6 id=2");
    }

    @Test
    void aBrokenLineNeverHidesTheNext() {
        assertThat(json("{\"id\": 1}\n{\"id\": }\n[1]\n{\"id\": 2} {\"id\": 3}\n{\"id\": 4} x\n{\"id\": 5}")).containsExactly(
                "0@1 id=1",
                "1@2 - [6055  2:8]",
                "2@3 - [6055  3:1]",
                "3@4 id=2 [6055  4:11]",
                "4@5 id=4 [6055  5:11]",
                "5@6 id=5");
    }

    @Test
    void ndjsonColumnsAreUtf16UnitsOfTheLine() {
        assertThat(json("{\"id\": 1}\n{\"name\": \"é🎉日\", \"id\": 1, \"ssl\": 7}"))
                .containsExactly("0@1 id=1", "1@2 id=1 [6319 /ssl 2:34]");
    }

    @Test
    void ndjsonLinesThatAreNotUtf8AreReportedAtTheirFirstBadByte() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '1', '}', '\n', '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"',
                (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThat(documents(READER.documents(new ByteArrayInputStream(bytes))))
                .containsExactly("0@1 id=1", "1@2 - [6055  2:10]");
    }

    @Test
    void aLineLongerThanTheDocumentLimitIsSkippedUnread() {
        List<WireDocument> docs = list(READER.documents(aroundALongLine("{\"id\": 1}\n{\"name\": \"", 0,
                "\"}\n{\"id\": 2}\n")));
        assertThat(docs.stream().map(DocumentsTest::describe)).containsExactly("0@1 id=1", "1@2 - [6055  2:1]",
                "2@3 id=2");
        assertThat(docs.get(1).outcome().report().violations().get(0).message()).isEqualTo("Invalid json data: document"
                + " longer than the maximum allowed (8388608 bytes); skipped to the end of its line");
    }

    @Test
    void aFirstLineTooLongStillStartsNdjson() {
        assertThat(documents(READER.documents(aroundALongLine("", 1, "\n{\"id\": 2}"))))
                .containsExactly("0@1 - [6055  1:1]", "1@2 id=2");
    }

    // ------------------------------------------------------------------ arrays

    @Test
    void anArrayIsOneDocumentPerElementAtItsLine() {
        assertThat(json("\n  [{\"id\": 1},\r\n {\"id\": 2, \"ssl\": \"x\"}, 5,\n{\"id\": 3}]\n")).containsExactly(
                "0@2 id=1", "1@3 id=2 [6319 /ssl 3:19]", "2@3 - [6055  3:25]", "3@4 id=3");
    }

    @Test
    void brokenJsonInAnArrayEndsTheFile() {
        assertThat(json("[{\"id\": 1}, {\"id\": 2,, {\"id\": 3}]")).containsExactly(
                "0@1 id=1", "1@1 - [6055  1:22]");
        assertThat(json("[{\"id\": 1}, x]")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]");
        assertThat(json("[{\"id\": 1}")).containsExactly("0@1 id=1", "1@1 - [6055  1:11]");
    }

    @Test
    void aBrokenScalarElementIsItsOwn6055AndTheReadingGoesOn() {
        // tru, 1.2.3 and an unknown escape break where the parser meets them; each ends where a comma or ] follows
        assertThat(json("[{\"id\": 1},\n tru,\n{\"id\": 3}, 1.2.3 , \"\\q\", {\"id\": 6}]")).containsExactly(
                "0@1 id=1", "1@2 - [6055  2:2]", "2@3 id=3", "3@3 - [6055  3:12]", "4@3 - [6055  3:21]", "5@3 id=6");
        assertThat(json("[tru, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:2]", "1@1 id=2");
        assertThat(json("[{\"id\": 1}, tru]")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]");
    }

    @Test
    void aBrokenScalarAfterAScalarElementIsOne6055() {
        // a scalar element is read whole (not an offer: 6055 at it); the broken one after it is one finding
        // more, not two, and the document after it is still document 3
        assertThat(json("[{\"id\": 1}, \"abc\", tru, {\"id\": 4}]")).containsExactly(
                "0@1 id=1", "1@1 - [6055  1:13]", "2@1 - [6055  1:20]", "3@1 id=4");
        assertThat(json("[5,\n null, tru, fals, {\"id\": 5}]")).containsExactly(
                "0@1 - [6055  1:2]", "1@2 - [6055  2:2]", "2@2 - [6055  2:8]", "3@2 - [6055  2:13]", "4@2 id=5");
    }

    @Test
    void aBrokenScalarWhoseEndIsNotCertainEndsTheFile() {
        // no comma before it, a token that runs into a bracket or a quote, a string with a line break, the end
        assertThat(json("[{\"id\": 1} tru, {\"id\": 3}]")).containsExactly("0@1 id=1", "1@1 - [6055  1:12]");
        assertThat(json("[{\"id\": 1}, tru{\"id\": 3}]")).hasSize(2);
        assertThat(json("[{\"id\": 1}, \"a\\q\nb\", {\"id\": 3}]")).hasSize(2);
        assertThat(json("[{\"id\": 1}, tru")).hasSize(2);
        assertThat(json("[{\"id\": 1}, tru {\"id\": 3}]")).hasSize(2);
    }

    @Test
    void contentAfterTheArrayIsOne6055() {
        assertThat(json("[{\"id\": 1}]\n {}")).containsExactly("0@1 id=1", "1@2 - [6055  2:2]");
        assertThat(json("[]")).isEmpty();
        assertThat(json("[{\"id\": 1}]  \n")).containsExactly("0@1 id=1");
    }

    @Test
    void bytesThatAreNotUtf8EndAStreamedFile() {
        byte[] bytes = {'[', '{', '"', 'i', 'd', '"', ':', '1', '}', ',', '{', '"', 'n', '"', ':', '"', (byte) 0xFF, '"',
                '}', ']'};
        // the test tokenizer reads a file at its first token (the Jackson modules' tests show the
        // documents before the byte read): the byte is placed
        List<WireDocument> docs = list(READER.documents(new ByteArrayInputStream(bytes)));
        assertThat(docs.stream().map(DocumentsTest::describe)).containsExactly("0@1 - [6055  1:17]");
        assertThat(docs.get(0).outcome().report().violations()).extracting(Violation::codeNumber, Violation::message)
                .containsExactly(org.assertj.core.api.Assertions.tuple(6055, "Invalid json data: Invalid UTF-8 in the input"));
    }

    /**
     * A byte that is not UTF-8 in a streamed file is placed where it is, on any line, as
     * {@code read(byte[])} places it: the decoder alone fails a chunk early, and the parser's place is
     * where it last asked for input.
     */
    @Test
    void aByteThatIsNotUtf8InAStreamedFileIsPlacedOnItsOwnLineAndColumn() {
        // a pretty-printed document: the byte on line 3, after a character of two UTF-16 units
        assertThat(bytes("{\n  \"id\": 1,\n  \"name\": \"\uD83C\uDF89Caf", 0xE9, "\"\n}\n"))
                .containsExactly("0@3 - [6055  3:17]");
        // CRLF and CR line ends, each one line
        assertThat(bytes("{\r\n\"id\": 1,\r\r\n\"name\": \"", 0xC0, 0xAF, "\"}"))
                .containsExactly("0@4 - [6055  4:10]");
        // an array over lines
        assertThat(bytes("[\n{\"id\": 1},\n{\"id\": 2},\n{\"name\": \"x", 0xED, 0xA0, 0x80, "\"}\n]"))
                .containsExactly("0@4 - [6055  4:12]");
        // a character cut by the end of the input
        assertThat(bytes("[{\"id\": 1}, \"\u00e9", 0xE2, 0x82))
                .containsExactly("0@1 - [6055  1:15]");
    }

    @Test
    void aCharacterAcrossTheStreamsReadsIsNotTakenForABrokenOne() {
        // 3-byte characters across every boundary of the first reads, then the byte on the last line
        String filler = "\u20ac".repeat(6000);
        List<String> docs = bytes("[{\"id\": 1, \"description\": \"" + filler + "\"},\n{\"id\": 2, \"name\": \"", 0xFF, "\"}]");
        assertThat(docs).containsExactly("0@2 - [6055  2:20]");
    }

    /** A file of these pieces ({@link org.offerrules.validation.fixtures.Bytes#of}). */
    private static List<String> bytes(Object... pieces) {
        return documents(READER.documents(new ByteArrayInputStream(org.offerrules.validation.fixtures.Bytes.of(pieces))));
    }

    // ------------------------------------------------------------------ pretty-printed documents

    @Test
    void aFirstLineThatEndsInsideItsDocumentStartsAStreamOfValues() {
        assertThat(json("\n{\n  \"id\": 1,\n  \"ssl\": 3\n}\n{\"id\": 2}\n\n{\n\"id\": true}")).containsExactly(
                "0@2 id=1 [6319 /ssl 4:10]", "1@6 id=2", "2@8 id=null [6302 /id 9:7]");
    }

    @Test
    void brokenJsonInAStreamOfValuesEndsTheFileWhenItsEndIsNotCertain() {
        // a bracket closing one of the other kind, a stray token after the value, a string with a line break
        assertThat(json("{\n\"id\": 1\n}\n{\n\"id\": ]\n}\n{\"id\": 3}")).containsExactly(
                "0@1 id=1", "1@4 - [6055  5:7]");
        assertThat(json("{\n\"id\": tru\n} x\n{\"id\": 3}")).containsExactly("0@1 - [6055  2:7]");
        assertThat(json("{\n\"name\": \"a\nb\", \"id\": tru\n}\n{\"id\": 3}")).hasSize(1);
        assertThat(json("{\n\"id\": tru\n}\n[{\"id\": 3}]")).hasSize(1);
    }

    @Test
    void aBrokenRootValueIsItsOwn6055AndTheDocumentsAfterItAreRead() {
        assertThat(json("{\n\"id\": 1\n}\n{\n\"id\": tru,\n \"x\": [1]\n}\r\n\n\t{\"id\": 3,\n \"ssl\": 3}\n{\"id\": tru}"))
                .containsExactly("0@1 id=1", "1@4 - [6055  5:7]", "2@9 id=3 [6319 /ssl 10:9]", "3@11 - [6055  11:8]");
    }

    @Test
    void aBrokenRootScalarBetweenDocumentsIsItsOwn6055AndTheDocumentsAfterItAreRead() {
        // tru, a lone minus, 1.2.3, a bare word and a string with an unknown escape, each on its own line
        // between pretty-printed documents (each 6055 where it breaks: the escape at its backslash): each ends at
        // the white space (or quote) after it, then the next {
        assertThat(json("{\n\"id\": 1\n}\ntru\n{\n\"id\": 2\n}\n-\n{\"id\": 3,\n\"ssl\": 3}\n  1.2.3\n"
                + "{\"id\": 4,\n\"ssl\": 1}\r\nx\r\n{\n\"id\": 5}\n\"a\\qb\"\n{\n\"id\": 6}\n")).containsExactly(
                "0@1 id=1", "1@4 - [6055  4:1]", "2@5 id=2", "3@8 - [6055  8:1]", "4@9 id=3 [6319 /ssl 10:8]",
                "5@11 - [6055  11:3]", "6@12 id=4", "7@14 - [6055  14:1]", "8@15 id=5", "9@17 - [6055  17:3]",
                "10@18 id=6");
        // a root scalar read whole (not an offer) and a broken one after it; a broken one last
        assertThat(json("{\n\"id\": 1\n}\n\"abc\"\ntru\n{\"id\": 4}\nfals")).containsExactly(
                "0@1 id=1", "1@4 - [6055  4:1]", "2@5 - [6055  5:1]", "3@6 id=4", "4@7 - [6055  7:1]");
    }

    @Test
    void aScalarFirstLineLeavesTheLayoutToTheLineAfterIt() {
        // a broken scalar, then pretty-printed documents: read as a stream from line 2 (it was NDJSON: a
        // finding for every line, and no document read)
        assertThat(json("tru\n{\n\"id\": 1,\n\"ssl\": 3\n}\n{\n\"id\": 2\n}\n")).containsExactly(
                "0@1 - [6055  1:1]", "1@2 id=1 [6319 /ssl 4:8]", "2@6 id=2");
        // two scalars and a blank line first, CR line ends
        assertThat(json("  tru\r\n\r\n42\r{\r\"id\": 1\r}")).containsExactly(
                "0@1 - [6055  1:3]", "1@3 - [6055  3:1]", "2@4 id=1");
        // NDJSON after a scalar line is NDJSON still: a broken line hides nothing
        assertThat(json("tru\n{\"id\": 1}\n{\"id\": tru}\n{\"id\": 3}\n")).containsExactly(
                "0@1 - [6055  1:1]", "1@2 id=1", "2@3 - [6055  3:8]", "3@4 id=3");
        // a scalar alone
        assertThat(json("tru\n\n")).containsExactly("0@1 - [6055  1:1]");
    }

    @Test
    void brokenJsonThatEndsAStreamedFileBeforeItsEndSaysTheRestWasNotRead() {
        // an unterminated string between pretty-printed documents: its end is not certain, the documents after
        // it are not read, and its 6055 says so
        List<WireDocument> docs = list(READER.documents(new ByteArrayInputStream(
                "{\n\"id\": 1\n}\n\"abc\n{\n\"id\": 2\n}\n".getBytes(UTF_8))));
        assertThat(docs.stream().map(DocumentsTest::describe)).containsExactly("0@1 id=1", "1@4 - [6055  4:5]");
        assertThat(docs.get(1).outcome().report().violations().get(0).message()).endsWith(
                "; the rest of the file was not read (where this document ends is not certain)");
        // an array element with brackets that do not balance: any element after it; between root values, a
        // line that starts a document (an opening brace first, then a quote, a closing brace or the line's end)
        assertThat(restNotRead("[{\"id\": 1}, {\"id\": 2,, {\"id\": 3}]")).containsExactly(false, true);
        assertThat(restNotRead("{\n\"id\": 1\n}\n{\n\"id\": ]\n}\n{\"id\": 3}")).containsExactly(false, true);
        assertThat(restNotRead("{\n\"id\": 1\n}\ntru{\n\"id\": 2}\n{ }\n")).containsExactly(false, true);
        // not a line that starts a document: the broken value's own text (a file of one document is that
        // document read alone, its finding too), a brace no document starts with, a document that does not
        // start its line
        assertThat(restNotRead("{\"url\": \"x?tid=\r\n{TID}\", \"id\": 1}")).containsExactly(false);
        assertThat(restNotRead("{\n\"id\": 1\n}\ntru{\"id\": 2}\n")).containsExactly(false, false);
        assertThat(restNotRead("{\n\"a\": [\n  {\"x\": 1}],\n\"id\": ]\n}\n")).containsExactly(false);
        // nothing after the break but the rest of its own token, its own bracket or white space: nothing unread
        assertThat(restNotRead("{\n\"id\": 1\n}\ntru  \n")).containsExactly(false, false);
        assertThat(restNotRead("[{\"id\": 1}, tru")).containsExactly(false, false);
        assertThat(restNotRead("{\n\"id\": 1,\n\"name\": \"abc\n\n")).containsExactly(false);
        assertThat(restNotRead("{\n\"id\": [1}\n")).containsExactly(false);
    }

    /** For each document of {@code text}: whether one of its findings says the rest of the file was not read. */
    private static List<Boolean> restNotRead(String text) {
        return list(READER.documents(new ByteArrayInputStream(text.getBytes(UTF_8)))).stream()
                .map(d -> d.outcome().report().violations().stream()
                        .anyMatch(v -> v.message().endsWith(FileDocuments.REST_NOT_READ)))
                .toList();
    }

    @Test
    void anEmptyFileIsOne6055() {
        assertThat(json("")).containsExactly("0@1 - [6055  1:1]");
        assertThat(json("\n\n   \n")).containsExactly("0@4 - [6055  4:1]");
        // after the last white space, where the parser stops reading one document from the same bytes
        String[][] blanks = {{"  \n\t\r\n ", "3:2"}, {"\r\t ", "2:3"}, {"   ", "1:4"}};
        for (String[] blank : blanks) {
            Violation v = READER.read(blank[0].getBytes(UTF_8)).report().violations().get(0);
            assertThat(v.line() + ":" + v.column()).isEqualTo(blank[1]);
            assertThat(json(blank[0])).containsExactly("0@" + v.line() + " - [6055  " + blank[1] + "]");
        }
        assertThat(documents(READER.documents(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF})))).containsExactly("0@1 - [6055  1:1]");
    }

    // ------------------------------------------------------------------ form bodies

    @Test
    void aFileOfFormBodiesWithoutOneIsOne6820WhereJsonPutsIts6055() {
        // empty, blank lines, white space: placed after the last white space, as the JSON reader places its 6055
        String[] blanks = {"", "\n\n   \n", "  \n\t\r\n ", "\r\t ", "   "};
        for (String blank : blanks) {
            String place = json(blank).get(0).replaceAll(".*6055  (\\d+:\\d+)]", "$1");
            assertThat(forms(blank)).as("%s", blank.replace("\n", "\\n").replace("\r", "\\r"))
                    .containsExactly("0@" + place.substring(0, place.indexOf(':')) + " - [6820  " + place + "]");
        }
        Violation v = list(READER.formDocuments(new ByteArrayInputStream("\n \n".getBytes(UTF_8)))).get(0)
                .outcome().report().violations().get(0);
        assertThat(v.message()).isEqualTo("Invalid form body parameter. (no form body in the input)");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(forms("\uFEFF")).containsExactly("0@1 - [6820  1:1]");
    }

    @Test
    void formBodiesAreOnePerLineCrDroppedBlankLinesSkipped() {
        assertThat(forms("id=1\r\n\n  \nid=2&ssl=x\nid=3&name=%\r")).containsExactly(
                "0@1 id=1", "1@4 id=2 [6319 /ssl 4:6]", "2@5 id=3 [6309 /name 5:6]");
        assertThat(forms("id=1\n\n")).containsExactly("0@1 id=1");
        assertThat(forms("id=1\rid=2&ssl=x\r\rid=3")).containsExactly(
                "0@1 id=1", "1@2 id=2 [6319 /ssl 2:6]", "2@4 id=3");
    }

    @Test
    void rawBytesThatAreNotUtf8InAFormBodyAreReportedAsPercentEncodedOnesAre() {
        // name=Le<FF>ad on line 1, an overlong "/" in a name on line 2, é raw and a valid body on line 3
        byte[] bytes = {'i', 'd', '=', '1', '&', 'n', 'a', 'm', 'e', '=', 'L', 'e', (byte) 0xFF, 'a', 'd', '\n',
            'i', 'd', '=', '2', '&', 'x', (byte) 0xC0, (byte) 0xAF, '=', '1', '\n',
            'i', 'd', '=', '3', '&', 'n', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0xA9, '\n'};
        List<WireDocument> docs = list(READER.formDocuments(new ByteArrayInputStream(bytes)));
        assertThat(docs.stream().map(DocumentsTest::describe)).containsExactly(
                "0@1 id=1 [6309 /name 1:6]", "1@2 id=2 [6820 /x\uFFFD\uFFFD 2:6]", "2@3 id=3");
        assertThat(docs.get(0).outcome().report().violations().get(0).message())
                .isEqualTo("Empty Offer Name (bytes that are not UTF-8 at column 13)");
        assertThat(docs.get(1).outcome().report().violations().get(0).message())
                .endsWith("(bytes that are not UTF-8 at column 7 in the name)");
        assertThat(((Offer) docs.get(2).outcome().request()).name()).isEqualTo("\u00e9");
    }

    @Test
    void aFormBodyLongerThanTheLimitIsSkipped() {
        List<WireDocument> docs = list(READER.formDocuments(aroundALongLine("id=1\nname=", 0, "\nid=2")));
        assertThat(docs.stream().map(DocumentsTest::describe)).containsExactly("0@1 id=1", "1@2 - [6820  2:1]",
                "2@3 id=2");
    }

    // ------------------------------------------------------------------ the iteration

    @Test
    void closingEndsTheIterationAndClosesTheInput() throws IOException {
        boolean[] closed = {false};
        LazyDocuments docs = READER.documents(closing("{\"id\": 1}\n{\"id\": 2}", closed));
        assertThat(docs.hasNext()).isTrue();
        docs.close();
        assertThat(closed[0]).isTrue();
        assertThat(docs.hasNext()).isFalse();
        assertThatThrownBy(docs::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anInputFailureIsThrownOnceAndEndsTheIteration() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        LazyDocuments docs = READER.formDocuments(failing);
        assertThatThrownBy(docs::hasNext).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
        assertThat(docs.hasNext()).isFalse();
    }

    @Test
    void hasNextIsIdempotentAndNextWorksWithoutIt() {
        LazyDocuments docs = READER.documents(new ByteArrayInputStream("{\"id\": 1}\n{\"id\": 2}".getBytes(UTF_8)));
        assertThat(docs.hasNext()).isTrue();
        assertThat(docs.hasNext()).isTrue();
        assertThat(describe(docs.next())).isEqualTo("0@1 id=1");
        assertThat(describe(docs.next())).isEqualTo("1@2 id=2");
        assertThat(docs.hasNext()).isFalse();
        assertThatThrownBy(docs::next).isInstanceOf(NoSuchElementException.class);
    }

    // ------------------------------------------------------------------ helpers

    /** {@code before}, a line of the document limit plus {@code more} zero bytes, and {@code after}. */
    private static InputStream aroundALongLine(String before, int more, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        out.writeBytes(new byte[(int) ReadLimits.MAX_DOCUMENT_LENGTH + more]);
        out.writeBytes(after.getBytes(UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** {@code text} as a stream that sets {@code closed[0]} when it is closed. */
    private static InputStream closing(String text, boolean[] closed) {
        return new ByteArrayInputStream(text.getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
    }

    private static List<String> json(String text) {
        return documents(READER.documents(new ByteArrayInputStream(text.getBytes(UTF_8))));
    }

    private static List<String> forms(String text) {
        return documents(READER.formDocuments(new ByteArrayInputStream(text.getBytes(UTF_8))));
    }

    private static List<String> documents(LazyDocuments docs) {
        return list(docs).stream().map(DocumentsTest::describe).toList();
    }

    private static List<WireDocument> list(LazyDocuments docs) {
        List<WireDocument> all = new ArrayList<>();
        docs.forEachRemaining(all::add);
        return all;
    }

    /** "index@line id=N [code pointer line:column, ...]"; "-" for no request. */
    static String describe(WireDocument d) {
        Offer offer = (Offer) d.outcome().request();
        StringBuilder s = new StringBuilder(d.index() + "@" + d.line() + " " + (offer == null ? "-" : "id=" + offer.id()));
        List<Violation> v = d.outcome().report().violations();
        if (!v.isEmpty()) {
            s.append(" [");
            for (int i = 0; i < v.size(); i++) {
                Violation x = v.get(i);
                s.append(i == 0 ? "" : ", ").append(x.codeNumber()).append(' ').append(x.pointer()).append(' ')
                        .append(x.line()).append(':').append(x.column());
            }
            s.append(']');
        }
        return s.toString();
    }
}
