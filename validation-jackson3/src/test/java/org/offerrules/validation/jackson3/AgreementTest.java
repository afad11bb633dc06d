package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.RequestMutation;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.GetOfferById;
import org.offerrules.validation.model.Offer;

/**
 * The Jackson 2 and Jackson 3 modules give the same answers — codes, pointers, messages, severities,
 * lines and columns — on every document of the mutation catalogue (offers and every other request),
 * the hostile corpus of offer-lint's tests and the hostile shapes of the 2.x module's tests: read as
 * text, as bytes, as a file of documents and through each version's mapper.
 */
class AgreementTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();
    private static final Path HOSTILE = Path.of("../validation-cli/src/test/resources/hostile");
    // each mapper hardened with its module's limits (their defaults differ: nesting 1000 and 500), and
    // failing on trailing tokens as Jackson 3 does by default
    private static final ObjectMapper MAPPER2 = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(org.offerrules.validation.jackson.OfferRulesModule.streamReadConstraints()).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
    private static final JsonMapper MAPPER3 = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(OfferRulesModule.streamReadConstraints()).build())
            .addModule(new OfferRulesModule()).build();

    /** One document and the request type and mode it is read in. */
    record Case(String name, byte[] bytes, Class<? extends Record> type, ValidationMode mode) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> documents() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Mutation m : Mutations.all()) {
            cases.add(new Case("offer " + m.name(), utf8(OfferWriter.toJson(m.apply())), Offer.class, m.mode()));
        }
        for (RequestMutation<?> m : Requests.all()) {
            Record request = (Record) m.apply();
            cases.add(new Case(request.getClass().getSimpleName() + " " + m.name(), utf8(OfferWriter.toJson(request)),
                    request.getClass(), m.mode()));
        }
        try (Stream<Path> files = Files.list(HOSTILE)) {
            for (Path file : files.sorted().toList()) {
                cases.add(new Case("hostile/" + file.getFileName(), Files.readAllBytes(file), Offer.class, ValidationMode.CREATE));
            }
        }
        String minimal = OfferWriter.toJson(org.offerrules.validation.fixtures.Offers.minimal());
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x9F;
        String[][] shapes = {
            {"deep nesting", "{\"events\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"},
            {"long string", "{\"description\": \"" + "x".repeat(262_145) + "\"}"},
            {"long number", "{\"advertiser_id\": " + "9".repeat(5_000) + "}"},
            {"out of range", "{\"advertiser_id\": 99999999999, \"cap_overall_limit\": 1e400, \"id\": 9223372036854775808}"},
            {"truncated", minimal.substring(0, 100)},
            {"ends after a comma", "{\"id\": 41,\n\"name\": \"x\"}"},
            {"trailing content", minimal + " {}"},
            {"wrong types", minimal.replace("}", ",\"geo_countries\": [\"US\", 5, null], \"events\": [{\"id\": \"one\"}, 3], \"tier_payout\": 12}")},
            {"unknown and duplicate keys", minimal.replace("}", ",\"cap_tpye\": 1, \"name\": \"again\", \"cap_tpye\": 2}")},
            {"numbers as text", minimal.replace("\"advertiser_id\":12", "\"advertiser_id\":\"12\"")},
            {"non-ASCII before a violation", "{\"name\": \"Ünïcødé 🎉\", \"ssl\": \"yes\"}"},
            {"pretty-printed array", "[\n  " + minimal + ",\n  {\"ssl\": 2,\n   \"status\": \"Live\"}\n]\n"},
            {"NDJSON with a broken line", minimal + "\n{\"name\": }\n\n" + minimal.replace("12", "\"x\"") + "\n"},
            {"a scalar", "12"},
            {"broken inside the offer", "{\"name\": \"x\", \"ssl\": }"},
            {"misspelled and wrong values", minimal.replace("}", ",\"cap_tpye\": 1}").replace("\"ssl\":1", "\"ssl\":\"yes\"")
                    .replace("\"status\":\"Active\"", "\"status\":\"Live\"")},
            {"comments", "// hi\n" + minimal},
            {"numbers followed by letters", minimal.replace("}", ",\"name\": 0x1F}")},
            {"a number followed by letters in a list", minimal.replace("}", ",\"geo_countries\": [1, 12abc]}")},
        };
        for (String[] shape : shapes) {
            cases.add(new Case(shape[0], utf8(shape[1]), Offer.class, ValidationMode.CREATE));
        }
        cases.add(new Case("binary garbage", garbage, Offer.class, ValidationMode.CREATE));
        // numbers as text (spi.NumberText): an integer is the text of a list of one, held to the id rule
        for (String id : new String[] {"11", "0", "-3", "2147483648", "11.0", "true"}) {
            cases.add(new Case("getOfferById id " + id, utf8("{\"id\": " + id + ", \"categories\": " + id + "}"),
                    GetOfferById.class, ValidationMode.CREATE));
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bothModulesReadTheSame(Case c) throws Exception {
        OfferReader reader2 = OfferReader.builder().jackson(2).validator(VALIDATOR).mode(c.mode()).request(c.type()).build();
        OfferReader reader3 = OfferReader.builder().jackson(3).validator(VALIDATOR).mode(c.mode()).request(c.type()).build();
        assertThat(List.of(reader2.jacksonVersion(), reader3.jacksonVersion())).containsExactly(2, 3);
        String text = new String(c.bytes(), StandardCharsets.UTF_8);

        var text2 = reader2.read(text, c.type());
        var text3 = reader3.read(text, c.type());
        assertThat(lines(text3.report())).isEqualTo(lines(text2.report()));
        assertThat(text3.request()).isEqualTo(text2.request());

        assertThat(lines(reader3.read(c.bytes()).report())).isEqualTo(lines(reader2.read(c.bytes()).report()));

        List<String> file2 = new ArrayList<>();
        try (var docs = reader2.documents(new ByteArrayInputStream(c.bytes()))) {
            docs.forEachRemaining(d -> file2.add(d.index() + "@" + d.line() + " " + lines(d.result().report())));
        }
        List<String> file3 = new ArrayList<>();
        try (var docs = reader3.documents(new ByteArrayInputStream(c.bytes()))) {
            docs.forEachRemaining(d -> file3.add(d.index() + "@" + d.line() + " " + lines(d.result().report())));
        }
        assertThat(file3).isNotEmpty().isEqualTo(file2);

        ValidationMode mode = c.mode();
        assertThat(mapped(() -> MAPPER3.readerFor(c.type()).withAttribute(OfferRulesModule.MODE_ATTRIBUTE, mode).readValue(text)))
                .isEqualTo(mapped(() -> MAPPER2.readerFor(c.type())
                        .withAttribute(org.offerrules.validation.jackson.OfferRulesModule.MODE_ATTRIBUTE, mode).readValue(text)));
    }

    /**
     * An id list's integer (a list of one, spi.NumberText) and its text in a form body are one request: both
     * Jacksons, text and bytes, and the form reader report the id rule's code at its pointer, or nothing;
     * a decimal number is a type error that names both types the field takes.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "11         |",
            "0          | 6302 /id Invalid Offer ID",
            "-3         | 6302 /id Invalid Offer ID",
            "2147483648 | 6302 /id Invalid Offer ID",
    })
    void everyReaderHoldsAnIdListsIntegerToTheIdRule(String id, String expected) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int version : new int[] {2, 3}) {
            OfferReader reader = OfferReader.builder().jackson(version).validator(VALIDATOR).request(GetOfferById.class)
                    .build();
            String json = "{\"id\": " + id + "}";
            answers.add(codes(reader.read(json, GetOfferById.class).report()));
            answers.add(codes(reader.read(utf8(json)).report()));
            answers.add(codes(reader.readForm("id=" + id).report()));
        }
        assertThat(answers).hasSize(6).containsOnly(expected == null ? "" : expected);
        OfferReader reader = OfferReader.builder().validator(VALIDATOR).request(GetOfferById.class).build();
        assertThat(codes(reader.read("{\"id\": 11.0}", GetOfferById.class).report()))
                .isEqualTo("6302 /id Invalid Offer ID (expected a string or an integer, found a decimal number)");
    }

    private static String codes(org.offerrules.validation.ValidationReport report) {
        return String.join("; ", report.violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.message()).toList());
    }

    @org.junit.jupiter.api.Test
    void aTooLongNumberIsPlacedAtItsStartWhateverTheParserReadBefore() {
        byte[] number = ("{\"advertiser_id\":" + "1".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8);
        // a long string first grows the buffer Jackson 3 recycles: it then stopped in the number, at 219
        byte[] warmUp = ("{\"name\":\"" + "x".repeat(300) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<String> answers = new ArrayList<>();
        for (int version : new int[] {2, 3}) {
            OfferReader reader = OfferReader.builder().jackson(version).validator(VALIDATOR).build();
            answers.addAll(lines(reader.read(number).report()));
            // the text: the parser stops after the whole number or inside it, which was the 6055's column
            answers.addAll(lines(reader.read(new String(number, StandardCharsets.UTF_8)).report()));
            for (int i = 0; i < 50; i++) {
                reader.read(warmUp);
                reader.read(new String(warmUp, StandardCharsets.UTF_8));
            }
            answers.addAll(lines(reader.read(number).report()));
            answers.addAll(lines(reader.read(new String(number, StandardCharsets.UTF_8)).report()));
        }
        assertThat(answers).hasSize(8).containsOnly("1:18 ERROR 6055  Invalid json data: number longer than the maximum allowed "
                + "(100 characters)");
    }

    /**
     * Both engines, text, bytes and a file of documents give one answer, concrete below (issue: the
     * same input gives the same findings whichever way it is read).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sameEverywhere")
    void everyEngineAndInputKindGivesTheSameAnswer(String name, String json, String expected) throws Exception {
        byte[] bytes = utf8(json);
        String[] findings = expected.split("\n"); // one a line
        for (int version : new int[] {2, 3}) {
            OfferReader reader = OfferReader.builder().jackson(version).validator(VALIDATOR).mode(ValidationMode.UPDATE).build();
            assertThat(lines(reader.read(json).report())).as("Jackson %d, text", version).containsExactly(findings);
            assertThat(lines(reader.read(bytes).report())).as("Jackson %d, bytes", version).containsExactly(findings);
            List<String> file = new ArrayList<>();
            try (var docs = reader.documents(new ByteArrayInputStream(bytes))) {
                docs.forEachRemaining(d -> file.addAll(lines(d.result().report())));
            }
            assertThat(file).as("Jackson %d, a file of documents", version).containsExactly(findings);
        }
    }

    static Stream<Arguments> sameEverywhere() {
        return Stream.of(
                Arguments.of("white space only", "  \n\t\r\n ",
                        "3:2 ERROR 6055  Invalid json data: no JSON document in the input"),
                // the byte parsers stop after the character's first byte: placed at the character, as on text
                Arguments.of("a character that is not ASCII where a name must start", "{\"id\": 5,\u00a0\"name\": \"x\"}",
                        "1:10 ERROR 6055  Invalid json data: Unexpected character ('\u00a0' (code 160)): was expecting "
                                + "double-quote to start field name"),
                // ... and name it as a character, not its first byte ('\u00c2' (code 194))
                Arguments.of("a character that is not ASCII where a comma must be", "{\"id\": 5\u00a0}",
                        "1:9 ERROR 6055  Invalid json data: Unexpected character ('\u00a0' (code 160)): was expecting "
                                + "comma to separate Object entries"),
                Arguments.of("a character of three bytes where a comma must be", "{\"id\": 5\u3000}",
                        "1:9 ERROR 6055  Invalid json data: Unexpected character ('\u3000' (code 12288 / 0x3000)): was "
                                + "expecting comma to separate Object entries"),
                Arguments.of("a lone high surrogate escape in a name", "{\"id\": 5, \"\\ud800\": 1}", LONE_AT + "12" + LONE),
                Arguments.of("a lone low surrogate escape in a name", "{\"id\": 5, \"a\\uDC00b\": 1}", LONE_AT + "13" + LONE),
                Arguments.of("after non-ASCII, on the second line", "{\"id\": 5,\n \"é🎉\\ud800\": 1}", "2:6" + LONE),
                Arguments.of("a name past the length limit", "{\"id\": 5, \"" + "k".repeat(3000) + "\": 1}", "1:11" + LONG_NAME),
                Arguments.of("a name just past the length limit, after non-ASCII", "{\"name\": \"é🎉\",\n  \""
                        + "k".repeat(1025) + "\": 1}", "2:3" + LONG_NAME),
                // a name written with escapes is longer in the input than its length: placed at its quote, not
                // its length before the parser's place (1:5511, 1:511, 1:5517 on text)
                Arguments.of("a name past the length limit, written with escapes", "{\"id\": 5, \""
                        + "\\u006b".repeat(1100) + "\": 1}", "1:11" + LONG_NAME),
                Arguments.of("a name past the length limit, its end written with escapes", "{\"id\": 5, \""
                        + "k".repeat(1000) + "\\u006b".repeat(100) + "\": 1}", "1:11" + LONG_NAME),
                Arguments.of("an escaped name past the length limit, after non-ASCII", "{\"name\": \"é🎉\", \""
                        + "\\u006b".repeat(1100) + "\": 1}", "1:17" + LONG_NAME),
                Arguments.of("an unknown name written with escapes", "{\"id\": 5, \"\\u0061\\u0062c\": 1}",
                        "1:11 WARNING 6820 /abc Invalid abc parameter. Unknown field"),
                // what the parsers word each their own way (docs/decisions/jackson.md, "Same answers where
                // the two Jacksons differ"): the text parsers' words, the character by its code point
                Arguments.of("a character past U+FFFF where a value must start", "{\"id\": 5, \"name\": \uD83C\uDF89}",
                        "1:19" + BROKEN + "Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)): " + VALID_VALUE),
                Arguments.of("a character past U+FFFF where a comma must be", "{\"id\": 5\uD83C\uDF89}",
                        "1:9" + BROKEN + "Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)): was expecting comma "
                                + "to separate Object entries"),
                Arguments.of("a letter that is not ASCII where a value must start", "{\"id\": \u00e9}",
                        "1:8" + BROKEN + "Unrecognized token '\u00e9': was expecting (JSON String, Number, Array, Object or "
                                + "token 'null', 'true' or 'false')"),
                Arguments.of("no value after a colon", "{\"id\": 5, \"ssl\": }",
                        "1:18" + BROKEN + "Unexpected character ('}' (code 125)): " + VALID_VALUE),
                Arguments.of("the input ends inside a string", "{\"id\": 5, \"name\": \"ab",
                        "1:22" + BROKEN + "Unexpected end-of-input: was expecting closing quote for a string value"),
                Arguments.of("the input ends inside a name", "{\"id\": 5, \"na",
                        "1:14" + BROKEN + "Unexpected end-of-input in field name"),
                // the end of a name or a string that looks like a number's end is no number's end
                Arguments.of("the input ends inside a name ending in a minus sign", "{\"id\": 5, \"na-",
                        "1:15" + BROKEN + "Unexpected end-of-input in field name"),
                Arguments.of("the input ends inside a string ending in an exponent", "{\"id\": 5, \"name\": \"1e",
                        "1:22" + BROKEN + "Unexpected end-of-input: was expecting closing quote for a string value"),
                Arguments.of("the input ends inside a string ending in a minus sign", "{\"id\": 5, \"name\": \"a-",
                        "1:22" + BROKEN + "Unexpected end-of-input: was expecting closing quote for a string value"),
                Arguments.of("the input ends after a minus sign, after a string", "{\"id\": 5, \"geo_countries\": [\"US\", -",
                        "1:36" + BROKEN + "Unexpected end-of-input: no digit following sign"),
                Arguments.of("the input ends inside an array, after non-ASCII text", "{\"name\": \"\u00e9\uD83C\uDF89\", "
                        + "\"events\": [{\"id\": 1}", "1:37" + BROKEN + "Unexpected end-of-input: expected close marker for "
                        + "Array (start marker at [line: 1, column: 27])"),
                Arguments.of("an array closed as an object", "{\"id\": [5}",
                        "1:10" + BROKEN + "Unexpected close marker '}': expected ']' (for Array starting at [line: 1, "
                                + "column: 8])"),
                Arguments.of("a letter after a decimal point, after characters past U+FFFF", "{\"name\": \"\uD83D\uDE00\uD83D\uDE00\", "
                        + "\"payout\": 1.x2}", "1:30" + BROKEN + "Unexpected character ('x' (code 120)) in numeric value: "
                        + "Decimal point not followed by a digit"),
                // a parser of text names the high surrogate and places it a column before (1:22), as for any
                // character in a number; the byte parsers name the character at its column
                Arguments.of("a character past U+FFFF after a decimal point", "{\"id\": 5, \"payout\": 1.\uD83C\uDF89}",
                        "1:23" + BROKEN + "Unexpected character ('\uD83C\uDF89' (code 127881 / 0x1f389)) in numeric value: "
                        + "Decimal point not followed by a digit"),
                // Jackson 2 read the 0 and judged it: "6309 /name ... (expected a string, found an integer)"
                Arguments.of("a hexadecimal number where text is expected", "{\"id\": 5, \"name\": 0x\"Sale\"}",
                        "1:20" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Object entries"),
                // the byte parsers said "Unexpected end-of-input in FIELD_NAME" (PROPERTY_NAME, START_ARRAY), the
                // text parsers "Unexpected end-of-inputNo digit following sign"
                Arguments.of("the input ends after a minus sign", "{\"id\": 5, \"currency\": -",
                        "1:24" + BROKEN + "Unexpected end-of-input: no digit following sign"),
                Arguments.of("the input ends after an exponent's sign, in an array", "{\"id\": 5, \"geo_countries\": [1e-",
                        "1:32" + BROKEN + "Unexpected end-of-input: expected a digit for number exponent"),
                // the 0 before it is a value: its finding stays (Jackson 3 fails before the second number is a token)
                Arguments.of("a hexadecimal number after a 0 in a list", "{\"id\": 5, \"geo_countries\": [0, 0x1]}",
                        "1:29 ERROR 6356 /geo_countries/0 Invalid GEO Country (expected a string, found an integer)\n"
                        + "1:33" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Array entries"),
                Arguments.of("a hexadecimal number", "{\"id\": 0x5}",
                        "1:9" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Object entries"),
                // a number immediately followed by an ASCII letter is no number: refused as itself, no finding of its
                // digits (both Jacksons read "12" and judged it: "6309 /name ... (expected a string, found an integer)")
                Arguments.of("a number followed by letters", "{\"id\": 5, \"name\": 12abc}",
                        "1:21" + BROKEN + "Unexpected character ('a' (code 97)): was expecting comma to separate Object entries"),
                Arguments.of("a decimal number with an exponent followed by a letter", "{\"id\": 5, \"name\": 1.5e3x}",
                        "1:24" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Object entries"),
                Arguments.of("an upper-case hexadecimal number", "{\"id\": 5, \"name\": 0X1F}",
                        "1:20" + BROKEN + "Unexpected character ('X' (code 88)): was expecting comma to separate Object entries"),
                Arguments.of("a negative hexadecimal number, pretty-printed", "{\n  \"id\": 5,\n  \"name\": -0x1F\n}",
                        "3:13" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Object entries"),
                Arguments.of("a number followed by a letter after a number in a list", "{\"id\": 5, \"geo_countries\": [1, 2x]}",
                        "1:29 ERROR 6356 /geo_countries/0 Invalid GEO Country (expected a string, found an integer)\n"
                        + "1:33" + BROKEN + "Unexpected character ('x' (code 120)): was expecting comma to separate Array entries"),
                // a number ended by anything else is a number, judged, before the character that follows it
                Arguments.of("a number followed by an underscore", "{\"id\": 5, \"name\": 12_}",
                        "1:19 ERROR 6309 /name Empty Offer Name (expected a string, found an integer)\n"
                        + "1:21" + BROKEN + "Unexpected character ('_' (code 95)): was expecting comma to separate Object entries"),
                Arguments.of("a number followed by a letter that is not ASCII", "{\"id\": 5, \"name\": 12\u00e9}",
                        "1:19 ERROR 6309 /name Empty Offer Name (expected a string, found an integer)\n"
                        + "1:21" + BROKEN + "Unexpected character ('\u00e9' (code 233)): was expecting comma to separate Object entries"),
                Arguments.of("a number, a space and letters", "{\"id\": 5, \"name\": 12 abc}",
                        "1:19 ERROR 6309 /name Empty Offer Name (expected a string, found an integer)\n"
                        + "1:22" + BROKEN + "Unexpected character ('a' (code 97)): was expecting comma to separate Object entries"));
    }

    /**
     * A name with escaped quotes and line ends, past the limit, on the second line of a text or bytes:
     * at its quote, with either Jackson. (A pretty-printed file of documents is read as a stream of
     * text, which is not kept: there the place is still the parser's place less the name's length.)
     */
    @org.junit.jupiter.api.Test
    void anEscapedLongNameOnTheSecondLineIsPlacedAtItsQuote() {
        String json = "{\"id\": 5,\n \"\\u00e9\\\"" + "\\n".repeat(1100) + "\": 1}";
        for (int version : new int[] {2, 3}) {
            OfferReader reader = OfferReader.builder().jackson(version).validator(VALIDATOR).mode(ValidationMode.UPDATE).build();
            assertThat(lines(reader.read(json).report())).as("Jackson %d, text", version).containsExactly("2:2" + LONG_NAME);
            assertThat(lines(reader.read(utf8(json)).report())).as("Jackson %d, bytes", version)
                    .containsExactly("2:2" + LONG_NAME);
            assertThat(lines(reader.read("\uFEFF" + json).report())).as("Jackson %d, text after a byte order mark", version)
                    .containsExactly("2:2" + LONG_NAME);
        }
    }

    /**
     * A mapper whose factory keeps the source in its locations ({@code INCLUDE_SOURCE_IN_LOCATION}): an
     * escaped name past the limit in a {@code String} is placed at its quote by both modules.
     */
    @org.junit.jupiter.api.Test
    void aMapperThatKeepsItsSourcePlacesAnEscapedLongNameAtItsQuote() {
        String json = "{\"name\": \"é🎉\", \"" + "\\u006b".repeat(1100) + "\": 1}";
        ObjectMapper mapper2 = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(org.offerrules.validation.jackson.OfferRulesModule.streamReadConstraints())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
        JsonMapper mapper3 = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(OfferRulesModule.streamReadConstraints())
                        .enable(tools.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .addModule(new OfferRulesModule()).build();
        assertThat(mapped(() -> mapper2.readValue(json, Offer.class))).isEqualTo(List.of("1:17" + LONG_NAME));
        assertThat(mapped(() -> mapper3.readValue(json, Offer.class))).isEqualTo(List.of("1:17" + LONG_NAME));
        assertThat(mapped(() -> mapper2.readValue(mapper2.getFactory().createParser(json.toCharArray()), Offer.class))).isEqualTo(List.of("1:17" + LONG_NAME));
    }

    /**
     * Through each Jackson's mapper too, from text, bytes and a stream: a number followed by an ASCII
     * letter is one 6055 at the letter, and nothing is said of its digits.
     */
    @org.junit.jupiter.api.Test
    void everyMapperRefusesANumberFollowedByALetterAsItself() {
        String json = "{\"id\": 5, \"name\": 12abc, \"ssl\": \"yes\"}";
        byte[] bytes = utf8(json);
        List<Callable<Object>> reads = List.of(() -> MAPPER2.readValue(json, Offer.class),
                () -> MAPPER2.readValue(bytes, Offer.class), () -> MAPPER2.readValue(new ByteArrayInputStream(bytes), Offer.class),
                () -> MAPPER3.readValue(json, Offer.class), () -> MAPPER3.readValue(bytes, Offer.class),
                () -> MAPPER3.readValue(new ByteArrayInputStream(bytes), Offer.class));
        for (Callable<Object> read : reads) {
            assertThat(mapped(read)).isEqualTo(List.of("1:21" + BROKEN + "Unexpected character ('a' (code 97)): was expecting "
                    + "comma to separate Object entries"));
        }
    }

    private static final String BROKEN = " ERROR 6055  Invalid json data: ";
    private static final String VALID_VALUE = "expected a valid value (JSON String, Number, Array, Object or token 'null', "
            + "'true' or 'false')";
    private static final String LONG_NAME = " ERROR 6055  Invalid json data: field name longer than the maximum allowed "
            + "(1024 characters)";
    private static final String LONE_AT = "1:";
    private static final String LONE = " ERROR 6055  Invalid json data: a field name holds a lone surrogate escape "
            + "(\\uD800 to \\uDFFF not in a pair)";

    static Stream<Object> records() {
        return Stream.concat(Mutations.all().stream().map(Mutation::apply), Requests.all().stream().map(m -> m.apply()));
    }

    @ParameterizedTest
    @MethodSource("records")
    void bothModulesWriteTheSame(Object record) throws Exception {
        String json2 = json("org.offerrules.validation.jackson.parser.JacksonParsers", record);
        assertThat(json("org.offerrules.validation.jackson3.parser.JacksonParsers", record)).isEqualTo(json2);
        assertThat(OfferWriter.toJson(record)).isEqualTo(json2);
        if (record instanceof Offer) { // the modules' serializers write offers only
            assertThat(MAPPER3.writeValueAsString(record)).isEqualTo(json2);
            assertThat(MAPPER2.writeValueAsString(record)).isEqualTo(json2);
        }
    }

    /** What a module's generator writes (by name: the Jackson 2 module is on the class path, apart from wire). */
    private static String json(String provider, Object record) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        Class<?> type = Class.forName(provider);
        type.getMethod("writeJson", Object.class, java.io.Writer.class)
                .invoke(type.getConstructor().newInstance(), record, out);
        return out.toString();
    }

    /** What a mapper made of a document: the value, the report of the module's exception, or "failed". */
    private static Object mapped(Callable<Object> read) {
        try {
            return read.call();
        } catch (InvalidOfferException e) {
            return lines(e.report());
        } catch (org.offerrules.validation.jackson.InvalidOfferException e) {
            return lines(e.report());
        } catch (Exception e) {
            return "failed"; // no content, or broken before the offer: each Jackson words its own
        }
    }

    private static List<String> lines(ValidationReport report) {
        return report.violations().stream().map(AgreementTest::line).toList();
    }

    private static String line(Violation v) {
        return v.line() + ":" + v.column() + " " + v.severity() + " " + v.codeNumber() + " " + v.pointer() + " "
                + v.message();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
