package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Lookups;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.wire.Binder;
import org.offerrules.validation.wire.Bound;
import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.Locations;
import org.offerrules.validation.wire.ReadLimits;
import org.offerrules.validation.wire.TokenSource;
import org.offerrules.validation.wire.WireSchema;

/** Reading single documents: binding problems, rule violations, positions, and the reader's decisions. */
class ReadingTest {

    private static final OfferReader READER = OfferReader.create();
    private static final OfferReader UPDATE = OfferReader.builder().mode(ValidationMode.UPDATE).build();

    /** A valid create document, one field per line, with placeholders to break it. */
    private static final String CAPS_DOCUMENT = """
            {
              "advertiser_id": "abc",
              "name": "Summer Sale",
              "status": "Live",
              "expire_date": "2030/12/31",
              "type": "Mobile",
              "url": "https://track.example.com/click?tid={TID}",
              "access_type": "Public",
              "ssl": 1,
              "tracking_protocol": "Server Postback URL",
              "currency": 1,
              "payout_type": "CPA",
              "payout": 2.5,
              "has_cap_limit": 1,
              "cap_type": "Budget",
              "cap_overall_limit": 100,
              "cap_interval": "Daily",
              "cap_interval_limit": 500,
              "cap_affiliate_overall_limit": 50,
              "cap_affiliate_interval": "Daily",
              "cap_affiliate_interval_limit": 10%s
            }
            """;

    private static final String GEO_AND_EVENTS = """
            ,
              "geo_targeting": 1,
              "geo_type": 1,
              "geo_countries": ["US", "US:1:TX:extra"],
              "geo_enforce": 0,
              "events": [
                {"id": 1, "event_name": "Install", "status": 1, "is_private": 1, "pre_event_id": -1,
                 "tracking_method": "Server Postback URL", "is_end_point": 0, "need_approval": 0,
                 "can_multiply_conversion": 0, "revenue_type": "RPA", "revenue": 1.0, "payout_type": "CPA", "payout": 0.5}
              ]""";

    @Test
    void reportsATypeErrorAnUnknownValueAndACapOrderBreachInDocumentOrder() {
        ReadResult result = READER.read(CAPS_DOCUMENT.formatted(""));

        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6306, "/advertiser_id", 2, 20),
                        tuple(6303, "/status", 4, 13),
                        tuple(6399, "/cap_overall_limit", 16, 24));
        assertThat(result.offer().advertiserId()).isNull();
        assertThat(result.offer().status()).isEqualTo("Live");
        assertThat(result.report().violations().get(0).message())
                .isEqualTo("Invalid Advertiser ID (expected an integer, found \"abc\")");
        assertThat(result.report().violations().get(0).rejectedValue()).isEqualTo("abc");
    }

    /** The five independent problems of the issue: a type error, an unknown value, a cap-order breach, a bad GEO entry, a private initial event. */
    @Test
    void reportsFiveIndependentProblemsInDocumentOrder() {
        ReadResult result = READER.read(CAPS_DOCUMENT.formatted(GEO_AND_EVENTS));

        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line)
                .containsExactly(
                        tuple(6306, "/advertiser_id", 2),
                        tuple(6303, "/status", 4),
                        tuple(6399, "/cap_overall_limit", 16),
                        tuple(6356, "/geo_countries/1", 24),
                        tuple(6734, "/events/0/is_private", 27));
    }

    @Test
    void geoAndEventPartsBindWithoutBindingErrorsToday() {
        ReadResult result = READER.read(CAPS_DOCUMENT.formatted(GEO_AND_EVENTS));

        assertThat(result.offer().geo().geoCountries()).containsExactly(GeoEntry.of("US"), GeoEntry.parse("US:1:TX:extra"));
        assertThat(result.offer().geo().geoCountries().get(1).isWellFormed()).isFalse();
        assertThat(result.offer().events()).hasSize(1);
        assertThat(result.offer().events().get(0).isPrivate()).isEqualTo(1);
        assertThat(result.report().violations()).extracting(Violation::codeNumber).startsWith(6306, 6303, 6399);
    }

    @Test
    void missingRequiredFieldsAreAtTheEnclosingObjectsBrace() {
        ReadResult result = READER.read("  {\"name\": \"x\"}");

        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .contains(tuple(6305, "/advertiser_id", 1, 3), tuple(6310, "/status", 1, 3));
        assertThat(result.report().codeNumbers())
                .containsExactlyInAnyOrder(6305, 6310, 6311, 6314, 6317, 6318, 6319, 6320, 6324, 6368);
    }

    @Test
    void updateModeRequiresOnlyTheId() {
        OfferReader update = OfferReader.builder().mode(ValidationMode.UPDATE).build();
        assertThat(update.read("{\"id\": 31, \"name\": \"Renamed\"}").report().violations()).isEmpty();
        assertThat(update.read("{\"name\": \"Renamed\"}").report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple(6301, "/id", 1, 1));
    }

    @Test
    void numbersOutOfRangeAndWrongNumberKindsAreTheFieldsInvalidCode() {
        String json = "{\"id\": 1, \"advertiser_id\": 99999999999, \"ssl\": 1.5, \"payout\": 1e400, "
                + "\"cap_overall_limit\": 1e400000000000000000, \"has_cap_limit\": 0, \"currency\": true}";

        assertThat(UPDATE.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6306, "/advertiser_id", 1, 28),
                        tuple(6319, "/ssl", 1, 48),
                        tuple(6327, "/payout", 1, 63),
                        tuple(6340, "/cap_overall_limit", 1, 91),
                        tuple(6324, "/currency", 1, 145));
        assertThat(UPDATE.read(json).report().violations().get(0).message())
                .isEqualTo("Invalid Advertiser ID (99999999999 is out of the range of a 32-bit integer)");
    }

    @Test
    void compactStringsAndArraysOfTheWrongTypeAreReportedAtTheFieldOrElement() {
        String json = minimal("\"tier_payout\": 12, \"enable_payout_tier\": 1, \"categories\": [6, 7], "
                + "\"geo_countries\": [\"US\", 5, null], \"events\": [{\"id\": \"one\"}, 3]");
        int geoCode = WireSchema.OFFER.field("geo_countries").elementInvalidCode();
        int eventsCode = WireSchema.OFFER.field("events").elementInvalidCode();
        int eventIdCode = WireSchema.OFFER.field("events").nested().field("id").invalidCode();

        ReadResult result = READER.read(json);

        assertThat(result.report().errors())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                .contains(
                        tuple(6334, "/tier_payout", 287),
                        tuple(63992, "/categories", 330),
                        tuple(geoCode, "/geo_countries/1", 362),
                        tuple(eventIdCode, "/events/0/id", 390),
                        tuple(eventsCode, "/events/1", 398));
        // nothing else is said about a value that failed to bind (no "No tier_payout" 6333, for one)
        assertThat(result.report().errors()).filteredOn(v -> v.pointer().equals("/tier_payout")
                || v.pointer().equals("/categories") || v.pointer().startsWith("/geo_countries/1")
                || v.pointer().startsWith("/events/0/id") || v.pointer().startsWith("/events/1")).hasSize(5);
        assertThat(result.offer().geo().geoCountries()).containsExactly(GeoEntry.of("US"), null, null);
        assertThat(result.offer().tiers().tierPayout()).isNull();
        assertThat(result.offer().events().get(1)).isNull();
    }

    @Test
    void unknownFieldsAreWarningsNamingTheNearestKnownField() {
        assertThat(MINIMAL).hasSize(271);
        ReadResult result = READER.read(minimal("\"cap_tpye\": \"Budget\", \"zzzzzzzz\": {\"deep\": [1]}"));

        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity, Violation::column)
                .containsExactly(
                        tuple(6820, "/cap_tpye", Severity.WARNING, 272),
                        tuple(6820, "/zzzzzzzz", Severity.WARNING, 294));
        assertThat(result.report().violations().get(0).message())
                .isEqualTo("Invalid cap_tpye parameter. Unknown field; did you mean `cap_type`?");
        assertThat(result.report().violations().get(0).arguments()).containsEntry("param_name", "cap_tpye");
        assertThat(result.report().violations().get(1).message()).isEqualTo("Invalid zzzzzzzz parameter. Unknown field");
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void duplicateKeysAre6055AtTheSecondKeyAndTheFirstValueWins() {
        ReadResult result = READER.read(minimal("\"name\": \"Again\", \"extra\": 1, \"extra\": 2"));

        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity, Violation::column)
                .containsExactly(
                        tuple(6055, "/name", Severity.ERROR, 272),
                        tuple(6820, "/extra", Severity.WARNING, 289),
                        tuple(6055, "/extra", Severity.ERROR, 301));
        assertThat(result.report().violations().get(0).message())
                .isEqualTo("Invalid json data: duplicate key `name`; the first value is used");
        assertThat(result.offer().name()).isEqualTo("Summer Sale");
    }

    @Test
    void malformedJsonIs6055WhereItBreaks() {
        ReadResult result = READER.read("{\n  \"name\": \"x\",\n  \"ssl\": tru\n}");

        assertThat(result.offer()).isNull();
        assertThat(result.report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple(6055, "", 3, 10));
    }

    @Test
    void trailingContentScalarsArraysAndEmptyInputAre6055() {
        assertThat(single(READER.read(minimal("") + " {}"))).isEqualTo("6055  1:" + (minimal("").length() + 2));
        assertThat(single(READER.read("[{}]"))).isEqualTo("6055  1:1");
        assertThat(single(READER.read("\n  42"))).isEqualTo("6055  2:3");
        assertThat(single(READER.read(""))).isEqualTo("6055  1:1");
        assertThat(single(READER.read("  \n  "))).startsWith("6055  2:");
        assertThat(READER.read("[{}]").offer()).isNull();
        assertThat(READER.read(minimal("") + " {}").offer()).isNotNull();
    }

    @Test
    void aByteOrderMarkIsSkippedAndBrokenUtf8Is6055() {
        byte[] doc = minimal("").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[doc.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(doc, 0, withBom, 3, doc.length);
        assertThat(READER.read(withBom).report().violations()).isEmpty();
        // the same mark decoded into text: skipped too, and placed as the bytes place it (the mark is no column)
        String marked = "\uFEFF{\"ssl\": 5,\n \"name\": \"\"}";
        assertThat(READER.read(marked).report().violations()).extracting(v -> v.codeNumber() + " " + v.pointer()
                + " " + v.line() + ":" + v.column()).contains("6319 /ssl 1:9", "6309 /name 2:10")
                .containsExactlyElementsOf(READER.read(marked.getBytes(StandardCharsets.UTF_8)).report().violations()
                        .stream().map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList());
        assertThat(READER.read(minimal("").replaceFirst("^", "\uFEFF")).report().violations()).isEmpty();

        byte[] broken = "{\"name\": \"a\u00e9b\"}".getBytes(StandardCharsets.UTF_8);
        broken[12] = (byte) 0xC3;
        broken[13] = (byte) 0x28; // not a continuation byte
        assertThat(READER.read(broken).report().codeNumbers()).containsExactly(6055);
        assertThat(READER.read(broken).report().violations().get(0).line()).isEqualTo(1);
    }

    @Test
    void lookupCodesComeThroughJsonWithPositions() {
        OfferLookup nothingExists = Lookups.missingReferencesOfTheFullOffer();
        OfferReader reader = OfferReader.builder().validator(OfferValidator.builder().lookup(nothingExists).build()).build();
        String json = Json.mapper().writeValueAsString(Offers.full());

        assertThat(reader.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6307, "/advertiser_id", 1, MutationsThroughJsonTest.expectedColumn(json, "/advertiser_id")),
                        tuple(6387, "/categories", 1, MutationsThroughJsonTest.expectedColumn(json, "/categories")),
                        tuple(6216, "/tier_payout", 1, MutationsThroughJsonTest.expectedColumn(json, "/tier_payout")));
    }

    @Test
    void eventViolationsArePlacedInsideTheirEvent() {
        String json = "{\"id\": 5, \"events\": [{}, {\n  \"id\": 0, \"e_tkn\": 7}]}";
        ReadResult result = OfferReader.builder().mode(ValidationMode.UPDATE).build().read(json);
        int tokenCode = WireSchema.OFFER.field("events").nested().field("e_tkn").invalidCode();

        assertThat(result.report().errors())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                .contains(tuple(tokenCode, "/events/1/e_tkn", 2, 21));
        assertThat(Locations.line(((Bound) bindOnly(json)).locations().resolve("/events/1/id"))).isEqualTo(2);
        assertThat(Locations.column(((Bound) bindOnly(json)).locations().resolve("/events/1/id"))).isEqualTo(9);
        assertThat(Locations.column(((Bound) bindOnly(json)).locations().resolve("/events/0/e_tkn"))).isEqualTo(22); // absent: its event's {
        assertThat(Locations.column(((Bound) bindOnly(json)).locations().resolve("/events/7/e_tkn"))).isEqualTo(21); // no such event: the array
    }

    private static Object bindOnly(String json) {
        try (TokenSource p = new org.offerrules.validation.jackson.parser.JacksonParsers().sources().document(json)) {
            p.next();
            return Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, false);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal valid create document, on one line: 271 characters. */
    static final String MINIMAL = Json.mapper().writeValueAsString(Offers.minimal());

    /** {@link #MINIMAL} with {@code extra} fields appended: they start at column 272. */
    static String minimal(String extra) {
        return extra.isEmpty() ? MINIMAL : MINIMAL.substring(0, MINIMAL.length() - 1) + "," + extra + "}";
    }

    private static String single(ReadResult result) {
        assertThat(result.report().violations()).hasSize(1);
        Violation v = result.report().violations().get(0);
        return v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column();
    }
}
