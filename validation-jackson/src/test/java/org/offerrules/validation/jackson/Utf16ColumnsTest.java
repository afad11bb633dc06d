package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Columns count UTF-16 code units, as editors and SARIF do, on every way in (domain brief 1.8): a
 * character outside the Basic Multilingual Plane (🎉, four UTF-8 bytes) is two units, a character of
 * two or three bytes (Ü, 日) is one.
 */
class Utf16ColumnsTest {

    /** Before {@code ssl}: 7 + 1 + 1 + 1 + 2 (🎉) + 1 + 7 characters; 359 bytes, 339 units in the example. */
    private static final String NAME = "Ünïcødé 🎉 日本語オファー";
    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    private static final String LINE = MINIMAL.replace("\"name\":\"Summer Sale\"", "\"name\":\"" + NAME + "\"")
            .replace("\"ssl\":1", "\"ssl\":7");

    /** The UTF-16 column of the {@code ssl} value: the index in the Java string, which counts UTF-16 units. */
    private static final int SSL_COLUMN = LINE.indexOf("\"ssl\":7") + "\"ssl\":".length() + 1;

    @Test
    void theExampleLineHasCharactersOfEveryLength() {
        assertThat(LINE.getBytes(StandardCharsets.UTF_8).length - LINE.length())
                .as("extra UTF-8 bytes before the end: Ü ï ø é (1 each), 🎉 (2), 日本語オファー (2 each)")
                .isEqualTo(4 + 2 + 14);
        assertThat(LINE.codePointCount(0, LINE.length())).isEqualTo(LINE.length() - 1);
    }

    @Test
    void aStringAndItsBytesGiveTheSameColumn() {
        OfferReader reader = OfferReader.create();
        assertThat(ssl(reader.read(LINE).report().violations())).containsExactly(tuple(6319, 1, SSL_COLUMN));
        assertThat(ssl(reader.read(LINE.getBytes(StandardCharsets.UTF_8)).report().violations()))
                .containsExactly(tuple(6319, 1, SSL_COLUMN));
    }

    @Test
    void ndjsonLinesArraysAndPrettyDocumentsCountUtf16Units() throws IOException {
        String ndjson = MINIMAL + "\n" + LINE + "\n";
        assertThat(ssl(documents(ndjson))).containsExactly(tuple(6319, 2, SSL_COLUMN));
        String array = "[" + MINIMAL + ",\n" + LINE + "]";
        assertThat(ssl(documents(array))).containsExactly(tuple(6319, 2, SSL_COLUMN));
        String pretty = "{\n" + LINE.substring(1);
        assertThat(ssl(documents(pretty))).containsExactly(tuple(6319, 2, SSL_COLUMN - 1));
    }

    @Test
    void typeErrorsUnknownFieldsAndBrokenJsonAfterTheTextToo() {
        String text = "{\"name\": \"" + NAME + "\", \"advertiser_id\": \"x\", \"nmae\": 1, \"ssl\": }";
        List<Violation> vs = OfferReader.create().read(text.getBytes(StandardCharsets.UTF_8)).report().violations();
        assertThat(vs).extracting(Violation::codeNumber, Violation::column).containsExactly(
                tuple(6306, text.indexOf("\"x\"") + 1), tuple(6820, text.indexOf("\"nmae\"") + 1),
                tuple(6055, text.indexOf("}") + 1));
        String typed = "{\"name\": \"" + NAME + "\", \"advertiser_id\": \"x\", \"nmae\": 1}";
        assertThat(OfferReader.create().read(typed.getBytes(StandardCharsets.UTF_8)).report().violations())
                .filteredOn(v -> v.codeNumber() == 6306 || v.codeNumber() == 6820)
                .extracting(Violation::codeNumber, Violation::column)
                .containsExactly(tuple(6306, typed.indexOf("\"x\"") + 1), tuple(6820, typed.indexOf("\"nmae\"") + 1));
    }

    @Test
    void theModuleCountsUtf16UnitsForText() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        try {
            mapper.readValue(LINE, org.offerrules.validation.model.Offer.class);
        } catch (InvalidOfferException e) {
            assertThat(ssl(e.report().violations())).containsExactly(tuple(6319, 1, SSL_COLUMN));
            return;
        }
        throw new AssertionError("no violation");
    }

    @Test
    void theModuleConvertsByteColumnsWhenTheFactoryExposesTheSource() throws Exception {
        ObjectMapper mapper = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .registerModule(new OfferRulesModule());
        try {
            mapper.readValue(LINE.getBytes(StandardCharsets.UTF_8), org.offerrules.validation.model.Offer.class);
        } catch (InvalidOfferException e) {
            assertThat(ssl(e.report().violations())).containsExactly(tuple(6319, 1, SSL_COLUMN));
            return;
        }
        throw new AssertionError("no violation");
    }

    @Test
    void bytesThatAreNoUtf8CountOneUnitEach() {
        byte[] utf8 = ("{\"name\": \"ab\", \"ssl\": 7}").getBytes(StandardCharsets.UTF_8);
        utf8[10] = (byte) 0xA9; // "a" becomes a stray continuation byte: invalid UTF-8, a 6055
        Violation v = OfferReader.create().read(utf8).report().violations().get(0);
        assertThat(v.codeNumber()).isEqualTo(6055);
        assertThat(v.column()).isEqualTo(11); // at the stray byte, which an editor shows as one character
    }

    private static List<Violation> documents(String text) throws IOException {
        List<Violation> all = new ArrayList<>();
        try (DocumentStream docs = OfferReader.create().documents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            docs.forEachRemaining(d -> all.addAll(d.result().report().violations()));
        }
        return all;
    }

    private static List<org.assertj.core.groups.Tuple> ssl(List<Violation> violations) {
        return violations.stream().filter(v -> v.pointer().equals("/ssl"))
                .map(v -> tuple(v.codeNumber(), v.line(), v.column())).toList();
    }
}
