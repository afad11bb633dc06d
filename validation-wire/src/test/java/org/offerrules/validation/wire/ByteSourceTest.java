package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte tokenizer on its own: tokens, texts, numbers and positions as a Jackson parser of bytes
 * gives them (lines ending at LF, CR or CRLF; byte columns), wire names matched on their bytes, and
 * {@link ByteSource.Unsure} for everything it leaves to the parser. The Jackson modules' tests compare
 * it with the parsers themselves on generated and hostile documents.
 */
class ByteSourceTest {

    private static ByteSource source(String json) {
        byte[] b = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8); // a range inside a larger array
        return new ByteSource(b, 2, b.length - 4);
    }

    /** Each token with its line:column, and its text for scalars and names. */
    private static List<String> tokens(String json) {
        ByteSource s = source(json);
        List<String> out = new ArrayList<>();
        for (Token t = s.next(); t != null; t = s.next()) {
            long at = s.tokenPosition();
            out.add(t + "@" + Locations.line(at) + ":" + Locations.column(at)
                    + (t == Token.FIELD_NAME || t.isScalarValue() ? " " + s.text() : ""));
        }
        return out;
    }

    @Test
    void tokensTextsAndPositionsAreTheParsers() {
        assertThat(tokens("{\"a\": \"Ünï 🎉\",\r\n \"b\":[1, -2.5,\rtrue,null],\n\t\"c\\n\":\"x\\u00e9\\\"\"}")).containsExactly(
                "START_OBJECT@1:1",
                "FIELD_NAME@1:2 a",
                "VALUE_STRING@1:7 Ünï 🎉",
                "FIELD_NAME@2:2 b",
                "START_ARRAY@2:6",
                "VALUE_NUMBER_INT@2:7 1",
                "VALUE_NUMBER_FLOAT@2:10 -2.5",
                "VALUE_TRUE@3:1 true",
                "VALUE_NULL@3:6 null",
                "END_ARRAY@3:10",
                "FIELD_NAME@4:2 c\n",
                "VALUE_STRING@4:8 xé\"",
                "END_OBJECT@4:19");
    }

    @Test
    void numbersAreParsedOnceWithTheParsersSizes() {
        ByteSource s = source("{\"i\":2147483647,\"l\":-2147483649,\"d\":0.125,\"z\":-0.0}");
        s.next();
        s.next();
        assertThat(s.next()).isEqualTo(Token.VALUE_NUMBER_INT);
        assertThat(s.integerSize()).isZero();
        assertThat(s.intValue()).isEqualTo(Integer.MAX_VALUE);
        s.next();
        s.next();
        assertThat(s.integerSize()).isEqualTo(1);
        assertThat(s.longValue()).isEqualTo(-2147483649L);
        s.next();
        assertThat(s.next()).isEqualTo(Token.VALUE_NUMBER_FLOAT);
        assertThat(s.doubleValue()).isEqualTo(0.125);
        s.next();
        s.next();
        assertThat(Double.doubleToRawLongBits(s.doubleValue())).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void wireNamesAreMatchedOnTheirBytesAndShared() {
        WireSchema.WireField name = WireSchema.OFFER.field("name");
        WireSchema.WireField status = WireSchema.OFFER.field("status");
        ByteSource s = source("{\"name\":\"x\",\"ssl\":1,\"n\\u0061me\":2}");
        s.next();
        assertThat(s.nextNameIs(name)).isTrue();
        assertThat(s.currentName()).isSameAs(name.wireName);
        s.next();
        assertThat(s.nextNameIs(status)).isFalse();
        assertThat(s.current()).isEqualTo(Token.FIELD_NAME);
        assertThat(s.currentName()).isSameAs(WireSchema.OFFER.field("ssl").wireName); // another of the schema: no new String
        s.next();
        assertThat(s.nextNameIs(status)).isFalse();
        assertThat(s.currentName()).isEqualTo("name").isNotSameAs(name.wireName); // escaped: decoded, equal
        s.next();
        assertThat(s.nextNameIs(status)).isFalse();
        assertThat(s.current()).isEqualTo(Token.END_OBJECT);
        assertThat(s.next()).isNull();
    }

    @Test
    void aNameIsMatchedWordByWordOnlyWithinTheDocumentsBytes() {
        // every length of name, right at the array's end or before bytes that would complete it
        for (WireSchema.WireField field : WireSchema.OFFER.fields) {
            for (int padding = 0; padding <= 9; padding++) {
                String document = "{\"" + field.wireName + "\":1}";
                byte[] b = (document + "\"".repeat(padding)).getBytes(StandardCharsets.UTF_8);
                ByteSource s = new ByteSource(b, 0, document.length());
                s.next();
                assertThat(s.nextNameIs(WireSchema.OFFER.fields[0])).as("%s, %d after", field.wireName, padding)
                        .isEqualTo(field.index == 0);
                assertThat(s.currentName()).isSameAs(field.wireName);

                // the document ends inside the name: the quote after its end is not read
                int cut = 2 + field.wireName.length();
                byte[] c = (document.substring(0, cut) + "\"".repeat(padding + 1)).getBytes(StandardCharsets.UTF_8);
                ByteSource t = new ByteSource(c, 0, cut);
                t.next();
                assertThatThrownBy(() -> t.nextNameIs(field)).isSameAs(ByteSource.Unsure.INSTANCE);
            }
        }
        // a name that starts like the expected one is not it
        WireSchema.WireField interval = WireSchema.OFFER.field("cap_interval");
        ByteSource s = source("{\"cap_interval_limit\":5}");
        s.next();
        assertThat(s.nextNameIs(interval)).isFalse();
        assertThat(s.currentName()).isSameAs(WireSchema.OFFER.field("cap_interval_limit").wireName);
    }

    @Test
    void anEscapedPairIsReadInANameAndAValue() {
        // Jackson 2.21.0's parser of bytes refused a pair in a name (jackson-core#1541): read here
        ByteSource s = source("{\"a\\ud83c\\udf89\":\"x\\uD83C\\uDF89y\"}");
        s.next();
        assertThat(s.nextName()).isEqualTo("a\uD83C\uDF89");
        s.next();
        assertThat(s.text()).isEqualTo("x\uD83C\uDF89y");
    }

    @Test
    void skipChildrenStopsAtTheMatchingEnd() {
        ByteSource s = source("{\"x\":[[1],{\"y\":[]}],\"z\":true}");
        s.next();
        s.next();
        assertThat(s.next()).isEqualTo(Token.START_ARRAY);
        s.skipChildren();
        assertThat(s.current()).isEqualTo(Token.END_ARRAY);
        assertThat(s.nextName()).isEqualTo("z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\uFEFF{}", "[]", "12", "{} {}", "{\"a\":1}x", "{\"a\":1e2}", "{\"a\":1.5E1}",
        "{\"a\":12345678901234567890}", "{\"a\":0.1234567890123456}", "{\"a\":01}", "{\"a\":-}", "{\"a\":.5}",
        "{\"a\":1.}", "{\"a\":\"\\ud83c\"}", "{\"a\":\"\\udf89\"}", "{\"\\ud83c\\u0041\":1}",
        "{\"a\":\"\\x\"}", "{\"a\":\"tab\there\"}", "{\"a\":1,}",
        "{\"a\" 1}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":NaN}", "{'a':1}", "{\"a\":1", "{\"a\":\"open",
        "{\"a\":[1 2]}", "{\"a\":[1,]}", "{,}", "{\"a\":1}}"})
    void whatItIsNotSureOfIsLeftToTheParser(String json) {
        assertThatThrownBy(() -> {
            ByteSource s = source(json);
            while (s.next() != null) {
                s.text();
            }
        }).isSameAs(ByteSource.Unsure.INSTANCE);
    }

    @Test
    void malformedUtf8AndDeepNestingAreLeftToTheParser() {
        for (byte[] bad : List.of(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'},
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                ("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}").getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> {
                ByteSource s = new ByteSource(bad, 0, bad.length);
                while (s.next() != null) {
                    s.text();
                }
            }).isSameAs(ByteSource.Unsure.INSTANCE);
        }
    }
}
