package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byte columns of a parser of UTF-8 turned into UTF-16 columns, with literal inputs and columns. */
class ColumnsTest {

    @Test
    void textColumnsAreAlreadyUtf16() {
        assertThat(Columns.CHARS.column(3, 17)).isEqualTo(17);
        assertThat(Columns.CHARS.place(Locations.pack(3, 17))).isEqualTo(Locations.pack(3, 17));
        assertThat(Columns.CHARS.malformed()).isZero();
        assertThat(Columns.CHARS.tokenStart(1, 9, "nope")).isEqualTo(9);
    }

    @Test
    void everyCharacterCountsItsUtf16Units() {
        // a: 1 byte, é: 2 bytes, 日: 3 bytes (one unit each), 🎉: 4 bytes (a surrogate pair, two units)
        Columns c = columns("aé日🎉b");
        assertThat(c.column(1, 1)).isEqualTo(1);   // a
        assertThat(c.column(1, 2)).isEqualTo(2);   // é
        assertThat(c.column(1, 4)).isEqualTo(3);   // 日
        assertThat(c.column(1, 7)).isEqualTo(4);   // 🎉
        assertThat(c.column(1, 11)).isEqualTo(6);  // b
        assertThat(c.column(1, 12)).isEqualTo(7);  // the end of the line
        assertThat(c.column(1, 15)).isEqualTo(10); // beyond it: byte for unit
    }

    /**
     * A parser's column inside a character (after its first byte: where the byte parsers stop at an
     * unexpected character that is not ASCII) is that character's, as the text parsers place it.
     */
    @Test
    void aColumnInsideACharacterIsThatCharacters() {
        Columns c = columns("a\u00e9\u65e5\uD83C\uDF89b");
        assertThat(c.column(1, 3)).isEqualTo(2);   // é's second byte
        assertThat(c.column(1, 5)).isEqualTo(3);   // 日's second byte
        assertThat(c.column(1, 6)).isEqualTo(3);   // and third
        assertThat(c.column(1, 10)).isEqualTo(4);  // 🎉's last byte
        assertThat(c.column(1, 11)).isEqualTo(6);  // b, after a count that stopped inside a character
    }

    /** The byte parsers' name for the first byte of a character is replaced by the text parsers' name for it. */
    @Test
    void anUnexpectedCharacterIsNamedAsOnText() {
        String said = "Unexpected character ('\u00c2' (code 194)): was expecting comma";
        assertThat(columns("{\"a\": 1\u00a0}").characterNamed(said, 1, 8))
                .isEqualTo("Unexpected character ('\u00a0' (code 160)): was expecting comma");
        assertThat(columns("{\"a\": 1\u00a0}").characterNamed(said, 1, 9)).as("right after the byte")
                .isEqualTo("Unexpected character ('\u00a0' (code 160)): was expecting comma");
        assertThat(columns("{\"a\": 1\uD83C\uDF89}").characterNamed(said.replace("\u00c2' (code 194", "\u00f0' (code 240"), 1, 8))
                .as("past U+FFFF: the character, not half of it")
                .isEqualTo("Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)): was expecting comma");
        // Jackson 2's byte parser names a character past U+FFFF by a code of its own making
        assertThat(columns("{\"a\": 1,\uD83C\uDF89\"b\": 1}").characterNamed(
                "Unexpected character ('\uF389' (code 62345 / 0xf389)): was expecting double-quote", 1, 9))
                .isEqualTo("Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)): was expecting double-quote");
        assertThat(columns("{\"a\": 1\u00c2}").characterNamed(said, 1, 1)).as("not there").isEqualTo(said);
        assertThat(Columns.text("{\"a\": 1\u00c2}").characterNamed(said, 1, 8)).as("text").isEqualTo(said);
    }

    /**
     * Jackson 2's byte parser says a valid character where a value starts is not UTF-8 ("Invalid UTF-8
     * start byte 0xa9", one byte on): in the other parsers' words, at the character.
     */
    @Test
    void aCharacterWhereAValueStartsIsNamedAsTheOtherParsersName() {
        assertThat(columns("{\"a\": \u00e9t\u00e9}").valueStart(1, 8)).containsExactly(7, "Unrecognized token '\u00e9t\u00e9': "
                + "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(columns("{\"a\": [\uD83C\uDF89]}").valueStart(1, 8)).containsExactly(8, "Unexpected character "
                + "('\uD83C\uDF89' (code 127881 / 0x1f389)): " + WireSyntaxException.VALID_VALUE);
        assertThat(columns("{\"a\": x}").valueStart(1, 7)).as("ASCII").isNull();
        assertThat(Columns.text("{\"a\": \u00e9}").valueStart(1, 7)).as("text").isNull();
    }

    /** The byte parsers name only the token before a number the input ends in: what is missing is read from the bytes. */
    @Test
    void whatIsMissingWhereTheBytesEndInsideANumber() {
        assertThat(columns("{\"a\": -").endInNumber()).isEqualTo("no digit following sign");
        assertThat(columns("{\"a\": [1e-\n").endInNumber()).isEqualTo("expected a digit for number exponent");
        assertThat(columns("{\"a\": 2E").endInNumber()).isEqualTo("expected a digit for number exponent");
        assertThat(columns("{\"a\": \"e").endInNumber()).isNull();
        assertThat(columns("{\"a\": 1").endInNumber()).isNull();
        assertThat(Columns.text("{\"a\": -").endInNumber()).isNull();
    }

    @Test
    void linesEndAtLfCrOrCrLfAsTheParserCountsThem() {
        Columns c = columns("é\r\néé\réx\n🎉y");
        assertThat(c.column(2, 5)).isEqualTo(3);   // after éé
        assertThat(c.column(3, 3)).isEqualTo(2);   // x
        assertThat(c.column(4, 5)).isEqualTo(3);   // y
        assertThat(c.column(5, 3)).isEqualTo(3);   // no such line: unchanged
        assertThat(c.column(0, 3)).isEqualTo(3);
        // back to an earlier line after a later one
        assertThat(c.column(1, 3)).isEqualTo(2);
        assertThat(c.column(4, 5)).isEqualTo(3);
    }

    @Test
    void manyPositionsOnOneLongLineCountAlike() {
        String line = "é".repeat(1000);
        Columns c = columns(line);
        // forwards, backwards and again: the cache of the last count must not change an answer
        for (int units : new int[] {10, 500, 999, 3, 500, 1000, 1}) {
            assertThat(c.column(1, 2 * units - 1)).as("%d", units).isEqualTo(units);
        }
    }

    @Test
    void lineBaseAndOffsetPlaceTheDocumentInItsFile() {
        byte[] file = "xxxxx{\"é\":\n é1}".getBytes(UTF_8);
        Columns c = Columns.utf8(file, 5, file.length - 5, 10);
        assertThat(c.column(11, 6)).isEqualTo(5);  // the ':' after "é" on the document's first line
        assertThat(c.column(12, 4)).isEqualTo(3);  // the '1'
        assertThat(c.column(10, 4)).isEqualTo(4);  // a line before the document: unchanged
        assertThat(Locations.column(c.place(Locations.pack(12, 4)))).isEqualTo(3);
        assertThat(Locations.line(c.place(Locations.pack(12, 4)))).isEqualTo(12);
    }

    @Test
    void anElementsBytesAreConvertedAndItsFirstLineMovedToItsColumn() {
        // an element at UTF-16 column 70,001 of line 4: its first line's columns move, the others do not
        Columns c = Columns.utf8From("{\"é🎉\":1,\r\n é2}".getBytes(UTF_8), 4, 70_001);
        assertThat(c.column(4, 1)).isEqualTo(70_001);            // its '{'
        assertThat(c.column(4, 10)).isEqualTo(70_000 + 7);       // the ':' after "é🎉" (9 bytes, 6 units)
        assertThat(c.column(5, 4)).isEqualTo(3);                 // the '2' on its second line
        assertThat(c.column(5, 1)).isEqualTo(1);
        assertThat(Locations.column(c.place(Locations.pack(4, 11)))).isEqualTo(70_000 + 8);
        assertThat(Locations.line(c.place(Locations.pack(4, 11)))).isEqualTo(4);
        assertThat(c.malformed()).isZero();
    }

    @Test
    void aByteThatIsNoUtf8CountsOneColumn() {
        byte[] bytes = {(byte) 0xFF, 'x', (byte) 0xE2, (byte) 0x82, 'y', (byte) 0xC3, (byte) 0xA9, 'z'};
        Columns c = Columns.utf8(bytes, 0, bytes.length, 0);
        assertThat(c.column(1, 2)).isEqualTo(2);   // x
        assertThat(c.column(1, 5)).isEqualTo(5);   // y: the cut sequence E2 82 is two columns
        assertThat(c.column(1, 8)).isEqualTo(7);   // z: é is one
        // a sequence cut by the end of the document
        byte[] cut = {'a', (byte) 0xF0, (byte) 0x9F};
        assertThat(Columns.utf8(cut, 0, cut.length, 0).column(1, 4)).isEqualTo(4);
    }

    @Test
    void malformedFindsTheFirstByteThatIsNoUtf8() {
        assertThat(columns("{\"a\": \"é🎉\"}").malformed()).isZero();
        byte[] bytes = {'{', '\r', '\n', ' ', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xC0, (byte) 0x80, '"', '}'};
        long at = Columns.utf8(bytes, 0, bytes.length, 4).malformed();
        assertThat(Locations.line(at)).isEqualTo(6);
        assertThat(Locations.column(at)).isEqualTo(5);  // the parser's (byte) column of C0
        byte[] lone = {'\n', '\r', 'a', (byte) 0x80};
        long loneAt = Columns.utf8(lone, 0, lone.length, 0).malformed();
        assertThat(Locations.line(loneAt)).isEqualTo(3);
        assertThat(Locations.column(loneAt)).isEqualTo(2);
        byte[] tooHigh = {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        assertThat(Locations.column(Columns.utf8(tooHigh, 0, 4, 0).malformed())).isEqualTo(1);
    }

    @Test
    void anUnrecognizedTokenIsFoundBeforeWhereTheParserReportedIt() {
        byte[] bytes = "{\"é\": nope, \"b\": nope}".getBytes(UTF_8);
        Columns c = Columns.utf8(bytes, 0, bytes.length, 0);
        // reported after the first "nope" (byte column 12): its start is byte column 8
        assertThat(c.tokenStart(1, 12, "nope")).isEqualTo(8);
        // reported after the second: the last occurrence before it
        assertThat(c.tokenStart(1, 23, "nope")).isEqualTo(19);
        assertThat(c.tokenStart(1, 12, "nada")).isEqualTo(12);
        assertThat(c.tokenStart(1, 12, null)).isEqualTo(12);
        assertThat(c.tokenStart(1, 12, "")).isEqualTo(12);
        assertThat(c.tokenStart(2, 12, "nope")).isEqualTo(12);
    }

    @Test
    void overlongFormsSurrogatesAndCodePointsPastTheLastAreNotUtf8() {
        // a"<bad>", the bad character from index 2: each is malformed there
        for (int[] bad : new int[][] {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
                {0xF0, 0x80, 0x80, 0xAF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}}) {
            byte[] bytes = new byte[bad.length + 3];
            bytes[0] = 'a';
            bytes[1] = '"';
            for (int k = 0; k < bad.length; k++) {
                bytes[2 + k] = (byte) bad[k];
            }
            bytes[bytes.length - 1] = '"';
            assertThat(Utf8.firstMalformed(bytes, 0, bytes.length)).as(java.util.Arrays.toString(bad)).isEqualTo(2);
            assertThat(Columns.utf8(bytes, 0, bytes.length, 0).malformed()).isEqualTo(Locations.pack(1, 3));
            assertThat(Utf8.firstMalformed(bytes, 0, 2)).isEqualTo(-1);
        }
        // the first and last characters of each length are UTF-8: a, U+0080, U+0800, U+D7FF, U+E000, U+10000, U+10FFFF
        byte[] good = "a\u0080\u0800\ud7ff\ue000\ud800\udc00\udbff\udfff".getBytes(UTF_8);
        assertThat(Utf8.firstMalformed(good, 0, good.length)).isEqualTo(-1);
        assertThat(Columns.utf8(good, 0, good.length, 0).malformed()).isZero();
    }

    @Test
    void aTooLongNumberStartsWhereItsCharactersStartWhereverTheParserStopped() {
        byte[] bytes = ("{\"é\": -0." + "1".repeat(300) + "e5}").getBytes(UTF_8);
        Columns c = Columns.utf8(bytes, 0, bytes.length, 0);
        // the number is byte columns 8 to 312; a parser stops in it (200) or after it (313, at the brace)
        assertThat(c.numberStart(1, 200, 0)).isEqualTo(8);
        assertThat(c.numberStart(1, 313, 0)).isEqualTo(8);
        assertThat(c.numberStart(1, 314, 0)).isEqualTo(314); // past the brace: no number there
        // without the bytes: as many characters left as the parser read (it stops right after them)
        assertThat(Columns.CHARS.numberStart(1, 200, 192)).isEqualTo(8);
        assertThat(Columns.CHARS.numberStart(1, 313, 305)).isEqualTo(8);
        assertThat(Columns.CHARS.numberStart(1, 200, 0)).isEqualTo(200); // nothing tells
        assertThat(Columns.CHARS.numberStart(1, 200, 200)).isEqualTo(200); // no column left of the first
    }

    @Test
    void anUnrecognizedTokenReportedAtItsStartIsNotTakenForAnEarlierOccurrence() {
        byte[] bytes = "{\"name\": \"true story\", \"ssl\": tru}".getBytes(UTF_8);
        Columns c = Columns.utf8(bytes, 0, bytes.length, 0);
        // Jackson 2.20+ report the token's start (byte column 31), not the "tru" of "true" at 11
        assertThat(c.tokenStart(1, 31, "tru")).isEqualTo(31);
        // and 2.19 the column after it
        assertThat(c.tokenStart(1, 34, "tru")).isEqualTo(31);
    }

    @Test
    void aSourceOfBytesIsConvertedAndAnyOtherIsNot() {
        byte[] bytes = "xxé1".getBytes(UTF_8);
        assertThat(Columns.ofSource(bytes, true, 2, 3).column(1, 3)).isEqualTo(2);
        assertThat(Columns.ofSource(bytes, true, -1, -1).column(1, 5)).isEqualTo(4);
        assertThat(Columns.ofSource(bytes, false, 0, 5)).isSameAs(Columns.CHARS);
        assertThat(Columns.ofSource(new java.io.StringReader("xxé1"), true, 0, 4)).isSameAs(Columns.CHARS);
        assertThat(Columns.ofSource(null, true, 0, 0)).isSameAs(Columns.CHARS);
        // text is kept to find places in; its columns are the parser's own
        assertThat(Columns.ofSource("xxé1", true, 0, 4).column(1, 3)).isEqualTo(3);
    }

    /**
     * A name's opening quote, where the parser stopped after the name: found in the bytes or the
     * text, escapes and all; without either, the parser's place less the name's length and quotes.
     */
    @Test
    void theOpeningQuoteOfANameIsFoundInTheBytesOrTheText() {
        String line2 = "{\"id\": 5,\r\n é \"\\u0061\\\"b\": 1}";
        int after = line2.indexOf("\": 1") - line2.indexOf("\r\n") - 2 + 1; // the parser's column after the name
        assertThat(Columns.text(line2).stringStart(2, after, 3)).isEqualTo(4);
        assertThat(Columns.ofSource(line2, true, 0, -1).stringStart(2, after, 3)).isEqualTo(4);
        assertThat(Columns.ofSource(line2.toCharArray(), true, 0, -1).stringStart(2, after, 3)).isEqualTo(4);
        assertThat(Columns.ofSource(("xx" + line2).toCharArray(), true, 2, line2.length()).stringStart(2, after, 3))
                .isEqualTo(4);
        byte[] bytes = line2.getBytes(UTF_8);
        assertThat(Columns.utf8(bytes, 0, bytes.length, 0).stringStart(2, after + 1, 3)).as("é is two bytes").isEqualTo(5);
        assertThat(Columns.CHARS.stringStart(2, after, 3)).as("no text: estimated").isEqualTo(after - 5);
        assertThat(Columns.text(line2).stringStart(3, after, 3)).as("no such line").isEqualTo(after - 5);
    }

    private static Columns columns(String text) {
        byte[] bytes = text.getBytes(UTF_8);
        return Columns.utf8(bytes, 0, bytes.length, 0);
    }
}
