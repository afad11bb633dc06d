package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Streams;
import org.offerrules.validation.model.Offer;

/**
 * The Jackson 3 module as applications wire it: their mapper's configuration, every kind of input a mapper
 * reads, and the exception as they log it (docs/decisions/jackson.md, "The module in an
 * application's mapper"). The Jackson 2 module's twin is validation-jackson's MapperWiringTest:
 * the same documents and answers, but where the two Jacksons themselves differ.
 */
class MapperWiringTest {

    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    private static final String BROKEN = ModuleTest.withExtra("\"cap_tpye\": 1").replace("\"ssl\":1", "\"ssl\":\"yes\"")
            .replace("\"status\":\"Active\"", "\"status\":\"Live\"");
    /** What {@link #BROKEN} gives, read from its text. */
    private static final List<String> FOUND = List.of("6303 /status 1:51", "6319 /ssl 1:180", "6820 /cap_tpye 1:274");
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OfferRulesModule()).build();

    private static List<String> found(InvalidOfferException e) {
        return e.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList();
    }

    private static List<String> read(ObjectMapper mapper, Object input) {
        Throwable thrown = catchThrowable(() -> {
            if (input instanceof DataInput d) {
                mapper.readValue(d, Offer.class);
            } else if (input instanceof String s) {
                mapper.readValue(s, Offer.class);
            } else if (input instanceof byte[] b) {
                mapper.readValue(b, Offer.class);
            } else if (input instanceof InputStream in) {
                mapper.readValue(in, Offer.class);
            } else if (input instanceof StringReader r) {
                mapper.readValue(r, Offer.class);
            } else if (input instanceof Path p) {
                mapper.readValue(p, Offer.class);
            } else if (input instanceof java.io.File f) {
                mapper.readValue(f, Offer.class);
            } else {
                throw new IllegalArgumentException(String.valueOf(input));
            }
        });
        assertThat(thrown).isInstanceOf(InvalidOfferException.class);
        return found((InvalidOfferException) thrown);
    }

    @Test
    void theExceptionsMessageListsEveryViolationWithItsPositionAndItsLocationIsTheFirst() {
        InvalidOfferException e = (InvalidOfferException) catchThrowable(() -> MAPPER.readValue(BROKEN, Offer.class));

        assertThat(e.getOriginalMessage()).isEqualTo("invalid offer: 3 violations: "
                + "1:51: error 6303 Invalid Offer Status (/status); "
                + "1:180: error 6319 Invalid SSL (expected an integer, found \"yes\") (/ssl); "
                + "1:274: warning 6820 Invalid cap_tpye parameter. Unknown field; did you mean `cap_type`? (/cap_tpye)");
        // before: Jackson's location, the end of the offer (1:287), and only the first violation
        assertThat(e.getLocation()).extracting(TokenStreamLocation::getLineNr, TokenStreamLocation::getColumnNr).containsExactly(1, 51);
        // Jackson 3 described a location in a source it does not keep by its byte offset, "#UNKNOWN"
        assertThat(e.getMessage()).contains("line: 1, column: 51]").doesNotContain("Exception").doesNotContain("null")
                .doesNotContain("\tat ");

        // nested: the same, with the path Jackson adds
        InvalidOfferException nested = (InvalidOfferException) catchThrowable(
                () -> MAPPER.readValue("[" + MINIMAL + ",\n" + BROKEN + "]", new TypeReference<List<Offer>>() { }));
        assertThat(nested.getLocation()).extracting(TokenStreamLocation::getLineNr, TokenStreamLocation::getColumnNr).containsExactly(2, 51);
        assertThat(nested.getMessage()).contains("2:51: error 6303", "2:180: error 6319", "2:274: warning 6820",
                "line: 2, column: 51]", "java.util.ArrayList[1]");
    }

    /**
     * What applications log ends with where the first violation is, by line and column, whatever the
     * input: Jackson 3 described a location in a source it does not keep by a byte offset the module
     * never knows, {@code byte offset: #UNKNOWN}, and both Jacksons so a read without positions (a tree).
     * The same words in both modules.
     */
    @Test
    void theExceptionsMessageEndsWithTheFirstViolationsLineAndColumnWhateverTheInput() throws Exception {
        String redacted = " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";
        byte[] bytes = BROKEN.getBytes(StandardCharsets.UTF_8);
        List<java.util.concurrent.Callable<?>> inputs = List.of(() -> MAPPER.readValue(BROKEN, Offer.class),
                () -> MAPPER.readValue(bytes, Offer.class), () -> MAPPER.readValue(new ByteArrayInputStream(bytes), Offer.class),
                () -> MAPPER.readValue(new StringReader(BROKEN), Offer.class));
        for (java.util.concurrent.Callable<?> input : inputs) {
            assertThat(message(input)).endsWith("(/cap_tpye)\n" + redacted + "line: 1, column: 51]").doesNotContain("#UNKNOWN");
        }
        assertThat(message(() -> MAPPER.treeToValue(MAPPER.readTree(BROKEN), Offer.class)))
                .endsWith("(/status)\n at [Source: UNKNOWN; no position]").doesNotContain("#UNKNOWN");
        assertThat(message(() -> MAPPER.readValue("[" + BROKEN + "]", new TypeReference<List<Offer>>() { })))
                .endsWith("(/cap_tpye)\n" + redacted + "line: 1, column: 52] (through reference chain: java.util.ArrayList[0])");
        // a mapper that keeps its source: Jackson's own description of it, and the line and column
        ObjectMapper keeping = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .enable(tools.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()).addModule(new OfferRulesModule()).build();
        assertThat(message(() -> keeping.readValue(BROKEN, Offer.class))).contains(" at [Source: (String)\"{")
                .endsWith("line: 1, column: 51]");
    }

    /** The message of the module's exception, which {@code read} throws. */
    private static String message(java.util.concurrent.Callable<?> read) {
        Throwable thrown = catchThrowable(read::call);
        assertThat(thrown).isInstanceOf(InvalidOfferException.class);
        return thrown.getMessage();
    }

    @Test
    void aValueThatWouldBreakTheLogLineIsEscapedInTheMessage() {
        String json = MINIMAL.replaceFirst("\"advertiser_id\":12", "\"advertiser_id\":\"a\\\\nb\\\\u2028c\"");
        InvalidOfferException e = (InvalidOfferException) catchThrowable(() -> MAPPER.readValue(json, Offer.class));
        assertThat(e.report().violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6306, "/advertiser_id"));
        assertThat(e.report().violations().get(0).message()).contains("a\nb\u2028c");
        assertThat(e.getOriginalMessage()).contains("found \"a\\nb\\u2028c\"").doesNotContain("\n").doesNotContain("\u2028");
    }

    /** Every input a mapper takes gives the same report, at the same positions. */
    @Test
    void everyKindOfInputGivesTheSameReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("offer.json"), BROKEN);
        byte[] utf8 = BROKEN.getBytes(StandardCharsets.UTF_8);
        byte[] padded = ("[[[[" + BROKEN + "]]]]").getBytes(StandardCharsets.UTF_8);
        Charset utf32 = Charset.forName("UTF-32BE");

        for (Object input : List.of(BROKEN, utf8, new ByteArrayInputStream(utf8), Streams.oneBytePerRead(utf8),
                new StringReader(BROKEN), file, file.toFile(), BROKEN.getBytes(StandardCharsets.UTF_16BE),
                BROKEN.getBytes(StandardCharsets.UTF_16LE), BROKEN.getBytes(StandardCharsets.UTF_16),
                BROKEN.getBytes(utf32))) {
            assertThat(read(MAPPER, input)).as(input.getClass().getSimpleName()).isEqualTo(FOUND);
        }
        InvalidOfferException slice = (InvalidOfferException) catchThrowable(
                () -> MAPPER.readValue(padded, 4, utf8.length, Offer.class));
        assertThat(found(slice)).isEqualTo(FOUND);
        // a UTF-8 byte order mark: bytes, counted as the mapper's parser counts bytes, unless the mapper
        // keeps its source (as every non-ASCII byte: docs/jackson.md)
        byte[] marked = ("\uFEFF" + BROKEN).getBytes(StandardCharsets.UTF_8);
        assertThat(read(MAPPER, marked)).containsExactly("6303 /status 1:54", "6319 /ssl 1:183", "6820 /cap_tpye 1:277");
        ObjectMapper keepsSource = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .enable(tools.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .addModule(new OfferRulesModule()).build();
        assertThat(read(keepsSource, marked)).isEqualTo(FOUND);
    }

    /** A parser of a {@code DataInput} counts no columns: the violations carry no position, as in Jackson 2. */
    @Test
    void aDataInputGivesTheFindingsWithoutPositions() {
        String twoLines = BROKEN.replace(",\"ssl\"", ",\n\"ssl\"");
        List<String> found = read(MAPPER, new DataInputStream(new ByteArrayInputStream(twoLines.getBytes(StandardCharsets.UTF_8))));
        assertThat(found).containsExactly("6820 /cap_tpye 0:0", "6319 /ssl 0:0", "6303 /status 0:0");
    }

    @Test
    void aFailingInputStreamIsTheInputsIOExceptionNotAFinding() {
        InputStream failing = Streams.failingAfter(BROKEN.getBytes(StandardCharsets.UTF_8), 40, "disk gone");
        // before: an UncheckedIOException, which no handler of Jackson 3's exceptions catches
        assertThatThrownBy(() -> MAPPER.readValue(failing, Offer.class)).isInstanceOf(JacksonIOException.class)
                .cause().isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
    }

    /** A tree has no positions: the codes and pointers, no line or column, ordered by pointer. */
    @Test
    void aTreeOrAMapGivesTheFindingsWithoutPositions() throws Exception {
        List<String> expected = List.of("6820 /cap_tpye 0:0", "6319 /ssl 0:0", "6303 /status 0:0");
        InvalidOfferException tree = (InvalidOfferException) catchThrowable(
                () -> MAPPER.treeToValue(MAPPER.readTree(BROKEN), Offer.class));
        assertThat(found(tree)).isEqualTo(expected);
        assertThat(tree.getOriginalMessage()).startsWith("invalid offer: 3 violations: warning 6820 Invalid cap_tpye");
        InvalidOfferException node = (InvalidOfferException) catchThrowable(
                () -> MAPPER.readerFor(Offer.class).readValue(MAPPER.readTree(BROKEN)));
        assertThat(found(node)).isEqualTo(expected);
        // Jackson 3's convertValue passes it on (Jackson 2's wraps it in an IllegalArgumentException)
        Map<?, ?> map = MAPPER.readValue(BROKEN, Map.class);
        assertThatThrownBy(() -> MAPPER.convertValue(map, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(found(e)).isEqualTo(expected));
        // a value of the tree that is no JSON (binary data, a Java object) is named as such, not as Jackson's token
        var binary = MAPPER.readTree(MINIMAL);
        ((tools.jackson.databind.node.ObjectNode) binary).put("ssl", new byte[] {1, 2});
        InvalidOfferException embedded = (InvalidOfferException) catchThrowable(() -> MAPPER.treeToValue(binary, Offer.class));
        assertThat(embedded.report().violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(tuple(6319, "/ssl", "Invalid SSL (expected an integer, found an embedded object)"));
    }
    /** A record cannot be updated in place; Jackson would return the old offer and drop the update. */
    @Test
    void readerForUpdatingIsRefusedNamingWhatUpdatesAnOffer() {
        Offer current = Offers.minimal();
        for (ThrowingRead update : List.<ThrowingRead>of(
                () -> MAPPER.readerForUpdating(current).withAttribute(OfferRulesModule.MODE_ATTRIBUTE,
                        org.offerrules.validation.ValidationMode.UPDATE).readValue("{\"id\": 3, \"name\": \"New\"}"),
                () -> MAPPER.updateValue(current, Map.of("name", "New")))) {
            assertThatThrownBy(update::run).isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageStartingWith("Offer is immutable: readerForUpdating and updateValue cannot merge into it")
                    .hasMessageContaining("OfferValidator.validateUpdate(current, update)")
                    .message().doesNotContain("OfferDeserializer");
        }
    }

    interface ThrowingRead {
        Object run() throws Exception;
    }

    /** As in Jackson 2: the last module added decides, and a configured one is never dropped. */
    @Test
    void theLastModuleRegisteredDecidesAndAConfiguredOneIsNeverDropped() throws Exception {
        String update = "{\"id\": 3}";
        ObjectMapper found = JsonMapper.builder().findAndAddModules()
                .addModule(new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE)).build();
        assertThat(found.readValue(update, Offer.class).id()).isEqualTo(3);

        ObjectMapper overridden = JsonMapper.builder().addModule(new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE))
                .addModule(new OfferRulesModule()).build();
        assertThat(((InvalidOfferException) catchThrowable(() -> overridden.readValue(update, Offer.class))).report().codeNumbers())
                .contains(6305, 6308);

        OfferRulesModule lenient = new OfferRulesModule().disable(OfferRulesFeature.VALIDATE_ON_READ);
        ObjectMapper twice = JsonMapper.builder().addModule(lenient).addModule(lenient).findAndAddModules().build();
        assertThat(((InvalidOfferException) catchThrowable(() -> twice.readValue(BROKEN, Offer.class))).report().codeNumbers())
                .as("the default module found last decides").containsExactly(6303, 6319, 6820);
        assertThat(JsonMapper.builder().addModule(new OfferRulesModule()).findAndAddModules().build().registeredModules())
                .extracting(tools.jackson.databind.JacksonModule::getRegistrationId).containsOnlyOnce(OfferRulesModule.class.getName());
    }

    /** The wire names are the API's: the mapper's naming, case and unknown-property settings do not apply. */
    @Test
    void theMappersNamingAndPropertySettingsDoNotChangeTheReport() throws Exception {
        for (ObjectMapper mapper : List.of(
                MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(),
                MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(),
                MAPPER.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build(),
                MAPPER.rebuild().propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE).build(),
                JsonMapper.builder().configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
                        .addModule(new OfferRulesModule()).build())) {
            assertThat(read(mapper, BROKEN)).isEqualTo(FOUND);
            assertThat(mapper.writeValueAsString(Offers.minimal())).isEqualTo(MINIMAL);
        }
        ObjectMapper caseInsensitive = JsonMapper.builder().configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
                .addModule(new OfferRulesModule()).build();
        InvalidOfferException e = (InvalidOfferException) catchThrowable(
                () -> caseInsensitive.readValue(MINIMAL.replace("\"name\"", "\"Name\""), Offer.class));
        assertThat(e.report().violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(tuple(6308, "/name", "No Offer Name"),
                        tuple(6820, "/Name", "Invalid Name parameter. Unknown field; did you mean `name`?"));
    }

    /**
     * A mapper that writes numbers as JSON strings ({@code WRITE_NUMBERS_AS_STRINGS}) reads its own offers
     * back: a fraction is written in the plain decimal notation the readers take ("0.0000001"), where Jackson
     * wrote "1.0E-7", which the same mapper refused (6327, expected a number).
     */
    @Test
    void aMapperThatWritesNumbersAsStringsReadsItsOwnOffersBack() throws Exception {
        ObjectMapper quoting = JsonMapper.builder().enable(tools.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .addModule(new OfferRulesModule()).build();
        for (double payout : new double[] {1e-7, 2.5, 3, 1e20, 1.5e300, -0.0, 123456.789}) {
            Offer offer = org.offerrules.validation.OfferValidator.merge(Offers.minimal(), Offer.builder().payout(payout).build());
            String json = quoting.writeValueAsString(offer);
            assertThat(quoting.readValue(json, Offer.class)).as(json).isEqualTo(offer);
            assertThat(MAPPER.readValue(json, Offer.class)).as(json).isEqualTo(offer);
        }
        Offer small = org.offerrules.validation.OfferValidator.merge(Offers.minimal(), Offer.builder().payout(1e-7).build());
        assertThat(quoting.writeValueAsString(small)).endsWith(",\"payout_type\":\"CPA\",\"payout\":\"0.0000001\"}");
        assertThat(MAPPER.writeValueAsString(small)).endsWith(",\"payout_type\":\"CPA\",\"payout\":1.0E-7}");
    }

    /**
     * A number or a name past the mapper's own limits (Jackson's defaults: 1,000 digits, 50,000 characters)
     * is the readers' 6055 with the limit the parser applied, the number at its first digit whatever the
     * input. The message said the readers' limits (100, 1,024) under any mapper, and a String or a Reader
     * placed the number at its end (1:1019).
     */
    @Test
    void aNumberOrANameOverTheMappersLimitsNamesThatLimitAndIsPlacedAtItsStart() {
        String number = "{\"id\":5,\"payout\":" + "1".repeat(1_001) + "}";
        String name = "{\"id\":5,\"" + "k".repeat(50_001) + "\":1}";
        // over the module's limits, a name the parser stops inside (past some 2,000 bytes or 4,000 characters)
        // is placed a few columns off where the mapper keeps no source: not here (docs/decisions/jackson.md)
        String shortName = "{\"id\":5,\"" + "k".repeat(1_500) + "\":1}";
        ObjectMapper limited = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .streamReadConstraints(OfferRulesModule.streamReadConstraints()).build()).addModule(new OfferRulesModule()).build();
        for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, limited}) {
            for (String json : new String[] {number, mapper == MAPPER ? name : shortName}) {
                byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
                for (Object input : new Object[] {json, utf8, new ByteArrayInputStream(utf8), new StringReader(json)}) {
                    assertThat(read(mapper, input)).as("%s", input.getClass()).containsExactly(json == number ? "6055  1:18" : "6055  1:9");
                }
            }
        }
        assertThat(catchThrowable(() -> MAPPER.readValue(number, Offer.class))).hasMessageStartingWith(
                "invalid offer: 1 violation: 1:18: error 6055 Invalid json data: number longer than the maximum allowed (1000 characters) ()");
        assertThat(catchThrowable(() -> limited.readValue(number, Offer.class))).hasMessageStartingWith(
                "invalid offer: 1 violation: 1:18: error 6055 Invalid json data: number longer than the maximum allowed (100 characters) ()");
        assertThat(catchThrowable(() -> MAPPER.readValue(name, Offer.class))).hasMessageStartingWith(
                "invalid offer: 1 violation: 1:9: error 6055 Invalid json data: field name longer than the maximum allowed (50000 characters) ()");
        assertThat(catchThrowable(() -> limited.readValue(shortName, Offer.class))).hasMessageStartingWith(
                "invalid offer: 1 violation: 1:9: error 6055 Invalid json data: field name longer than the maximum allowed (1024 characters) ()");
    }

    /**
     * The module writes every body it reads: each request row's body, written by a mapper, is the writer's
     * text and reads back equal. It wrote offers only, and another body as Jackson writes any record
     * ({"id":null,"email":…,"firstName":"Ada",…}), which the same mapper refused (6115 No Advertiser First Name).
     */
    @Test
    void aMapperWritesTheBodyOfEveryRequestInTheWireFormatAndReadsItBack() throws Exception {
        ObjectMapper binding = JsonMapper.builder()
                .addModule(new OfferRulesModule().disable(OfferRulesFeature.VALIDATE_ON_READ)).build();
        for (org.offerrules.validation.Request request : org.offerrules.validation.Request.values()) {
            Object body = org.offerrules.validation.fixtures.Requests.valid(request);
            String json = MAPPER.writeValueAsString(body);
            assertThat(json).as("%s", request).isEqualTo(org.offerrules.validation.document.OfferWriter.toJson(body));
            assertThat(binding.readValue(json, body.getClass())).as("%s", request).isEqualTo(body);
        }
        assertThat(MAPPER.writeValueAsString(org.offerrules.validation.fixtures.Requests.advertiser()))
                .startsWith("{\"email\":\"ops@example.com\",\"status\":\"Active\",\"company\":\"Acme Ltd\",\"first_name\":\"Ada\"");
    }

    /** Comments, trailing commas, single quotes: positions stay the document's; NaN is the field's code. */
    @Test
    void theMappersReadFeaturesAreItsParsersAndPositionsStayRight() {
        ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS,
                JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).addModule(new OfferRulesModule()).build();
        String commented = "/* offer */ {  // one\n" + BROKEN.substring(1, BROKEN.length() - 1).replace("\"name\":", "'name':") + ",}";
        assertThat(read(lenient, commented)).containsExactly("6303 /status 2:50", "6319 /ssl 2:179", "6820 /cap_tpye 2:273");
        assertThat(read(lenient, MINIMAL.replaceFirst("\"payout\":[0-9.]+", "\"payout\":NaN")))
                .containsExactly("6327 /payout 1:268");
    }

    @Test
    void mappingIteratorsReportEveryBadOfferAndReadOn() throws Exception {
        String ndjson = MINIMAL + "\n" + BROKEN + "\n" + BROKEN.replace("Summer", "Winter") + "\n" + MINIMAL;
        List<String> seen = new ArrayList<>();
        try (MappingIterator<Offer> offers = MAPPER.readerFor(Offer.class).readValues(ndjson)) {
            while (offers.hasNext()) {
                try {
                    seen.add(offers.next().name());
                } catch (InvalidOfferException e) { // Jackson 2 wraps it in a RuntimeJsonMappingException
                    seen.add(found(e).toString());
                }
            }
        }
        assertThat(seen).containsExactly("Summer Sale",
                "[6303 /status 2:51, 6319 /ssl 2:180, 6820 /cap_tpye 2:274]",
                "[6303 /status 3:51, 6319 /ssl 3:180, 6820 /cap_tpye 3:274]", "Summer Sale");
    }

    @Test
    void oneMapperOnManyThreadsGivesTheSequentialAnswersAndAFailedReadLeavesItUsable() throws Exception {
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            documents.add(i % 3 == 0 ? MINIMAL : BROKEN.replace("Summer", "S" + "x".repeat(i)));
        }
        List<String> sequential = documents.stream().map(MapperWiringTest::answer).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String d : documents) {
                futures.add(pool.submit(() -> answer(d)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential.get(1)).startsWith("invalid offer: 3 violations: 1:").contains("6303 /status", "6319 /ssl");
    }

    /** What a cache's serializer holds (Spring Data Redis's GenericJacksonJsonRedisSerializer types every value, as a property). */
    record Cached(Object value) {
    }

    /**
     * A mapper with default typing (a cache, a session store) writes and reads offers with a type id.
     * Before: "Type id handling not implemented ... (by serializer of type ...OfferSerializer)".
     */
    @Test
    void anOfferIsWrittenAndReadBackWithATypeIdAsACacheDoes() throws Exception {
        ObjectMapper typed = MAPPER.rebuild().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.offerrules.").build(), DefaultTyping.NON_FINAL_AND_RECORDS,
                com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY).build();
        String json = typed.writeValueAsString(new Cached(Offers.full()));
        assertThat(json).contains("\"value\":{\"@class\":\"org.offerrules.validation.model.Offer\",\"advertiser_id\":");
        assertThat(typed.readValue(json, Cached.class)).isEqualTo(new Cached(Offers.full()));

        // a bad offer behind its type id: every finding, at its place after the id
        String id = "{\"@class\":\"org.offerrules.validation.model.Offer\",";
        InvalidOfferException e = (InvalidOfferException) catchThrowable(
                () -> typed.readValue(id + BROKEN.substring(1), Offer.class));
        int shift = id.length() - 1;
        assertThat(found(e)).containsExactly("6303 /status 1:" + (51 + shift), "6319 /ssl 1:" + (180 + shift),
                "6820 /cap_tpye 1:" + (274 + shift));
        // an absent field is placed at the object's first name after the id: Jackson has read its brace
        InvalidOfferException absent = (InvalidOfferException) catchThrowable(
                () -> typed.readValue(id + "\"id\": 3}", Offer.class));
        assertThat(absent.report().violations()).extracting(Violation::codeNumber, Violation::line, Violation::column)
                .contains(tuple(6308, 1, id.length() + 1));
    }

    /**
     * A mapper whose parser refuses duplicate names ({@code STRICT_DUPLICATE_DETECTION}): the parser's
     * exception ends the offer at the first duplicate, and what it says is the binder's own finding for
     * that key: 6055 at the key's pointer and its opening quote, in the product's words (before: "Duplicate
     * field 'ssl'" at the document, after the name; Jackson 3 said {@code Duplicate Object property "ssl"}).
     * Later problems are not reached and, the JSON being broken, the rules do not run (no 6303 for the
     * status). The binder's own duplicate check (the default) gives the same finding and reads on.
     */
    @Test
    void aMapperThatRefusesDuplicateNamesEndsTheOfferAtTheFirstWithTheKeysFinding() {
        String twice = BROKEN.substring(0, BROKEN.length() - 1) + ",\"ssl\":2,\"status\":\"x\"}";
        ObjectMapper strict = JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(new OfferRulesModule()).build();
        String duplicate = "Invalid json data: duplicate key `ssl`; the first value is used";
        for (Object input : new Object[] {twice, twice.getBytes(StandardCharsets.UTF_8),
                new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), new StringReader(twice)}) {
            assertThat(read(strict, input)).as("%s", input.getClass())
                    .containsExactly("6319 /ssl 1:180", "6820 /cap_tpye 1:274", "6055 /ssl 1:288");
        }
        InvalidOfferException e = (InvalidOfferException) catchThrowable(() -> strict.readValue(twice, Offer.class));
        assertThat(e.report().violations().get(2)).extracting(Violation::message, Violation::rejectedValue)
                .containsExactly(duplicate, "ssl");
        assertThat(read(MAPPER, twice)).containsExactly("6303 /status 1:51", "6319 /ssl 1:180", "6820 /cap_tpye 1:274",
                "6055 /ssl 1:288", "6055 /status 1:296");
        InvalidOfferException all = (InvalidOfferException) catchThrowable(() -> MAPPER.readValue(twice, Offer.class));
        assertThat(all.report().violations().get(3).message()).isEqualTo(duplicate);

        // the second name where the writer puts it, with more of the document after it: the parser refused it
        // while matching the name the binder expected there, right after its opening quote, and the finding
        // was placed four columns left of the quote, inside "Public" (1:180)
        String first = "{\"ssl\":0," + MINIMAL.substring(1);
        for (Object input : new Object[] {first, first.getBytes(StandardCharsets.UTF_8),
                new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), new StringReader(first)}) {
            assertThat(read(strict, input)).as("%s", input.getClass()).containsExactly("6055 /ssl 1:184");
        }
        assertThat(read(MAPPER, first)).containsExactly("6055 /ssl 1:184");

        // in an event, on the second line, an unknown name twice, a name written with an escape
        assertThat(read(strict, "{\"id\": 5, \"events\": [{\"id\": 1},\n {\"id\": 2, \"e_tkn\": \"a\", \"e_tkn\": \"b\"}]}"))
                .contains("6055 /events/1/e_tkn 2:26");
        assertThat(read(strict, "{\"id\": 5, \"cap_tpye\": 1, \"cap_tpye\": 2}"))
                .containsExactly("6820 /cap_tpye 1:11", "6055 /cap_tpye 1:26");
        // a name written with an escape is placed at its quote where the parser keeps its source; else it is
        // placed by its length before where the parser stopped (as a name past the length limit)
        String escaped = "{\"id\": 5, \"name\": \"a\", \"na\\u006de\": \"b\"}";
        ObjectMapper keeping = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                        .enable(tools.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(new OfferRulesModule()).build();
        assertThat(read(keeping, escaped)).containsExactly("6055 /name 1:24");
        assertThat(read(keeping, escaped.getBytes(StandardCharsets.UTF_8))).containsExactly("6055 /name 1:24");
        assertThat(read(strict, escaped)).containsExactly("6055 /name 1:29");
    }

    /**
     * {@code FAIL_ON_READING_DUP_TREE_KEY} is a tree's: reading an offer builds none, so the module reports
     * each duplicate and reads on, as under any mapper; reading the document as a tree first is refused by
     * Jackson, before the module sees it.
     */
    @Test
    void aMapperThatRefusesDuplicateTreeKeysReadsAnOfferAsAnyMapper() {
        String twice = BROKEN.substring(0, BROKEN.length() - 1) + ",\"ssl\":2,\"status\":\"x\"}";
        ObjectMapper treeStrict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
        assertThat(read(treeStrict, twice)).containsExactly("6303 /status 1:51", "6319 /ssl 1:180", "6820 /cap_tpye 1:274",
                "6055 /ssl 1:288", "6055 /status 1:296");
        assertThatThrownBy(() -> treeStrict.readTree(twice)).isInstanceOf(tools.jackson.databind.DatabindException.class).hasMessageContaining("Duplicate");
    }

    private static String answer(String json) {
        try {
            return MAPPER.readValue(json, Offer.class).name();
        } catch (InvalidOfferException e) {
            return e.getOriginalMessage() + found(e);
        }
    }
}
