package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.fixtures.Bytes;

/**
 * A byte that is not UTF-8 in a file of documents is placed where it is, on any line, as
 * {@link OfferReader#read(byte[])} places it, with either Jackson; the documents before it are read.
 * A streamed file is decoded as it is parsed: the decoder alone fails a chunk before the byte, with no
 * place, and the parser's own place is where it last asked for input.
 */
class NotUtf8PlacesTest {

    @ParameterizedTest(name = "Jackson {0}")
    @ValueSource(ints = {2, 3})
    void aPrettyPrintedDocumentGivesTheBytesPlaceByEveryWayIn(int jackson) throws IOException {
        OfferReader reader = OfferReader.builder().jackson(jackson).build();
        // line 3, after a character of two UTF-16 units
        byte[] pretty = Bytes.of("{\n  \"id\": 1,\n  \"name\": \"\uD83C\uDF89Caf", 0xE9, "\"\n}\n");
        assertThat(places(reader.read(pretty).report().violations())).containsExactly("6055 3:17");
        List<Document> docs = all(reader.documents(new ByteArrayInputStream(pretty)));
        assertThat(docs).hasSize(1);
        assertThat(places(docs.get(0).result().report().violations())).containsExactly("6055 3:17");
        // CR, then CRLF: two line ends
        byte[] crlf = Bytes.of("{\r\n\"id\": 1,\r\r\n\"name\": \"", 0xC0, 0xAF, "\"}");
        assertThat(places(reader.read(crlf).report().violations())).containsExactly("6055 4:10");
        assertThat(places(all(reader.documents(new ByteArrayInputStream(crlf))).get(0).result().report().violations()))
                .containsExactly("6055 4:10");
    }

    @ParameterizedTest(name = "Jackson {0}")
    @ValueSource(ints = {2, 3})
    void theElementsOfAnArrayBeforeTheByteAreReadAndTheByteIsPlaced(int jackson) throws IOException {
        OfferReader reader = OfferReader.builder().jackson(jackson).build();
        byte[] array = Bytes.of("[\n{\"id\": 1},\n{\"id\": 2},\n{\"name\": \"x", 0xED, 0xA0, 0x80, "\"}\n]");
        List<Document> docs = all(reader.documents(new ByteArrayInputStream(array)));
        assertThat(docs).extracting(Document::line).containsExactly(2, 3, 4);
        assertThat(docs.get(0).result().request()).isNotNull();
        assertThat(docs.get(1).result().request()).isNotNull();
        assertThat(places(docs.get(2).result().report().violations())).containsExactly("6055 4:12");
        assertThat(docs.get(2).result().report().violations().get(0).message())
                .isEqualTo("Invalid json data: Invalid UTF-8 in the input");
    }

    @ParameterizedTest(name = "Jackson {0}")
    @ValueSource(ints = {2, 3})
    void aLongFileIsPlacedPastTheParsersAndTheDecodersBuffers(int jackson) throws IOException {
        OfferReader reader = OfferReader.builder().jackson(jackson).build();
        // 18,000 bytes of 3-byte characters in the first element: characters across every read's end
        byte[] array = Bytes.of("[{\"id\": 1, \"description\": \"" + "\u20ac".repeat(6000) + "\"},\n{\"id\": 2, \"name\": \"",
                0xFF, "\"}]");
        List<Document> docs = all(reader.documents(new ByteArrayInputStream(array)));
        assertThat(docs).extracting(Document::line).containsExactly(1, 2);
        assertThat(docs.get(0).result().request()).isNotNull();
        assertThat(places(docs.get(1).result().report().violations())).containsExactly("6055 2:20");
    }

    @ParameterizedTest(name = "Jackson {0}")
    @ValueSource(ints = {2, 3})
    void aFormBodyOfBytesIsReadAsAFileOfFormBodiesReadsIt(int jackson) throws IOException {
        OfferReader reader = OfferReader.builder().jackson(jackson).mode(org.offerrules.validation.ValidationMode.UPDATE).build();
        byte[] broken = Bytes.of("id=31&name=Caf", 0xE9, "\r\n");
        List<Violation> read = reader.readForm(broken).report().violations();
        assertThat(places(read)).containsExactly("6309 1:7");
        assertThat(read.get(0).message()).contains("bytes that are not UTF-8 at column 15");
        assertThat(read).isEqualTo(all(reader.formDocuments(new ByteArrayInputStream(broken))).get(0).result().report()
                .violations());
        byte[] valid = Bytes.of("id=31&name=Caf%C3%A9&ssl=3\n");
        assertThat(reader.readForm(valid).report()).isEqualTo(reader.readForm("id=31&name=Caf%C3%A9&ssl=3").report());
        assertThat(places(reader.readForm(valid).report().violations())).containsExactly("6319 1:22");
    }

    private static List<String> places(List<Violation> violations) {
        return violations.stream().map(v -> v.codeNumber() + " " + v.line() + ":" + v.column()).toList();
    }

    private static List<Document> all(DocumentStream docs) throws IOException {
        List<Document> list = new ArrayList<>();
        try (docs) {
            docs.forEachRemaining(list::add);
        }
        return list;
    }
}
