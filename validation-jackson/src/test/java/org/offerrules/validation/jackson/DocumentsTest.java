package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;

/** Files of one offer, an array of offers, or NDJSON: each document on its own, positions in the file. */
class DocumentsTest {

    private static final OfferReader READER = OfferReader.create();
    private static final String OK = ReadingTest.MINIMAL;
    private static final String BAD_SSL = ReadingTest.MINIMAL.replace("\"ssl\":1", "\"ssl\":\"on\"");
    private static final int SSL_COLUMN = OK.indexOf("\"ssl\":") + 7;

    @Test
    void ndjsonBrokenLinesNeverHideTheNextOnes() throws IOException {
        String file = OK + "\n" + "{\"name\": \"x\",\n" + "\n" + BAD_SSL + "\r\n" + "not json\n" + OK + "\n";

        List<Document> docs = read(file);

        assertThat(docs).extracting(Document::index, Document::line)
                .containsExactly(tuple(0, 1), tuple(1, 2), tuple(2, 4), tuple(3, 5), tuple(4, 6));
        assertThat(docs.get(0).result().report().violations()).isEmpty();
        assertThat(docs.get(1).result().report().violations())
                .extracting(Violation::codeNumber, Violation::line, Violation::column).containsExactly(tuple(6055, 2, 14)); // where the parser stopped: the end of the line
        assertThat(docs.get(2).result().report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple(6319, "/ssl", 4, SSL_COLUMN));
        assertThat(docs.get(3).result().report().violations())
                .extracting(Violation::codeNumber, Violation::line, Violation::column).containsExactly(tuple(6055, 5, 1));
        assertThat(docs.get(4).result().report().violations()).isEmpty();
        assertThat(docs.get(4).result().offer()).isNotNull();
    }

    @Test
    void ndjsonWithOldMacLineEndsIsOneDocumentPerLine() throws IOException {
        // a lone CR ends a line, as the parsers count lines: not one document with a 6055 at 2:1
        List<Document> docs = read(OK + "\r" + BAD_SSL + "\r\r" + OK + "\r");

        assertThat(docs).extracting(Document::index, Document::line)
                .containsExactly(tuple(0, 1), tuple(1, 2), tuple(2, 4));
        assertThat(docs.get(0).result().report().violations()).isEmpty();
        assertThat(docs.get(1).result().report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple(6319, "/ssl", 2, SSL_COLUMN));
        assertThat(docs.get(2).result().report().violations()).isEmpty();
        assertThat(docs.get(2).result().offer()).isNotNull();
    }

    @Test
    void anArrayOfOffersGoesOnAfterABindingErrorAndAfterBrokenJsonInAnElement() throws IOException {
        String file = "[\n" + OK + ",\n" + BAD_SSL + ",\n  42,\n" + OK + ",\n {\"name\": }\n, " + OK + "]";

        List<Document> docs = read(file);

        assertThat(docs).extracting(Document::index, Document::line)
                .containsExactly(tuple(0, 2), tuple(1, 3), tuple(2, 4), tuple(3, 5), tuple(4, 6), tuple(5, 7));
        assertThat(docs.get(1).result().report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple(6319, "/ssl", 3, SSL_COLUMN));
        assertThat(docs.get(2).result().report().violations())
                .extracting(Violation::codeNumber, Violation::line, Violation::column).containsExactly(tuple(6055, 4, 3));
        assertThat(docs.get(3).result().report().violations()).isEmpty();
        assertThat(docs.get(4).result().report().violations())
                .extracting(Violation::codeNumber, Violation::line, Violation::column).containsExactly(tuple(6055, 6, 11));
        // the broken element's end is certain: the offer after it is read (docs/decisions/arrays.md)
        assertThat(docs.get(5).result().report().violations()).isEmpty();
        assertThat(docs.get(5).result().offer()).isNotNull();
    }

    @Test
    void onePrettyPrintedOfferIsOneDocument() throws IOException {
        String file = "\n{\n  \"id\": 3,\n  \"ssl\": 9\n}\n";

        List<Document> docs = read(file);

        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).line()).isEqualTo(2);
        assertThat(docs.get(0).result().report().violations())
                .filteredOn(v -> v.pointer().equals("/ssl"))
                .extracting(Violation::codeNumber, Violation::line, Violation::column).containsExactly(tuple(6319, 4, 10));
    }

    @Test
    void aPrettyPrintedOfferWhoseFirstLineEndsAfterACommaIsOneDocument() throws IOException {
        // Jackson ends such a line with a plain parse error, not an end-of-input one
        for (String first : new String[] {"{\"id\": 3,", "{\"id\": 3, \"ssl\":", "{\"id\":"}) {
            String file = first + "\n 9}\n".replace(" 9}", first.endsWith(",") ? " \"ssl\": 9}" : " 9}");
            List<Document> docs = read(file);
            assertThat(docs).as(file).hasSize(1);
            assertThat(docs.get(0).result().report().violations()).as(file)
                    .extracting(Violation::codeNumber).doesNotContain(6055);
        }
    }

    @Test
    void emptyWhitespaceBomAndGarbageFilesAreCoded() throws IOException {
        assertThat(read("")).singleElement().satisfies(d -> assertThat(describe(d)).isEqualTo("0 6055 1:1"));
        assertThat(read(" \n\t\n")).singleElement().satisfies(d -> assertThat(describe(d)).isEqualTo("0 6055 3:1"));
        byte[] bom = ("\uFEFF" + OK).getBytes(StandardCharsets.UTF_8);
        try (DocumentStream docs = READER.documents(new ByteArrayInputStream(bom))) {
            Document d = docs.next();
            assertThat(d.result().report().violations()).isEmpty();
            assertThat(docs.hasNext()).isFalse();
        }
        byte[] badUtf8 = (OK + "\n{\"name\": \"a\u00e9\"}\n" + OK).getBytes(StandardCharsets.UTF_8);
        int at = OK.length() + 1 + 11; // the first byte of é: its second byte is left without a lead byte
        badUtf8[at] = (byte) 0x28;
        assertThat(readBytes(badUtf8)).extracting(DocumentsTest::describe)
                .containsExactly("0 ", "1 6055 2:13", "2 "); // at the stray byte, wherever each Jackson stops
    }

    @Test
    void ndjsonIsReadLazilyInBoundedMemory() throws IOException {
        Generated in = new Generated("", OK + "\n", 1_000_000, "");
        try (DocumentStream docs = READER.documents(in)) {
            Document first = docs.next();
            assertThat(first.result().report().violations()).isEmpty();
            assertThat(in.read).isLessThanOrEqualTo(1 << 16); // one buffer, not the 270 MB
            int count = 1;
            while (docs.hasNext()) {
                Document d = docs.next();
                count++;
                if (count == 1_000_000) {
                    assertThat(d.line()).isEqualTo(1_000_000);
                    assertThat(d.index()).isEqualTo(999_999);
                }
            }
            assertThat(count).isEqualTo(1_000_000);
        }
    }

    @Test
    void aPathIsReadAndClosed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("offers.ndjson");
        Files.writeString(file, OK + "\n" + BAD_SSL + "\n");
        try (DocumentStream docs = READER.documents(file)) {
            assertThat(docs.next().result().isValid()).isTrue();
            assertThat(docs.next().result().report().codeNumbers()).containsExactly(6319);
            assertThat(docs.hasNext()).isFalse();
        }
    }

    private static String describe(Document d) {
        List<Violation> v = d.result().report().violations();
        return d.index() + " " + (v.isEmpty() ? "" : v.get(0).codeNumber() + " " + v.get(0).line() + ":" + v.get(0).column());
    }

    private static List<Document> read(String file) throws IOException {
        return readBytes(file.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Document> readBytes(byte[] file) throws IOException {
        return HostileInputTest.all(READER.documents(new ByteArrayInputStream(file)));
    }
}
