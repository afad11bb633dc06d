package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.spi.ReaderCodes;
import org.offerrules.validation.wire.WireReader;

/**
 * A whole input of bytes in UTF-16 or UTF-32, with or without a byte order mark, is one finding naming its
 * encoding through every entry point of the reader that takes a whole input (a body's bytes, a stream, a
 * file), on Jackson 2 and on Jackson 3 alike; a part of a larger input (an NDJSON line) is read as UTF-8
 * whatever its first bytes; and a user's mapper reads such bytes as Jackson decodes them
 * (docs/decisions/jackson.md, "The module in an application's mapper").
 */
class WideBodiesTest {

    private static final String OFFER = "{\"id\": 4, \"ssl\": 2}"; // update mode: 6319 at the 2
    private static final String FORM = "id=4&ssl=2";
    private static final String[] ENCODINGS = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
    private static final List<OfferReader> READERS = List.of(reader(2), reader(3));

    private static OfferReader reader(int jackson) {
        return OfferReader.builder().mode(ValidationMode.UPDATE).jackson(jackson).build();
    }

    @Test
    void aWholeInputInUtf16OrUtf32IsOneFindingThroughEveryEntryPointOnBothJacksons(@TempDir Path dir)
            throws IOException {
        for (OfferReader reader : READERS) {
            for (String encoding : ENCODINGS) {
                for (String mark : List.of("", "\uFEFF")) {
                    Charset charset = Charset.forName(encoding);
                    String as = "Jackson " + reader.jacksonVersion() + " " + encoding + (mark.isEmpty() ? "" : " marked");
                    String said = "the input is " + encoding + ", not UTF-8: save it as UTF-8";
                    List<String> json = List.of("6055  1:1 ERROR Invalid json data: " + said);
                    List<String> form = List.of("6820  1:1 ERROR Invalid form body parameter. (" + said + ")");
                    byte[] offer = (mark + OFFER + "\n").getBytes(charset);
                    byte[] body = (mark + FORM + "\n").getBytes(charset);
                    Path file = Files.write(dir.resolve("offer.json"), offer);
                    Path forms = Files.write(dir.resolve("bodies.form"), body);

                    assertThat(found(reader.read(offer))).as(as).isEqualTo(json);
                    assertThat(reader.read(offer).report().violations()).as(as).allMatch(ReaderCodes::isNoDocument);
                    assertThat(only(reader.documents(new ByteArrayInputStream(offer)))).as(as).isEqualTo(json);
                    assertThat(only(reader.documents(file))).as(as).isEqualTo(json);
                    assertThat(found(reader.readForm(body))).as(as).isEqualTo(form);
                    assertThat(found(reader.readForm(body, StandardCharsets.UTF_8))).as(as).isEqualTo(form);
                    assertThat(only(reader.formDocuments(new ByteArrayInputStream(body)))).as(as).isEqualTo(form);
                    assertThat(only(reader.documents(forms))).as(as).isEqualTo(form);
                    // decoded text, and bytes whose charset is declared, are read
                    assertThat(found(reader.read(new String(offer, charset)))).as(as)
                            .containsExactly("6319 /ssl 1:18 ERROR Invalid SSL");
                    assertThat(found(reader.readForm(body, charset))).as(as).containsExactly("6319 /ssl 1:6 ERROR Invalid SSL");
                }
            }
        }
    }

    /**
     * The line of a UTF-8 NDJSON file that starts FF FE (offer-lint's test of it: lint WideEncodingTest) is
     * broken UTF-8 in that file, read by the reader of parts (WireReader.readPart, offer-lint's way in) as
     * the reader of the file reads it, and as read(byte[]) read it before it told a body's encoding.
     */
    @Test
    void aLineStartingFfFeInAUtf8FileIsBrokenUtf8OnBothJacksons() throws IOException {
        byte[] line = {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};
        byte[] utf32Mark = {0, 0, (byte) 0xFE, (byte) 0xFF, '{', '}'};
        byte[] utf16 = OFFER.getBytes(StandardCharsets.UTF_16LE);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write((OFFER + "\n").getBytes(StandardCharsets.UTF_8));
        file.write(line);
        file.write('\n');
        file.write(utf32Mark);
        file.write('\n');
        for (OfferReader reader : READERS) {
            String as = "Jackson " + reader.jacksonVersion();
            WireReader parts = WireReader.of(reader);
            assertThat(found(parts.readPart(line))).as(as)
                    .containsExactly("6055  1:1 ERROR Invalid json data: Invalid UTF-8 in the input");
            assertThat(found(parts.readPart(utf32Mark))).as(as)
                    .containsExactly("6055  1:3 ERROR Invalid json data: Invalid UTF-8 in the input"); // at the FE
            assertThat(found(parts.readPart(utf16))).as(as).containsExactly("6055  1:2 ERROR Invalid json data:"
                    + " Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
            List<String> documents = new ArrayList<>();
            try (DocumentStream stream = reader.documents(new ByteArrayInputStream(file.toByteArray()))) {
                while (stream.hasNext()) {
                    Document d = stream.next();
                    documents.add(d.index() + " " + found(d.result()));
                }
            }
            assertThat(documents).as(as).containsExactly("0 [6319 /ssl 1:18 ERROR Invalid SSL]",
                    "1 [6055  2:1 ERROR Invalid json data: Invalid UTF-8 in the input]",
                    "2 [6055  3:3 ERROR Invalid json data: Invalid UTF-8 in the input]");
            // the whole input of the same first bytes is the body's answer
            assertThat(found(reader.read(line))).as(as)
                    .containsExactly("6055  1:1 ERROR Invalid json data: the input is UTF-16LE, not UTF-8: save it as UTF-8");
            assertThat(found(reader.read(utf32Mark))).as(as)
                    .containsExactly("6055  1:1 ERROR Invalid json data: the input is UTF-32BE, not UTF-8: save it as UTF-8");
        }
    }

    /**
     * A mapper is the application's: its parser decodes UTF-16 and UTF-32 bytes, as Jackson documents, and
     * the module sees characters, not bytes, so the offer is read (the report of its text) on both Jacksons.
     */
    @Test
    void aMapperReadsUtf16AndUtf32AsJacksonDecodesThem() throws Exception {
        ObjectMapper mapper2 = new ObjectMapper().registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
        JsonMapper mapper3 = JsonMapper.builder().addModule(new OfferRulesModule()).build();
        String offer = "{\"name\": \"n\", \"ssl\": 2}";
        for (String encoding : ENCODINGS) {
            for (String mark : List.of("", "\uFEFF")) {
                byte[] bytes = (mark + offer).getBytes(Charset.forName(encoding));
                List<String> text = mapped(() -> mapper3.readValue(offer, Offer.class));
                assertThat(text).contains("6319 /ssl 1:22 ERROR Invalid SSL");
                assertThat(mapped(() -> mapper2.readValue(bytes, Offer.class))).as(encoding + mark.length()).isEqualTo(text);
                assertThat(mapped(() -> mapper3.readValue(bytes, Offer.class))).as(encoding + mark.length()).isEqualTo(text);
            }
        }
    }

    private static List<String> only(DocumentStream stream) throws IOException {
        try (stream) {
            Document first = stream.next();
            assertThat(stream.hasNext()).isFalse();
            assertThat(first.index()).isZero();
            return found(first.result());
        }
    }

    private static List<String> found(ReadResult result) {
        return lines(result.report().violations());
    }

    private static List<String> found(org.offerrules.validation.wire.Outcome outcome) {
        return lines(outcome.report().violations());
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column() + " "
                + v.severity() + " " + v.message()).toList();
    }

    /** The report of the module's exception of a mapper's read, as lines. */
    private static List<String> mapped(Callable<Object> read) throws Exception {
        try {
            read.call();
        } catch (InvalidOfferException e) {
            return lines(e.report().violations());
        } catch (org.offerrules.validation.jackson.InvalidOfferException e) {
            return lines(e.report().violations());
        }
        throw new AssertionError("read without a finding");
    }
}
