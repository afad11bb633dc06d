package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerrules.lint.SchemaValidation.Engine;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.AccessType;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;
import org.offerrules.validation.model.OfferType;
import org.offerrules.validation.model.PayoutType;
import org.offerrules.validation.model.TrackingProtocol;
import org.offerrules.validation.wire.JsonSchemas;

/**
 * The generated JSON Schemas, checked by a real validator (networknt json-schema-validator) with Java's
 * and with ECMAScript's regular expressions: they accept every document offer-rules accepts, and reject
 * the mistakes they can express.
 */
class JsonSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Snippets.root().resolve("docs/examples");

    /**
     * The schema of one document of {@code request} (its array form left out): errors at the document's own
     * pointers.
     */
    static SchemaValidation single(Request request, Engine engine) throws Exception {
        ObjectNode schema = (ObjectNode) JSON.readTree(JsonSchemas.of(request));
        JsonNode ref = schema.remove("oneOf").get(0).get("$ref");
        schema.set("$ref", ref);
        return SchemaValidation.of(JSON.writeValueAsString(schema), SpecificationVersion.DRAFT_2020_12, engine);
    }

    static SchemaValidation whole(Request request, Engine engine) {
        return SchemaValidation.of(JsonSchemas.of(request), SpecificationVersion.DRAFT_2020_12, engine);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theValidExampleOfferPasses(Engine engine) throws Exception {
        String valid = Files.readString(EXAMPLES.resolve("valid-offer.json"));

        assertThat(OfferReader.create().read(valid).isValid()).isTrue();
        assertThat(whole(Request.SET_OFFER, engine).problems(valid)).isEmpty();
    }

    /** The README's offer lacks the {@code {TID}} token (6313): the schema says so too, and nothing else. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void theReadmesOfferFailsAtItsUrlOnlyAndPassesWithTheToken(Engine engine) throws Exception {
        Offer readme = Offer.builder()
                .advertiserId(12).name("Summer Sale").status(OfferStatus.ACTIVE)
                .expireDate("2030/12/31").type(OfferType.MOBILE)
                .url("https://track.example.com/click").accessType(AccessType.PUBLIC)
                .ssl(1).trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL).currency(1)
                .payoutType(PayoutType.CPA).payout(2.5)
                .build();
        SchemaValidation schema = single(Request.SET_OFFER, engine);

        assertThat(schema.pointers(OfferWriter.toJson(readme))).containsExactly("/url");
        assertThat(schema.problems(OfferWriter.toJson(readme.toBuilder().url("https://track.example.com/click?tid={TID}")
                .build()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theExamplesMistakesThatTheSchemaCanExpressAreRejected(Engine engine) throws Exception {
        SchemaValidation schema = single(Request.SET_OFFER, engine);

        // 6350 (an affiliate interval limit of 0) is a range; 6399 compares limits: described only
        assertThat(schema.pointers(Files.readString(EXAMPLES.resolve("caps-in-wrong-order.json"))))
                .containsExactly("/cap_affiliate_interval_limit");

        JsonNode array = JSON.readTree(Files.readString(EXAMPLES.resolve("offers-array.json")));
        assertThat(schema.problems(JSON.writeValueAsString(array.get(0)))).isEmpty();
        // 2031/02/30 (6312) is a well-formed date that does not exist: the schema cannot tell
        assertThat(schema.pointers(JSON.writeValueAsString(array.get(1))))
                .containsExactly("/advertiser_id", "/name", "/payout", "/ssl", "/status", "/url");
        assertThat(whole(Request.SET_OFFER, engine).problems(Files.readString(EXAMPLES.resolve("offers-array.json")))).isNotEmpty();

        List<String> lines = Files.readAllLines(EXAMPLES.resolve("offers.ndjson"));
        assertThat(schema.problems(lines.get(0))).isEmpty();
        assertThat(schema.pointers(lines.get(1))).containsExactly("/currency", "/payout");
        // an unknown field is a warning (6820): the document is accepted, so the schema accepts it
        assertThat(schema.problems(lines.get(3))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anArrayOfValidDocumentsPassesAndAnArrayWithABadOnePointsAtIt(Engine engine) throws Exception {
        String offer = OfferWriter.toJson(Offers.full());
        String bad = OfferWriter.toJson(Offers.full().toBuilder().ssl(2).build());

        assertThat(whole(Request.SET_OFFER, engine).problems("[" + offer + "," + offer + "]")).isEmpty();
        assertThat(whole(Request.SET_OFFER, engine).problems("[]")).isEmpty();
        assertThat(whole(Request.SET_OFFER, engine).problems("[" + offer + "," + bad + "]")).isNotEmpty()
                .anyMatch(line -> line.startsWith("/1/ssl "));
        assertThat(whole(Request.SET_OFFER, engine).problems("\"offer\"")).isNotEmpty();
    }

    /**
     * Letter case (issue 24, docs/decisions/vendor-conformance.md): the schema reads a named value, a country and
     * a region as the rules do, whatever the letter case, and still refuses another spelling. With {@code enum}s
     * it refused {@code active}, {@code us} and {@code approve}-like values the API takes.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void namedValuesCountriesAndRegionsAreReadLetterCaseAside(Engine engine) throws Exception {
        ObjectNode offer = (ObjectNode) JSON.readTree(OfferWriter.toJson(Offers.full()));
        offer.put("status", "active").put("type", "MOBILE").put("payout_type", "cpa + cps").put("payout", 1.5)
                .put("payout_percent", 10);
        offer.putArray("geo_countries").add("us:1:tx;Ca");
        SchemaValidation schema = single(Request.SET_OFFER, engine);
        String lower = JSON.writeValueAsString(offer);
        assertThat(OfferReader.create().read(lower).report().violations()).isEmpty();
        assertThat(schema.problems(lower)).isEmpty();
        assertThat(schema.pointers(JSON.writeValueAsString(offer.put("status", "Actived")))).containsExactly("/status");
        SchemaValidation advertiser = single(Request.SET_ADVERTISER, engine);
        assertThat(advertiser.problems("{\"email\": \"ads@example.com\", \"status\": \"ACTIVE\", \"company\": \"Acme\","
                + " \"first_name\": \"Ada\", \"country\": \"us\"}")).isEmpty();
        assertThat(advertiser.pointers("{\"id\": 3, \"country\": \"uk\"}")).containsExactly("/country");
        assertThat(single(Request.CHANGE_OFFER_APPLICATION_STATUS, engine).problems("{\"id\": 12, \"action\": \"Approve\"}"))
                .isEmpty();
    }

    /** Create-mode requirements hold only where the document can be a create: without the update's {@code id}. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void createRequirementsApplyOnlyToDocumentsWithoutAnId(Engine engine) throws Exception {
        SchemaValidation schema = single(Request.SET_OFFER, engine);

        assertThat(schema.pointers("{}")).contains("/advertiser_id", "/name", "/status", "/url", "/payout_type")
                .doesNotContain("/id");
        assertThat(schema.problems("{\"id\": 5}")).isEmpty();
        assertThat(schema.problems("{\"id\": \"5\", \"payout_type\": \"CPS\"}")).isEmpty();
        assertThat(schema.pointers("{\"id\": 5, \"ssl\": \"01\", \"has_cap_limit\": 3}")).containsExactly("/has_cap_limit");
        assertThat(single(Request.SET_ADVERTISER, engine).pointers("{}")).containsExactly("/company", "/email", "/first_name",
                "/status");
        assertThat(single(Request.GENERATE_LINK, engine).pointers("{\"a\": \"0\"}")).containsExactly("/a", "/o");
        // null is absent: a required field cannot be null
        assertThat(single(Request.GENERATE_LINK, engine).pointers("{\"a\": null, \"o\": 1}")).containsExactly("/a");
        assertThat(schema.pointers("{\"advertiser_id\": null}")).contains("/advertiser_id");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void conditionalGroupsAreIfThenRules(Engine engine) throws Exception {
        SchemaValidation schema = single(Request.SET_OFFER, engine);
        ObjectNode offer = (ObjectNode) JSON.readTree(OfferWriter.toJson(Offers.minimal()));

        assertThat(schema.problems(offer.toString())).isEmpty();
        assertThat(schema.pointers(offer.deepCopy().put("geo_targeting", 1).toString()))
                .containsExactly("/geo_countries", "/geo_enforce", "/geo_type");
        assertThat(schema.pointers(offer.deepCopy().put("cap_type", "Budget").toString())).containsExactly("/has_cap_limit");
        assertThat(schema.problems(offer.deepCopy().putNull("cap_type").toString())).isEmpty();
        assertThat(schema.pointers(offer.deepCopy().put("has_cap_limit", 1).put("cap_type", "Conversion")
                .put("cap_overall_limit", 10.5).put("cap_interval", "Daily").put("cap_interval_limit", 5)
                .put("cap_affiliate_overall_limit", 5).put("cap_affiliate_interval", "Daily")
                .put("cap_affiliate_interval_limit", "2").toString())).containsExactly("/cap_overall_limit");
        assertThat(schema.pointers(offer.deepCopy().set("events", JSON.readTree("[{\"event_name\": \"Sale\", "
                + "\"payout_type\": \"CPA\", \"payout\": 1, \"revenue_type\": \"RPA\", \"revenue\": 2}]")).toString()))
                .containsExactly("/events/0/e_tkn");
        assertThat(schema.pointers(offer.deepCopy().set("events", JSON.readTree("[{\"event_name\": \"Sale\", "
                + "\"pre_event_id\": -1, \"payout_type\": \"CPA\", \"payout\": 1}]")).toString()))
                .containsExactly("/events/0/revenue_type");
        assertThat(schema.problems(offer.deepCopy().set("events", JSON.readTree("[{\"event_name\": \"Install\", "
                + "\"pre_event_id\": \"-01\", \"payout_type\": \"CPA + CPS\", \"payout\": 1, \"payout_percent\": 5, "
                + "\"revenue_type\": \"RPA\", \"revenue\": 2}]")).toString())).isEmpty();
    }

    /** The compact strings' patterns agree with the rules both ways, on the edge cases of their syntax. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void compactStringsArePatterns(Engine engine) throws Exception {
        SchemaValidation schema = single(Request.SET_OFFER, engine);
        ObjectNode offer = (ObjectNode) JSON.readTree(OfferWriter.toJson(Offers.minimal()));
        ObjectNode geo = offer.deepCopy().put("geo_targeting", 1).put("geo_type", 1).put("geo_enforce", 0);
        ObjectNode device = offer.deepCopy().put("device_targeting", 1);
        ObjectNode tiers = offer.deepCopy().put("enable_payout_tier", 1);

        List<String> valid = List.of(
                geo.deepCopy().set("geo_countries", JSON.readTree("[\"US:1:TX;CA\", \"CA:0:QC\", \"DE\", \"FR:1\"]")).toString(),
                // parameters and OS values letter case aside, as every named value (ASCII letters only)
                device.deepCopy().set("device_rules", JSON.readTree("[\"1:OS:iOS;Windows phone\", "
                        + "\"0:Device Brand:ASUS;Sony Ericsson;Téléfunken\", \"1:Device Type:TABLET\", \"1:os:KAIOS\"]"))
                        .toString(),
                tiers.deepCopy().put("tier_payout", "1:3,02:3.5").put("categories", " 6, 7").toString());
        for (String json : valid) {
            assertThat(OfferReader.create().read(json).report().violations()).as(json).isEmpty();
            assertThat(schema.problems(json)).as(json).isEmpty();
        }
        assertThat(schema.pointers(geo.deepCopy().set("geo_countries",
                JSON.readTree("[\"US:1:\", \"u\", \"CA:2:QC\", \"CA:1:QC;;ON\"]")).toString()))
                .containsExactly("/geo_countries/0", "/geo_countries/1", "/geo_countries/2", "/geo_countries/3");
        assertThat(schema.pointers(device.deepCopy().set("device_rules",
                JSON.readTree("[\"2:OS:iOS\", \"1:o s:iOS\", \"1:OS:\", \"1:OS:\u212AaiOS\", \"1:Browser:Chrome \"]")).toString()))
                .containsExactly("/device_rules/0", "/device_rules/1", "/device_rules/2", "/device_rules/3", "/device_rules/4");
        assertThat(schema.pointers(tiers.deepCopy().put("tier_payout", "1:3,0:1").put("categories", "6,,7").toString()))
                .containsExactly("/categories", "/tier_payout");
    }

    /**
     * A field of numbers as text ({@code spi.NumberText}) takes a JSON integer as its text, a list of one:
     * the integer is held to the bounds the field's rule holds the text to, so the schema rejects what the
     * reader reports, at the same pointer (an id of 0 or below, or past 2147483647; a number outside the
     * rule's range or values), and takes what it takes. Single quotes stand for double quotes.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "JDK        | getOfferById   | 'id': 11                    |      |",
            "JDK        | getOfferById   | 'id': 0                     | 6302 | /id",
            "JDK        | getOfferById   | 'id': -3                    | 6302 | /id",
            "JDK        | getOfferById   | 'id': 2147483648            | 6302 | /id",
            "JDK        | getOfferById   | 'id': 2147483647            |      |",
            "JDK        | getOfferById   | 'id': 11, 'categories': 0   | 6820 | /categories",
            "JDK        | getOfferReport | 'currency': 68              |      |",
            "JDK        | getOfferReport | 'currency': 69              | 6910 | /currency",
            "JDK        | getOfferReport | 'currency': 0               | 6910 | /currency",
            "JDK        | getOfferReport | 'status': 4                 |      |",
            "JDK        | getOfferReport | 'status': 3                 | 6910 | /status",
            "JDK        | getOfferReport | 'offer': 0                  | 6506 | /offer",
            "JDK        | setOffer       | 'categories': 6             |      |",
            "JDK        | setOffer       | 'categories': 0             | 6387 | /categories",
            "JDK        | setOffer       | 'app_id': 284882215         |      |",
            "JDK        | setOffer       | 'app_id': 10000             |      |",
            "JDK        | setOffer       | 'app_id': 999999999999      |      |",
            "JDK        | setOffer       | 'app_id': 9999              | 63993 | /app_id",
            "JDK        | setOffer       | 'app_id': 1000000000000     | 63993 | /app_id",
            "JDK        | setOffer       | 'app_id': -28488            | 63993 | /app_id",
            "JDK        | setAdvertiser  | 'zipcode': 10001            | 6820 | /zipcode",
            "ECMASCRIPT | getOfferById   | 'id': -3                    | 6302 | /id",
            "ECMASCRIPT | getOfferReport | 'status': 3                 | 6910 | /status",
    })
    void anIntegerForNumbersAsTextIsHeldToTheBoundsOfTheirRule(Engine engine, String method, String members,
                                                                 Integer code, String pointer) throws Exception {
        Request request = Request.ofMethod(method).orElseThrow();
        ObjectNode document = (ObjectNode) JSON.readTree(OfferWriter.toJson(
                org.offerrules.validation.fixtures.Requests.valid(request)));
        document.setAll((ObjectNode) JSON.readTree(("{" + members + "}").replace('\'', '"')));
        String json = document.toString();
        var violations = OfferReader.builder().request(request.type()).build().read(json, request.type())
                .report().violations();
        SchemaValidation schema = single(request, engine);
        if (code == null) {
            assertThat(violations).as(json).isEmpty();
            assertThat(schema.problems(json)).as(json).isEmpty();
        } else {
            assertThat(violations).as(json).extracting(org.offerrules.validation.Violation::codeNumber,
                    org.offerrules.validation.Violation::pointer).containsExactly(org.assertj.core.api.Assertions.tuple(code, pointer));
            assertThat(schema.pointers(json)).as(json).containsExactly(pointer);
        }
    }

    /**
     * No false positives: every document offer-rules accepts, in create or in update mode, passes the schema
     * of its request. The documents are the fixtures' valid requests and mutations, and generated offers,
     * with fields dropped, nulled, rewritten as text ({@code "01"}), recased or given boundary values.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSchemaAcceptsEveryDocumentOfferRulesAccepts(Engine engine) {
        // distinct documents: a request of two fields has only a few valid spellings, and QuickTheories
        // stops early when it draws no new ones
        Map<Request, Set<String>> accepted = new EnumMap<>(Request.class);
        for (Request request : Request.values()) {
            SchemaValidation schema = whole(request, engine);
            OfferReader create = OfferReader.builder().request(request.type()).build();
            OfferReader update = OfferReader.builder().request(request.type()).mode(ValidationMode.UPDATE).build();
            Set<String> valid = accepted.computeIfAbsent(request, r -> new HashSet<>());
            org.quicktheories.QuickTheory.qt().withFixedSeed(0x5C_4E_3AL).withExamples(Documents.EXAMPLES)
                    .forAll(Documents.of(request)).checkAssert(json -> {
                        if (create.read(json, request.type()).isValid() || update.read(json, request.type()).isValid()) {
                            valid.add(json);
                            assertThat(schema.problems(json)).as(request.method() + ": " + json).isEmpty();
                        }
                    });
        }
        List<String> thin = new ArrayList<>();
        accepted.forEach((request, valid) -> {
            if (valid.size() < Math.min(3, Documents.EXAMPLES / 10)) {
                thin.add(request.method() + " " + valid.size());
            }
        });
        assertThat(thin).as("requests with too few accepted documents to prove anything").isEmpty();
    }
}
