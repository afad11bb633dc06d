package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;

/**
 * A form body in the charset its request declared (docs/decisions/form.md, "Charsets"): raw and
 * percent-encoded bytes alike are read in it, as a servlet container decodes a form's parameters, and
 * what is not in it is reported on its field, as bytes that are not UTF-8 are in a UTF-8 body.
 */
class FormCharsetTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final WireReader UPDATE = reader();

    private static WireReader reader() {
        WireReader.Options options = new WireReader.Options();
        options.mode(ValidationMode.UPDATE);
        return options.build(TestJson.SOURCES);
    }

    @Test
    void aPercentEncodedByteIsACharacterOfTheDeclaredCharset() {
        byte[] body = ascii("id=4&name=Caf%E9+%80&description=%93quoted%94");
        assertThat(UPDATE.readForm(body, LATIN_1).request())
                .isEqualTo(Offer.builder().id(4).name("Caf\u00e9 \u0080").description("\u0093quoted\u0094").build());
        assertThat(UPDATE.readForm(body, WINDOWS_1252).request())
                .isEqualTo(Offer.builder().id(4).name("Caf\u00e9 \u20ac").description("\u201cquoted\u201d").build());
        // the same bytes as UTF-8: %E9 alone is no UTF-8 character
        assertThat(messages(UPDATE.readForm(body, StandardCharsets.UTF_8))).containsExactly(
                "6309 /name 1:6 Empty Offer Name (percent-encoded bytes that are not UTF-8 before column 17)",
                "63990 /description 1:22 Invalid description (percent-encoded bytes that are not UTF-8 before column 37)");
    }

    @Test
    void aRawByteIsACharacterOfTheDeclaredCharsetAndCountsOneColumn() {
        byte[] body = {'n', 'a', 'm', 'e', '=', 'C', 'a', 'f', (byte) 0xE9, '&', 'i', 'd', '=', '4', '&', 's', 's', 'l',
            '=', 'x'};
        assertThat(messages(UPDATE.readForm(body, LATIN_1))).containsExactly(
                "6319 /ssl 1:16 Invalid SSL (expected an integer, found \"x\")");
        assertThat(UPDATE.readForm(body, LATIN_1).request()).isEqualTo(Offer.builder().id(4).name("Caf\u00e9").build());
    }

    /** windows-1252 leaves five bytes undefined: raw or percent-encoded, they are reported on their field. */
    @Test
    void aByteTheCharsetDoesNotDefineIsReportedOnItsField() {
        byte[] raw = {'i', 'd', '=', '4', '&', 'n', 'a', 'm', 'e', '=', 'a', (byte) 0x81, 'b', '&', 's', 's', 'l', '=', '1'};
        assertThat(messages(UPDATE.readForm(raw, WINDOWS_1252))).containsExactly(
                "6309 /name 1:6 Empty Offer Name (bytes that are not windows-1252 at column 12)");
        assertThat(messages(UPDATE.readForm(ascii("id=4&name=a%81b&%8D=1"), WINDOWS_1252))).containsExactly(
                "6309 /name 1:6 Empty Offer Name (percent-encoded bytes that are not windows-1252 before column 15)",
                "6820 /%8D 1:17 Invalid %8D parameter. (percent-encoded bytes that are not windows-1252 before column 20"
                        + " in the name)");
    }

    /** A body in UTF-16 is text like any other: its escapes are UTF-16 too, its mark is skipped. */
    @Test
    void aUtf16BodyIsReadAsItsTextWithItsEscapesInUtf16() {
        byte[] body = "\uFEFFid=4&name=%00%E9t%D8%3C&ssl=x\r\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(messages(UPDATE.readForm(body, StandardCharsets.UTF_16BE))).containsExactly(
                "6309 /name 1:6 Empty Offer Name (percent-encoded bytes that are not UTF-16BE before column 24)",
                "6319 /ssl 1:25 Invalid SSL (expected an integer, found \"x\")");
        assertThat(UPDATE.readForm("id=4&name=%E9%00t".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE)
                .request()).isEqualTo(Offer.builder().id(4).name("\u00e9t").build());
    }

    /** UTF-8, declared or not, is the reader of UTF-8 bytes: the same answer as a *.form file's line. */
    @Test
    void utf8IsTheReaderOfUtf8Bytes() {
        byte[] body = {'i', 'd', '=', '4', '&', 'n', 'a', 'm', 'e', '=', (byte) 0xE9, '&', 's', 's', 'l', '=', 'x'};
        assertThat(findings(UPDATE.readForm(body, StandardCharsets.UTF_8))).isEqualTo(findings(UPDATE.readForm(body)))
                .containsExactly(tuple(6309, "/name", 1, 6), tuple(6319, "/ssl", 1, 13));
    }

    @Test
    void decodingMarksEachRunOfBytesItCannotDecode() {
        FormBinder.Decoded decoded = FormBinder.decode(new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b'}, WINDOWS_1252);
        assertThat(decoded.text()).isEqualTo("a\uFFFD\uFFFDb");
        assertThat(decoded.notDecoded().stream().boxed().toList()).containsExactly(1, 2);
        assertThat(decoded.from(2).notDecoded().stream().boxed().toList()).containsExactly(0);
        FormBinder.Decoded empty = FormBinder.decode(new byte[0], StandardCharsets.UTF_16BE);
        assertThat(empty.text()).isEmpty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> messages(Outcome o) {
        return o.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column() + " " + v.message())
                .toList();
    }

    private static List<Tuple> findings(Outcome o) {
        return o.report().violations().stream().map(v -> tuple(v.codeNumber(), v.pointer(), v.line(), v.column()))
                .toList();
    }
}
