package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetConversionStatus;

/** What each module's OfferReader does, over {@link TestJson}: single documents, elements, form bodies, options. */
class WireReaderTest {

    private static final WireReader UPDATE = reader(ValidationMode.UPDATE, false);

    private static WireReader reader(ValidationMode mode, boolean strict) {
        WireReader.Options options = new WireReader.Options();
        options.mode(mode);
        options.strictTypes(strict);
        return options.build(TestJson.SOURCES);
    }

    @Test
    void readsOneDocumentOfText() {
        Outcome o = UPDATE.read("{\"id\": 4,\n \"ssl\": 2}");
        assertThat(o.request()).isEqualTo(Offer.builder().id(4).ssl(2).build());
        assertThat(findings(o)).containsExactly(tuple(6319, "/ssl", 2, 9));
    }

    @Test
    void readsOneDocumentOfUtf8BytesWithUtf16Columns() {
        Outcome o = UPDATE.read("{\"name\": \"🎉🎉\", \"id\": 4, \"ssl\": 2}".getBytes(UTF_8));
        assertThat(findings(o)).containsExactly(tuple(6319, "/ssl", 1, 34));
    }

    @Test
    void anythingAfterTheDocumentIsOne6055() {
        assertThat(messages(UPDATE.read("{\"id\": 4} {}"))).containsExactly(
                "6055 1:11 Invalid json data: trailing content after the offer: an object");
        assertThat(messages(UPDATE.read("{\"id\": 4}\n  x"))).containsExactly(
                "6055 2:3 Invalid json data: Unexpected character ('x' (code 120)): expected a valid value");
        assertThat(messages(UPDATE.read("{\"id\": 4} \n\t"))).isEmpty();
        // no document: nothing after it is looked at
        assertThat(messages(UPDATE.read("[1] {}"))).containsExactly(
                "6055 1:1 Invalid json data: expected an offer object, found an array");
    }

    @Test
    void anEmptyOrBrokenInputIsOne6055() {
        assertThat(messages(UPDATE.read("  \n "))).containsExactly("6055 2:2 Invalid json data: no JSON document in the input");
        assertThat(messages(UPDATE.read(""))).containsExactly("6055 1:1 Invalid json data: no JSON document in the input");
        assertThat(messages(UPDATE.read("}"))).containsExactly(
                "6055 1:1 Invalid json data: Unexpected character ('}' (code 125)): expected a valid value");
        assertThat(UPDATE.read("{\"id\": 4,").request()).isNull();
    }

    @Test
    void readsAnyRequestTypeByItsRecord() {
        Outcome o = UPDATE.read("{\"page\": 0, \"limit\": 500}", ListPaging.class);
        assertThat(o.request()).isEqualTo(new ListPaging(0, 500, null));
        assertThat(findings(o)).containsExactly(tuple(6441, "/page", 1, 10));
        assertThatThrownBy(() -> UPDATE.read("{}", Record.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strictTypesAreTheReadersOption() {
        assertThat(findings(reader(ValidationMode.UPDATE, true).read("{\"id\": \"4\"}")))
                .containsExactly(tuple(6302, "/id", 1, 8));
        assertThat(findings(UPDATE.read("{\"id\": \"4\"}"))).isEmpty();
    }

    @Test
    void readsAFormBodyIgnoringOneLineEnd() {
        assertThat(findings(UPDATE.readForm("id=4&ssl=2\r\n"))).containsExactly(tuple(6319, "/ssl", 1, 6));
        assertThat(findings(UPDATE.readForm("id=4&ssl=2\n"))).containsExactly(tuple(6319, "/ssl", 1, 6));
        assertThat(UPDATE.readForm("id=4&name=a\n\n").request()).isEqualTo(Offer.builder().id(4).name("a\n").build());
    }

    /**
     * A byte order mark before a form body is no part of its first name: the form bodies of a file
     * ({@link FormDocuments}) skip it, and so do the readers of one body, bytes or text.
     */
    @Test
    void aFormBodyAfterAByteOrderMarkIsReadAsAFileOfFormBodiesReadsIt() throws java.io.IOException {
        byte[] marked = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd', '=', '4', '&', 's', 's', 'l', '=', '2'};
        List<Tuple> inAFile;
        try (LazyDocuments docs = UPDATE.formDocuments(new java.io.ByteArrayInputStream(marked))) {
            inAFile = findings(docs.next().outcome());
        }
        assertThat(inAFile).containsExactly(tuple(6319, "/ssl", 1, 6));
        assertThat(findings(UPDATE.readForm(marked))).isEqualTo(inAFile);
        assertThat(findings(UPDATE.readForm("\uFEFFid=4&ssl=2"))).isEqualTo(inAFile);
        assertThat(UPDATE.readForm(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).report())
                .isEqualTo(UPDATE.readForm(new byte[0]).report());
    }

    @Test
    void readsAnArrayElementAsTheWholeFileWouldPlaceIt() {
        byte[] element = "{\"id\": 1,\n   \"ssl\": \"x\"}".getBytes(UTF_8);
        WireDocument d = UPDATE.readElement(new ArraySplitter.Element(element, 3, 7, 5));
        assertThat(d.index()).isEqualTo(3);
        assertThat(d.line()).isEqualTo(7);
        assertThat(findings(d.outcome())).containsExactly(tuple(6319, "/ssl", 8, 11));

        WireDocument broken = UPDATE.readElement(new ArraySplitter.Element("{\"id\": }".getBytes(UTF_8), 0,
                2, 9));
        assertThat(findings(broken.outcome())).containsExactly(tuple(6055, "", 2, 16));

        WireDocument bad = UPDATE.readElement(new ArraySplitter.Element("}".getBytes(UTF_8), 1, 4, 2));
        assertThat(bad.line()).isEqualTo(4);
        assertThat(findings(bad.outcome())).containsExactly(tuple(6055, "", 4, 2));

        // far right on a minified line: only the first line's columns move to the element's column
        WireDocument far = UPDATE.readElement(new ArraySplitter.Element(element, 9, 1, 100_001));
        assertThat(findings(far.outcome())).containsExactly(tuple(6319, "/ssl", 2, 11));
        WireDocument farOneLine = UPDATE.readElement(new ArraySplitter.Element(
                "{\"id\": 1, \"ssl\": \"x\"}".getBytes(UTF_8), 9, 1, 100_001));
        assertThat(findings(farOneLine.outcome())).containsExactly(tuple(6319, "/ssl", 1, 100_001 + 17));
        WireDocument farBroken = UPDATE.readElement(new ArraySplitter.Element("{\"id\": }".getBytes(UTF_8),
                0, 1, 100_001));
        assertThat(findings(farBroken.outcome())).containsExactly(tuple(6055, "", 1, 100_001 + 7));
    }

    @Test
    void readsAnArrayElementByItsBytesWithTheColumnsOfTheWholeFile() {
        WireReader fast = reader(ValidationMode.UPDATE, false);
        WireReader.Options off = new WireReader.Options();
        off.mode(ValidationMode.UPDATE);
        off.byteTokenizer(false);
        WireReader parser = off.build(TestJson.SOURCES);
        // characters of 2, 3 and 4 bytes before the violation on the element's first line, far right on a minified line
        String first = "{\"name\": \"é€🎉𝄞\", \"id\": 1, \"ssl\": 2}";
        int ssl = first.indexOf("2", first.indexOf("\"ssl\"")); // a String counts UTF-16 units
        assertThat(findings(fast.readElement(new ArraySplitter.Element(first.getBytes(UTF_8), 5, 1, 70_001))
                .outcome())).containsExactly(tuple(6319, "/ssl", 1, 70_001 + ssl));
        // CR LF inside: the columns of the lines after the first are not moved
        String crlf = "{\"name\": \"🎉\",\r\n  \"id\": 1, \"ssl\": 2, \"advertiser_id\": \"€\"}";
        int sslOnSecond = crlf.indexOf("2") - crlf.indexOf('\n');
        assertThat(findings(fast.readElement(new ArraySplitter.Element(crlf.getBytes(UTF_8), 6, 3, 70_001))
                .outcome())).containsExactlyInAnyOrder(tuple(6319, "/ssl", 4, sslOnSecond),
                        tuple(6306, "/advertiser_id", 4, crlf.indexOf("\"€\"") - crlf.indexOf('\n')));
        assertThat(fast.tokenizerFallbacks()).isZero();
        // an exponent: the tokenizer is not sure of it, the element's text is read by the parser, as before
        String exponent = "{\"name\": \"🎉\", \"id\": 1, \"payout\": 25e-1, \"ssl\": 2}";
        ArraySplitter.Element unsure = new ArraySplitter.Element(exponent.getBytes(UTF_8), 7, 1, 70_001);
        assertThat(findings(fast.readElement(unsure).outcome()))
                .containsExactly(tuple(6319, "/ssl", 1, 70_001 + exponent.indexOf("2}")));
        assertThat(fast.tokenizerFallbacks()).isOne();
        for (String element : List.of(first, crlf, exponent)) {
            ArraySplitter.Element e = new ArraySplitter.Element(element.getBytes(UTF_8), 2, 9, 40);
            assertThat(findings(fast.readElement(e).outcome())).as(element)
                    .isEqualTo(findings(parser.readElement(e).outcome()));
        }
        assertThat(parser.tokenizerFallbacks()).isZero();
    }

    @Test
    void optionsHaveDefaultsAndRefuseWhatIsNoRequest() {
        WireReader defaults = new WireReader.Options().build(TestJson.SOURCES);
        assertThat(defaults.requestType()).isEqualTo(Offer.class);
        assertThat(defaults.mode()).isEqualTo(ValidationMode.CREATE);
        assertThat(defaults.strictTypes()).isFalse();
        assertThat(defaults.validator()).isNotNull();

        OfferValidator update = OfferValidator.builder().mode(ValidationMode.UPDATE).build();
        WireReader.Options options = new WireReader.Options();
        options.validator(update);
        options.request(SetConversionStatus.class);
        WireReader r = options.build(TestJson.SOURCES);
        assertThat(r.validator()).isSameAs(update);
        assertThat(r.mode()).isEqualTo(ValidationMode.UPDATE); // the validator's own mode
        assertThat(r.requestType()).isEqualTo(SetConversionStatus.class);
        assertThat(r.read("{\"conversion_ids\": \"201512_1010\", \"status\": \"Approved\"}").request())
                .isEqualTo(new SetConversionStatus("201512_1010", "Approved"));

        assertThatThrownBy(() -> new WireReader.Options().request(Record.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WireReader.Options().validator(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UPDATE.read((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> UPDATE.readForm((String) null)).isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThatThrownBy(() -> UPDATE.readForm((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("body");
    }

    @Test
    void aFormFileIsNamedDotFormInAnyCase() {
        assertThat(WireReader.isForm(Path.of("a", "offers.form"))).isTrue();
        assertThat(WireReader.isForm(Path.of("OFFERS.FORM"))).isTrue();
        assertThat(WireReader.isForm(Path.of("offers.form.json"))).isFalse();
        assertThat(WireReader.isForm(Path.of("form"))).isFalse();
        assertThat(WireReader.isForm(Path.of("/"))).isFalse();
    }

    /**
     * A whole body of bytes in UTF-16 or UTF-32, with or without a byte order mark, is what a file of the
     * same bytes is ({@link FileDocuments}, {@link FormDocuments}): one finding at 1:1 naming the encoding,
     * which no level lowers. It was read by the parser's own guess (findings as if UTF-8) or as invalid UTF-8.
     */
    @Test
    void aWholeBodyInUtf16OrUtf32IsOneFindingAsAFileOfItIs() throws Exception {
        for (String encoding : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            for (String mark : List.of("", "\ufeff")) {
                java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
                String as = encoding + (mark.isEmpty() ? "" : " with its mark");
                String said = "the input is " + encoding + ", not UTF-8: save it as UTF-8";
                byte[] json = (mark + "{\"id\": 4, \"ssl\": 2}").getBytes(charset);
                Outcome body = UPDATE.read(json);
                assertThat(messages(body)).as(as).containsExactly("6055 1:1 Invalid json data: " + said);
                assertThat(body.request()).isNull();
                assertThat(body.report().violations().get(0).pointer()).isEmpty();
                assertThat(org.offerrules.validation.spi.ReaderCodes.isNoDocument(body.report().violations().get(0)))
                        .as(as).isTrue(); // no level lowers it
                try (LazyDocuments file = UPDATE.documents(new java.io.ByteArrayInputStream(json))) {
                    assertThat(messages(file.next().outcome())).as(as).isEqualTo(messages(body));
                    assertThat(file.hasNext()).isFalse();
                }
                byte[] form = (mark + "id=4&ssl=2\n").getBytes(charset);
                String formSaid = "6820 1:1 Invalid form body parameter. (" + said + ")";
                assertThat(messages(UPDATE.readForm(form))).as(as).containsExactly(formSaid);
                assertThat(messages(UPDATE.readForm(form, UTF_8))).as(as).containsExactly(formSaid);
                try (LazyDocuments file = UPDATE.formDocuments(new java.io.ByteArrayInputStream(form))) {
                    assertThat(messages(file.next().outcome())).as(as).containsExactly(formSaid);
                    assertThat(file.hasNext()).isFalse();
                }
                // a body that declares its charset is decoded: its text is read
                assertThat(findings(UPDATE.readForm(form, charset))).as(as).containsExactly(tuple(6319, "/ssl", 1, 6));
            }
        }
        // UTF-8 is read as it is (its mark is the modules' parsers' to skip: HostileInputTest there)
        assertThat(findings(UPDATE.read("{\"id\": 4, \"ssl\": 2}".getBytes(UTF_8)))).containsExactly(tuple(6319, "/ssl", 1, 18));
    }

    /**
     * A part of a larger input (an NDJSON line of offer-lint) is not a whole input: bytes that would say
     * UTF-16 or UTF-32 at a body's start are broken UTF-8 in a UTF-8 file, read as they were before
     * {@link WireReader#read(byte[])} told the encoding of a body.
     */
    @Test
    void aPartIsReadAsUtf8WhateverItsFirstBytes() {
        byte[] ffFe = {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};
        assertThat(messages(UPDATE.read(ffFe))).containsExactly(
                "6055 1:1 Invalid json data: the input is UTF-16LE, not UTF-8: save it as UTF-8");
        assertThat(messages(UPDATE.readPart(ffFe))).containsExactly("6055 1:1 Invalid json data: Invalid UTF-8 in the input");
        byte[] utf16 = "{\"id\": 4}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        // its second byte, a zero, is a control character of UTF-8 (this tokenizer's words; Jackson's differ)
        assertThat(messages(UPDATE.readPart(utf16))).containsExactly(
                "6055 1:2 Invalid json data: Unexpected character ('\u0000' (code 0)): was expecting double-quote to start field name");
        // what is no wide encoding is read the same either way
        for (byte[] json : List.of("{\"id\": 4, \"ssl\": 2}".getBytes(UTF_8), new byte[] {0, 0, '{', 0},
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, new byte[0])) {
            assertThat(messages(UPDATE.readPart(json))).isEqualTo(messages(UPDATE.read(json)));
        }
        assertThatThrownBy(() -> UPDATE.readPart(null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> UPDATE.read((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    }

    /**
     * The way offer-lint finds the reader an {@code OfferReader} wraps is given by that class alone: a call
     * from anywhere else is refused, so that it cannot be given first and break {@code OfferReader}.
     */
    @Test
    void onlyOfferReaderGivesTheWayToItsReader() {
        assertThatThrownBy(() -> WireReader.wrappedBy(reader -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("given by OfferReader only, not by " + WireReaderTest.class.getName());
        // OfferReader still gives it when it is initialized (the modules' WideBodiesTest reads parts through it)
        assertThatCode(() -> Class.forName(OfferReader.class.getName(), true, OfferReader.class.getClassLoader()))
                .doesNotThrowAnyException();
    }

    private static List<Tuple> findings(Outcome o) {
        return o.report().violations().stream().map(v -> tuple(v.codeNumber(), v.pointer(), v.line(), v.column()))
                .toList();
    }

    private static List<String> messages(Outcome o) {
        return o.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.line() + ":" + v.column() + " " + v.message()).toList();
    }
}
