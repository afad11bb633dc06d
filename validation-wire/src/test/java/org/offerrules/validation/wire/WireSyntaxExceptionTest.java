package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token an "Unrecognized token" message names, and where it starts; the tokens' table. */
class WireSyntaxExceptionTest {

    private static final String NOPE = "Unrecognized token 'nope': was expecting (JSON String, Number, Array, Object or"
            + " token 'null', 'true' or 'false')";

    @Test
    void theUnrecognizedTokenIsReadFromTheMessage() {
        assertThat(WireSyntaxException.unrecognizedToken(NOPE)).isEqualTo("nope");
        assertThat(WireSyntaxException.unrecognizedToken("Unrecognized token 'x'")).isNull();
        assertThat(WireSyntaxException.unrecognizedToken("Unexpected character ('x')")).isNull();
        assertThat(WireSyntaxException.unrecognizedToken(null)).isNull();
    }

    @Test
    void aTextParsersTokenStartsItsLengthBeforeThePosition() {
        // Jackson 2.19: reported after the token (column 13); 2.20 and later: at its start (column 9)
        assertThat(WireSyntaxException.tokenStart(NOPE, 13, 13, false)).isEqualTo(9);
        assertThat(WireSyntaxException.tokenStart(NOPE, 9, 13, false)).isEqualTo(9);
        // a start after the reported column or before the line is not believed
        assertThat(WireSyntaxException.tokenStart(NOPE, 8, 13, false)).isEqualTo(8);
        assertThat(WireSyntaxException.tokenStart(NOPE, 3, 4, false)).isEqualTo(3);
        // bytes: the binder searches the input instead (Columns.tokenStart)
        assertThat(WireSyntaxException.tokenStart(NOPE, 13, 13, true)).isEqualTo(13);
        assertThat(WireSyntaxException.tokenStart("Unexpected character", 13, 20, false)).isEqualTo(13);
    }

    @Test
    void anExceptionKeepsItsPosition() {
        WireSyntaxException e = new WireSyntaxException("broken", 4, 7, true);
        assertThat(e).hasMessage("broken");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.endedEarly()).isTrue();
    }

    @Test
    void theParsersWordsForWhatTheyPlaceEachTheirWayBecomeTheProductsWhereTheExceptionIsMade() {
        for (String words : new String[] {"Broken surrogate pair in field name", "Unexpected low surrogate in field name",
                "Invalid UTF-8: Illegal surrogate character 0xdc00"}) {
            WireSyntaxException e = new WireSyntaxException(words, 1, 9, false);
            assertThat(e).as(words).hasMessage(Binder.LONE_SURROGATE);
            assertThat(e.kind()).isEqualTo(WireSyntaxException.Kind.LONE_SURROGATE);
            assertThat(e.afterEscape()).isTrue();
        }
        WireSyntaxException own = new WireSyntaxException(Binder.LONE_SURROGATE, 1, 9, false);
        assertThat(own.kind()).isEqualTo(WireSyntaxException.Kind.LONE_SURROGATE);
        assertThat(own.afterEscape()).isFalse();

        WireSyntaxException name = new WireSyntaxException("Name length (1500) exceeds the maximum allowed (1024)", 1, 9, false);
        assertThat(name).hasMessage("field name longer than the maximum allowed (" + ReadLimits.MAX_NAME_LENGTH
                + " characters)");
        assertThat(name.nameLength()).isEqualTo(1500);
        // the limit the parser applied: a mapper's own (Jackson's defaults, 50,000 and 1,000) is not the readers'
        WireSyntaxException mappers = new WireSyntaxException("Name length (50001) exceeds the maximum allowed"
                + " (50000, from `StreamReadConstraints.getMaxNameLength()`)", 1, 9, false);
        assertThat(mappers).hasMessage("field name longer than the maximum allowed (50000 characters)");
        WireSyntaxException number = new WireSyntaxException("Number value length (1001) exceeds the maximum allowed"
                + " (1000, from `StreamReadConstraints.getMaxNumberLength()`)", 1, 9, false);
        assertThat(number).hasMessage("number longer than the maximum allowed (1000 characters)");
        assertThat(number.kind()).isEqualTo(WireSyntaxException.Kind.NUMBER_TOO_LONG);
        assertThat(number.nameLength()).isZero();
        assertThat(number.numberLength()).isEqualTo(1001);
        WireSyntaxException readers = new WireSyntaxException("Number value length (201) exceeds the maximum allowed"
                + " (" + ReadLimits.MAX_NUMBER_LENGTH + ", from `StreamReadConstraints.getMaxNumberLength()`)", 1, 9, false);
        assertThat(readers).hasMessage("number longer than the maximum allowed (" + ReadLimits.MAX_NUMBER_LENGTH
                + " characters)");
        assertThat(readers.numberLength()).isEqualTo(201);
        WireSyntaxException other = new WireSyntaxException("Name length is fine", 1, 9, false);
        assertThat(other).hasMessage("Name length is fine");
        assertThat(other.kind()).isEqualTo(WireSyntaxException.Kind.AS_WORDED);
    }

    /** What a byte parser and a text parser say each their own way of the same input is reported one way. */
    @Test
    void aProblemTheParsersWordEachTheirWayIsReportedInOneWording() {
        String[][] said = {
            {"Unexpected character ('}' (code 125)): expected a value",
                "Unexpected character ('}' (code 125)): " + WireSyntaxException.VALID_VALUE},
            {"Unexpected end-of-input in VALUE_STRING", "Unexpected end-of-input: was expecting closing quote for a string value"},
            {"Unexpected end-of-input: was expecting closing '\"' for name", "Unexpected end-of-input in field name"},
            {"Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED "
                + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, column: 10])",
                "Unexpected end-of-input: expected close marker for Object (start marker at [line: 2, column: 10])"},
            {"Unexpected close marker '}': expected ']' (for Array starting at [Source: (String)\"{\"a\": [1; x\n}\"; line: 1, "
                + "column: 7])", "Unexpected close marker '}': expected ']' (for Array starting at [line: 1, column: 7])"},
            {"Unexpected end-of-inputNo digit following sign", "Unexpected end-of-input: no digit following sign"},
            {"Unexpected end-of-inputexpected a digit for number exponent",
                "Unexpected end-of-input: expected a digit for number exponent"},
            {"Unexpected character ('}' (code 125)): expected a valid value", "Unexpected character ('}' (code 125)): expected a valid value"},
        };
        for (String[] words : said) {
            assertThat(new WireSyntaxException(words[0], 1, 1, false)).as(words[0]).hasMessage(words[1]);
        }
    }

    @Test
    void aCharacterPastUffffIsNamedByItsCodePointNotItsHighSurrogate() {
        String said = "Unexpected character ('\uD83C' (code 55356 / 0xd83c)): was expecting comma to separate Object entries";
        assertThat(WireSyntaxException.namesHighSurrogate(said)).isTrue();
        assertThat(WireSyntaxException.codePointNamed(said, '\uDF89')).isEqualTo("Unexpected character ('\uD83C\uDF89' "
                + "(code 127881 / 0x1f389)): was expecting comma to separate Object entries");
        assertThat(WireSyntaxException.codePointNamed(said, 'x')).as("no low surrogate next").isEqualTo(said);
        assertThat(WireSyntaxException.namesHighSurrogate("Unexpected character ('x' (code 120))")).isFalse();
        assertThat(WireSyntaxException.named(1)).isEqualTo("(CTRL-CHAR, code 1)");
        assertThat(WireSyntaxException.named(0xe9)).isEqualTo("'\u00e9' (code 233)");
    }

    enum Jackson3Token { START_OBJECT, PROPERTY_NAME, VALUE_NULL, NOT_AVAILABLE }

    @Test
    void aParsersTokensMapByNameAndPropertyNameIsFieldName() {
        assertThat(Token.byOrdinal(Jackson3Token.values()))
                .containsExactly(Token.START_OBJECT, Token.FIELD_NAME, Token.VALUE_NULL, Token.NOT_AVAILABLE);
        assertThat(Token.START_ARRAY.isStructStart()).isTrue();
        assertThat(Token.END_ARRAY.isStructStart()).isFalse();
        assertThat(Token.VALUE_EMBEDDED_OBJECT.isScalarValue()).isTrue();
        assertThat(Token.FIELD_NAME.isScalarValue()).isFalse();
    }

    @Test
    void aPositionPacksItsLineAboveItsColumn() {
        long packed = TokenSource.pack(70_000, 2_000_000);
        assertThat(Locations.line(packed)).isEqualTo(70_000);
        assertThat(Locations.column(packed)).isEqualTo(2_000_000);
        assertThat(Locations.pack(1, 1)).isEqualTo((1L << 32) | 1);
    }
}
