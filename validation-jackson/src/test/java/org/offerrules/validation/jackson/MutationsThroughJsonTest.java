package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * One source of truth: every single-rule mutation of the core's fixtures, written as JSON and read
 * back, reports exactly the code and pointer the fixture expects, at a real position, and the same
 * codes and pointers as the Java API.
 */
class MutationsThroughJsonTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();

    static Stream<Mutation> mutations() {
        return Mutations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void readsEveryMutationWithItsCodePointerAndPosition(Mutation m) {
        Offer offer = m.apply();
        String json = Json.mapper().writeValueAsString(offer);
        OfferReader reader = OfferReader.builder().validator(VALIDATOR).mode(m.mode()).build();

        ReadResult result = reader.read(json);

        assertThat(result.report().violations()).hasSize(1);
        Violation v = result.report().violations().get(0);
        assertThat(v.codeNumber()).as("code").isEqualTo(m.code());
        assertThat(v.pointer()).as("pointer").isEqualTo(m.pointer());
        assertThat(v.line()).isEqualTo(1);
        assertThat(v.column()).as("column").isEqualTo(expectedColumn(json, m.pointer()));

        ValidationReport javaApi = VALIDATOR.validate(offer, m.mode());
        assertThat(codesAndPointers(result.report())).isEqualTo(codesAndPointers(javaApi));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void roundTripsEveryRepresentableMutation(Mutation m) {
        Offer offer = m.apply();
        if (offer.payout() != null && offer.payout().isNaN()) {
            return; // JSON has no NaN: it is written as the string "NaN" and read back as a type error
        }
        String json = Json.mapper().writeValueAsString(offer);
        assertThat(OfferReader.create().read(json).offer()).isEqualTo(offer);
    }

    @Test
    void roundTripsTheFixtureOffers() {
        for (Offer offer : List.of(Offers.minimal(), Offers.full())) {
            String json = Json.mapper().writeValueAsString(offer);
            ReadResult result = OfferReader.create().read(json);
            assertThat(result.offer()).isEqualTo(offer);
            assertThat(result.report().violations()).isEmpty();
        }
    }

    @Test
    void writesTheFlatWireFormat() {
        String json = Json.mapper().writeValueAsString(Offers.full());
        assertThat(json).startsWith("{\"advertiser_id\":12,\"name\":\"Summer Sale\",\"status\":\"Active\"")
                .contains("\"cap_overall_limit\":1000,")
                .contains("\"geo_countries\":[\"US\",\"CA:1:QC\",\"DE\"]")
                .contains("\"device_rules\":[\"1:OS:iOS;Android\"]")
                .contains("\"tier_payout\":\"1:3,2:3.5\"")
                .contains("\"events\":[{\"id\":1,\"event_name\":\"Install\"")
                .doesNotContain("caps").doesNotContain("\"geo\"").doesNotContain("null");
    }

    /**
     * An oracle independent of the binder: Jackson's own path tracking gives the 1-based column of the
     * value at {@code pointer}, or, when the field is absent, of the {@code {} of the object that lacks it.
     */
    static int expectedColumn(String json, String pointer) {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            Map<String, Integer> columns = new HashMap<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String at = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? parser.getParsingContext().getParent().pathAsPointer().toString()
                        : parser.getParsingContext().pathAsPointer().toString();
                columns.putIfAbsent(at, parser.currentTokenLocation().getColumnNr());
            }
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (columns.containsKey(p)) {
                    return columns.get(p);
                }
                if (p.isEmpty()) {
                    return 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> codesAndPointers(ValidationReport report) {
        return report.violations().stream().map(v -> v.codeNumber() + " " + v.pointer()).sorted().toList();
    }
}
