package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;
import org.offerrules.validation.model.Payout;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PayoutTiers;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.Revenue;

/**
 * The JSON binder alone, driven by {@link TestJson} (no Jackson): literal documents, the literal records
 * they bind to, and the literal findings (code, pointer, line, column) they give. Single quotes in the
 * documents stand for double quotes.
 */
class BinderTest {

    // ------------------------------------------------------------------ values

    @Test
    void bindsEveryFieldKindIntoTheModel() throws IOException {
        Bound b = bind("{'id': 7, 'name': 'Summer', 'status': 'Active', 'currency': 1, 'cap_type': 'Budget',"
                + " 'cap_overall_limit': 100, 'geo_countries': ['US', 'CA:0:BC;NT'], 'device_rules': ['1:OS:iOS'],"
                + " 'enable_payout_tier': 1, 'tier_payout': '1:2.5,2:3',"
                + " 'events': [{'id': 1, 'e_tkn': 'install', 'pre_event_id': -1, 'payout': 1}]}");

        assertThat(b.violations()).isEmpty();
        assertThat(b.failed()).isEmpty();
        assertThat(b.broken()).isFalse();
        assertThat(b.truncated()).isFalse();
        assertThat(b.offer()).isEqualTo(everyKind("Summer", INSTALL));
    }

    /** The first event of the documents that hold every field kind. */
    static final Event INSTALL = new Event(1, "install", null, null, null, -1, null, null, null, null, null,
            new Payout(null, 1.0, null), null, null);

    /** The offer of the documents (JSON and form) that hold every field kind, with these events. */
    static Offer everyKind(String name, Event... events) {
        return Offer.builder().id(7).name(name).status("Active").currency(1)
                .caps(new Caps(null, "Budget", 100.0, null, null, null, null, null, null))
                .geo(new GeoTargeting(null, null, List.of(GeoEntry.of("US"), GeoEntry.exclude("CA", "BC", "NT")),
                        null, null, null))
                .device(new DeviceTargeting(null, List.of(DeviceRule.include("OS", "iOS")), null))
                .tiers(new PayoutTiers(1, List.of(new PayoutTier("1", "2.5"), new PayoutTier("2", "3"))))
                .events(List.of(events))
                .build();
    }

    @Test
    void pricingFieldsBindIntoTheirFlattenedGroups() throws IOException {
        Offer offer = offer("{'payout_type': 'CPA+CPS', 'payout': 1.5, 'payout_percent': 20, 'revenue': 2}");

        assertThat(offer.payoutTerms()).isEqualTo(new Payout("CPA+CPS", 1.5, 20.0));
        assertThat(offer.revenueTerms()).isEqualTo(new Revenue(null, 2.0, null));
        assertThat(offer.caps()).isNull();
        assertThat(offer.geo()).isNull();
        assertThat(offer.id()).isNull();
    }

    @Test
    void aGroupWithNoFieldInTheDocumentStaysNull() throws IOException {
        assertThat(offer("{'id': 1}")).isEqualTo(Offer.builder().id(1).build());
        assertThat(offer("{}")).isEqualTo(Offer.builder().build());
        // a null value is an absent one: the group is still made (the presence rules decide)
        assertThat(offer("{'cap_type': null}").caps()).isNull();
    }

    @Test
    void fieldsInAnyOrderBindAlike() throws IOException {
        Offer expected = Offer.builder().id(1).name("a").status("Paused").ssl(0).appId("com.example.app").build();
        assertThat(offer("{'id': 1, 'name': 'a', 'status': 'Paused', 'ssl': 0, 'app_id': 'com.example.app'}"))
                .isEqualTo(expected);
        assertThat(offer("{'app_id': 'com.example.app', 'ssl': 0, 'status': 'Paused', 'name': 'a', 'id': 1}"))
                .isEqualTo(expected);
        // fields after absent ones (the in-order match skips ahead) and after an unknown one
        Bound skipping = bind("{'id': 1, 'ssl': 0, 'x': [1, {'y': 2}], 'app_id': 'com.example.app', 'name': 'a',"
                + " 'status': 'Paused'}");
        assertThat(skipping.offer()).isEqualTo(expected);
        assertThat(findings(skipping)).containsExactly(tuple(6820, "/x", 1, 21));
    }

    @Test
    void nullIsAbsentAndNullElementsKeepTheirPlace() throws IOException {
        Bound b = bind("{'name': null, 'geo_countries': [null, 'US'], 'events': [null, {'id': 2}]}");

        assertThat(b.violations()).isEmpty();
        Offer offer = (Offer) b.offer();
        assertThat(offer.name()).isNull();
        assertThat(offer.geo().geoCountries()).containsExactly(null, GeoEntry.of("US"));
        assertThat(offer.events()).hasSize(2);
        assertThat(offer.events().get(0)).isNull();
        assertThat(offer.events().get(1).id()).isEqualTo(2);
    }

    @Test
    void emptyArraysAreEmptyLists() throws IOException {
        Offer offer = offer("{'geo_countries': [], 'device_rules': [], 'events': [], 'tier_payout': ''}");
        assertThat(offer.geo().geoCountries()).isEmpty();
        assertThat(offer.device().deviceRules()).isEmpty();
        assertThat(offer.events()).isEmpty();
        assertThat(offer.tiers().tierPayout()).isEmpty();
    }

    @Test
    void compactStringsAreParsedAndMalformedOnesKeptUnparsed() throws IOException {
        Offer offer = offer("{'geo_countries': ['US:1:TX;CA', 'a:b:c:d', ''], 'device_rules': ['0:Device Brand:ASUS;BlackBerry',"
                + " 'OS'], 'tier_payout': '1:2,3'}");
        assertThat(offer.geo().geoCountries()).containsExactly(GeoEntry.include("US", "TX", "CA"),
                new GeoEntry(null, null, List.of(), "a:b:c:d"), new GeoEntry(null, null, List.of(), ""));
        assertThat(offer.device().deviceRules()).containsExactly(DeviceRule.exclude("Device Brand", "ASUS", "BlackBerry"),
                new DeviceRule(null, null, List.of(), "OS"));
        assertThat(offer.tiers().tierPayout()).containsExactly(new PayoutTier("1", "2"), new PayoutTier("3", null));
    }

    @Test
    void sharedValuesAreTheSameInstancesInEveryDocument() throws IOException {
        Offer first = offer("{'status': 'Active', 'geo_countries': ['US', 'us', 'FR:1:IDF']}");
        Offer second = offer("{'status': 'Active', 'geo_countries': ['US']}");

        assertThat(first.status()).isSameAs(OfferStatus.ACTIVE.apiValue());
        assertThat(first.geo().geoCountries().get(0)).isSameAs(second.geo().geoCountries().get(0));
        // not two capitals: parsed, equal by value
        assertThat(first.geo().geoCountries().get(1)).isEqualTo(GeoEntry.of("us"));
        assertThat(first.geo().geoCountries().get(2)).isEqualTo(GeoEntry.include("FR", "IDF"));
        // a spelling of another case is no shared value, and is kept as written
        assertThat(offer("{'status': 'active'}").status()).isEqualTo("active");
    }

    @Test
    void otherRequestTypesBindThroughTheirOwnSchema() throws IOException {
        Bound paging = bind("{'page': 2, 'limit': 500, 'orderBy': 'id'}", WireSchema.of(ListPaging.class), false);
        assertThat(paging.offer()).isEqualTo(new ListPaging(2, 500, "id"));

        Bound conversions = bind("{'from': 9223372036854775807, 'to': '1700000000'}", WireSchema.of(GetConversions.class),
                false);
        assertThat(conversions.offer()).isEqualTo(new GetConversions(Long.MAX_VALUE, 1_700_000_000L));
        assertThat(conversions.violations()).isEmpty();
    }

    // ------------------------------------------------------------------ numbers as strings

    @Test
    void numbersWrittenAsStringsBindAsTheNumber() throws IOException {
        Bound b = bind("{'advertiser_id': '12', 'payout': '1.5', 'ssl': '1', 'secondary_offer': '-3', 'revenue': '-0.25'}");
        assertThat(b.violations()).isEmpty();
        Offer offer = (Offer) b.offer();
        assertThat(offer.advertiserId()).isEqualTo(12);
        assertThat(offer.payoutTerms().payout()).isEqualTo(1.5);
        assertThat(offer.ssl()).isEqualTo(1);
        assertThat(offer.secondaryOffer()).isEqualTo(-3);
        assertThat(offer.revenueTerms().revenue()).isEqualTo(-0.25);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "advertiser_id | '1e3'   | 6306 | Invalid Advertiser ID (expected an integer, found \"1e3\")",
            "advertiser_id | '+1'    | 6306 | Invalid Advertiser ID (expected an integer, found \"+1\")",
            "advertiser_id | ' 1'    | 6306 | Invalid Advertiser ID (expected an integer, found \" 1\")",
            "advertiser_id | '0x1F'  | 6306 | Invalid Advertiser ID (expected an integer, found \"0x1F\")",
            "advertiser_id | '1.0'   | 6306 | Invalid Advertiser ID (expected an integer, found \"1.0\")",
            "advertiser_id | ''      | 6306 | Invalid Advertiser ID (expected an integer, found \"\")",
            "advertiser_id | '2147483648' | 6306 | Invalid Advertiser ID (\"2147483648\" is out of the range of a 32-bit integer)",
            "payout        | 'NaN'   | 6327 | Invalid Settings for Payout (expected a number, found \"NaN\")",
            "payout        | '12.'   | 6327 | Invalid Settings for Payout (expected a number, found \"12.\")",
            "payout        | '.5'    | 6327 | Invalid Settings for Payout (expected a number, found \".5\")",
            "payout        | 'Infinity' | 6327 | Invalid Settings for Payout (expected a number, found \"Infinity\")",
            "payout        | '1" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                    + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                    + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                    + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                    + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
                    + "0000000000" + "0000000000' | 6327 | Invalid Settings for Payout (\"1000000000000000000000000000000000000000…\" is out of the range of a finite number)",
    })
    void numbersInStringsOtherThanPlainDecimalsAreTheFieldsInvalidCode(String field, String value, int code,
                                                                        String message) throws IOException {
        Bound b = bind("{'" + field + "': " + value + "}");
        String text = value.substring(1, value.length() - 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::line, Violation::column)
                .containsExactly(tuple(code, "/" + field, message, text, 1, field.length() + 6));
        assertThat(b.failed()).containsExactly("/" + field);
    }

    /**
     * Audit 7, brief 1.8 (every value reaches the API as text): a JSON integer where a list of ids is
     * expected is that list of one, as a number list's is. The getOfferById page types {@code id} as an
     * int ("a string of IDs" for several): {@code {"id": 11}} is {@code id=11} on the wire. Strict types
     * keep the type error.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "getOfferById          | {'id': 11, 'categories': 6}                             | 11 | 6",
            "setOfferAffiliateList | {'id': 12, 'approved_affiliate': 21, 'blocked_affiliate': 22} | 21 | 22",
            "getOfferReport        | {'offer': 5, 'affiliate': 7, 'from': '2024/01/01'}       | 5  | 7",
            "getOffersV2           | {'offer_ids': 5, 'advertiser_ids': 4}                   | 5  | 4",
            "setOffer              | {'categories': 6, 'name': 'x'}                          | 6  | x",
            "setOffer              | {'app_id': 284882215, 'name': 'x'}                      | 284882215 | x",
    })
    void aJsonIntegerWhereAnIdListIsExpectedIsThatListOfOne(String method, String json, String first, String second)
            throws Exception {
        Class<?> type = org.offerrules.validation.Request.ofMethod(method).orElseThrow().type();
        WireSchema schema = WireSchema.of(type);
        Bound b = bind(json, schema, false);

        assertThat(b.violations()).isEmpty();
        List<Object> values = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            Object value = c.getAccessor().invoke(b.offer());
            if (value instanceof String text) {
                values.add(text);
            }
        }
        assertThat(values).contains(first, second);
        assertThat(bind(json, schema, true).violations()).extracting(Violation::message)
                .allMatch(m -> m.endsWith("(expected a string, found an integer)")).isNotEmpty();
    }

    /**
     * A field that takes a string or an integer (numbers as text) says both in a type error; with strict
     * types it takes a string only, and says so.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "getOfferById   | {'id': 11.0}        | 6302  | /id         | Invalid Offer ID (expected a string or an integer, found a decimal number)",
            "getOfferById   | {'id': true}        | 6302  | /id         | Invalid Offer ID (expected a string or an integer, found a boolean)",
            "getOfferReport | {'status': [1]}     | 6910  | /status     | Please enter a number between 1 and 4 for status (expected a string or an integer, found an array)",
            "setOffer       | {'categories': 6.5} | 63992 | /categories | Invalid categories (expected a string or an integer, found a decimal number)",
    })
    void aFieldOfNumbersAsTextSaysItTakesAStringOrAnInteger(String method, String json, int code, String pointer,
                                                             String message) throws IOException {
        WireSchema schema = WireSchema.of(org.offerrules.validation.Request.ofMethod(method).orElseThrow().type());
        assertThat(bind(json, schema, false).violations()).extracting(Violation::codeNumber, Violation::pointer,
                Violation::message).containsExactly(tuple(code, pointer, message));
        assertThat(bind(json, schema, true).violations()).extracting(Violation::codeNumber, Violation::pointer,
                Violation::message).containsExactly(tuple(code, pointer, message.replace(" or an integer", "")));
    }

    /**
     * A free-text field takes a string only: a postal code, a phone or an account number is a string of
     * digits whose leading zeros count, and a JSON integer has lost them or may have (`"zipcode": 2134`
     * for 02134); docs/decisions/requests.md, "Free text is a string".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "setAdvertiser           | {'zipcode': 10001}       | /zipcode       | Invalid zipcode parameter.",
            "setAffiliateBaseInfo    | {'phone': 5551234}       | /phone         | Invalid phone parameter.",
            "setAffiliatePaymentInfo | {'check_zipcode': 2134}  | /check_zipcode | Invalid check_zipcode parameter.",
            "setOffer                | {'name': 12}             | /name          | Empty Offer Name",
    })
    void aFreeTextFieldTakesAStringOnly(String method, String json, String pointer, String message) throws IOException {
        WireSchema schema = WireSchema.of(org.offerrules.validation.Request.ofMethod(method).orElseThrow().type());
        assertThat(bind(json, schema, false).violations()).extracting(Violation::pointer, Violation::message)
                .containsExactly(tuple(pointer, message + " (expected a string, found an integer)"));
    }

    @Test
    void strictTypesReportANumberInAStringWithTheFieldsCode() throws IOException {
        Bound b = bind("{'advertiser_id': '12', 'payout': '1.5', 'name': 'x'}", WireSchema.OFFER, true);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::column)
                .containsExactly(
                        tuple(6306, "/advertiser_id", "Invalid Advertiser ID (expected an integer, found a string)", "12", 19),
                        tuple(6327, "/payout", "Invalid Settings for Payout (expected a number, found a string)", "1.5", 35));
        assertThat(((Offer) b.offer()).name()).isEqualTo("x");
        assertThat(((Offer) b.offer()).advertiserId()).isNull();
    }

    @Test
    void longFieldsTakeTheLongRange() throws IOException {
        WireSchema schema = WireSchema.of(GetConversions.class);
        Bound b = bind("{'from': 9223372036854775808, 'to': '-9223372036854775809'}", schema, false);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(
                        tuple(6808, "/from", "Timestamp out of range (9223372036854775808 is out of the range of a 64-bit integer)"),
                        tuple(6808, "/to", "Timestamp out of range (\"-9223372036854775809\" is out of the range of a 64-bit integer)"));
        assertThat(bind("{'from': 1.5, 'to': true}", schema, false).violations())
                .extracting(Violation::pointer, Violation::message)
                .containsExactly(tuple("/from", "Timestamp out of range (expected an integer, found a decimal number)"),
                        tuple("/to", "Timestamp out of range (expected an integer, found a boolean)"));
        assertThat(bind("{'from': -9223372036854775808}", schema, false).offer())
                .isEqualTo(new GetConversions(Long.MIN_VALUE, null));
    }

    // ------------------------------------------------------------------ every JSON type against every field kind

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // INT
            "ssl | true        | 6319 | Invalid SSL (expected an integer, found a boolean)                 | true",
            "ssl | false       | 6319 | Invalid SSL (expected an integer, found a boolean)                 | false",
            "ssl | 1.0         | 6319 | Invalid SSL (expected an integer, found a decimal number)          | 1.0",
            "ssl | 'x'         | 6319 | Invalid SSL (expected an integer, found \"x\")                       | x",
            "ssl | {'a': 1}    | 6319 | Invalid SSL (expected an integer, found an object)                 |",
            "ssl | [1]         | 6319 | Invalid SSL (expected an integer, found an array)                  |",
            "ssl | 2147483648  | 6319 | Invalid SSL (2147483648 is out of the range of a 32-bit integer)   | 2147483648",
            "ssl | -2147483649 | 6319 | Invalid SSL (-2147483649 is out of the range of a 32-bit integer)  | -2147483649",
            // DOUBLE
            "payout | true     | 6327 | Invalid Settings for Payout (expected a number, found a boolean)   | true",
            "payout | 'abc'    | 6327 | Invalid Settings for Payout (expected a number, found \"abc\")       | abc",
            "payout | []       | 6327 | Invalid Settings for Payout (expected a number, found an array)    |",
            "payout | {}       | 6327 | Invalid Settings for Payout (expected a number, found an object)   |",
            "payout | 1e999    | 6327 | Invalid Settings for Payout (1e999 is out of the range of a finite number) | 1e999",
            "payout | -1e999   | 6327 | Invalid Settings for Payout (-1e999 is out of the range of a finite number) | -1e999",
            // STRING
            "name | 12         | 6309 | Empty Offer Name (expected a string, found an integer)             | 12",
            "name | 1.5        | 6309 | Empty Offer Name (expected a string, found a decimal number)       | 1.5",
            "name | true       | 6309 | Empty Offer Name (expected a string, found a boolean)              | true",
            "name | ['a']      | 6309 | Empty Offer Name (expected a string, found an array)               |",
            "name | {'a': 'b'} | 6309 | Empty Offer Name (expected a string, found an object)              |",
            "status | 1        | 6303 | Invalid Offer Status (expected a string, found an integer)         | 1",
            // TIER_STRING
            "tier_payout | 5   | 6334 | Invalid Tier ID 5 (expected a string such as \"1:2.5,2:3\", found an integer) | 5",
            "tier_payout | ['1:2'] | 6334 | Invalid Tier ID null (expected a string such as \"1:2.5,2:3\", found an array) |",
            // COMPACT_ARRAY
            "geo_countries | 'US' | 6356 | Invalid GEO Country (expected an array of strings, found \"US\") | US",
            "geo_countries | {'0': 'US'} | 6356 | Invalid GEO Country (expected an array of strings, found an object) |",
            "device_rules | 1  | 6374 | Invalid device targeting rule (expected an array of strings, found an integer) | 1",
            // OBJECT_ARRAY
            "events | {'id': 1} | 6746 | Invalid event list (expected an array of objects, found an object) |",
            "events | 'x'      | 6746 | Invalid event list (expected an array of objects, found \"x\")     | x",
            "events | true     | 6746 | Invalid event list (expected an array of objects, found a boolean) | true",
    })
    void aValueOfTheWrongJsonTypeIsTheFieldsInvalidCodeAtItsValue(String field, String value, int code, String message,
                                                                  String rejected) throws IOException {
        // the field between two good ones: a skipped object or array leaves the parser where reading goes on
        Bound b = bind("{'id': 5, '" + field + "': " + value + ", 'advertiser_id': 9}");
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::severity, Violation::rejectedValue, Violation::line, Violation::column)
                .containsExactly(tuple(code, "/" + field, message, Severity.ERROR, rejected, 1, 15 + field.length()));
        assertThat(b.failed()).containsExactly("/" + field);
        Offer offer = (Offer) b.offer();
        assertThat(offer.id()).isEqualTo(5);
        assertThat(offer.advertiserId()).isEqualTo(9);
    }

    @Test
    void anElementOfTheWrongJsonTypeIsTheElementsCodeAtItsIndex() throws IOException {
        Bound b = bind("{'geo_countries': ['US', 1, ['x'], 'CA'], 'events': [{'id': 1}, 'x', {'id': 'two'}]}");
        assertThat(findings(b)).containsExactly(
                tuple(6356, "/geo_countries/1", 1, 26),
                tuple(6356, "/geo_countries/2", 1, 29),
                tuple(6746, "/events/1", 1, 65),
                tuple(6702, "/events/2/id", 1, 77));
        assertThat(b.violations()).extracting(Violation::message).containsExactly(
                "Invalid GEO Country (expected a string, found an integer)",
                "Invalid GEO Country (expected a string, found an array)",
                "Invalid event list (expected an object, found \"x\")",
                "Invalid offer event id (expected an integer, found \"two\")");
        assertThat(b.failed()).containsExactlyInAnyOrder("/geo_countries/1", "/geo_countries/2", "/events/1",
                "/events/2/id");
        Offer offer = (Offer) b.offer();
        assertThat(offer.geo().geoCountries()).containsExactly(GeoEntry.of("US"), null, null, GeoEntry.of("CA"));
        assertThat(offer.events()).extracting(e -> e == null ? null : e.id()).containsExactly(1, null, null);
    }

    // ------------------------------------------------------------------ unknown fields, duplicates

    @Test
    void anUnknownFieldIsA6820WarningWithTheNearestNameAndItsValueIsSkipped() throws IOException {
        Bound b = bind("{'nme': 'x', 'zzzzzzzz': {'a': [1, {'b': 2}]}, 'id': 3,"
                + " 'events': [{'e_tkm': 'a', 'id': 4}]}");
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::rejectedValue, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6820, "/nme", Severity.WARNING, "Invalid nme parameter. Unknown field; did you mean `name`?",
                                "nme", 1, 2),
                        tuple(6820, "/zzzzzzzz", Severity.WARNING, "Invalid zzzzzzzz parameter. Unknown field", "zzzzzzzz", 1, 14),
                        tuple(6820, "/events/0/e_tkm", Severity.WARNING,
                                "Invalid e_tkm parameter. Unknown field; did you mean `e_tkn`?", "e_tkm", 1, 69));
        assertThat(b.violations().get(0).arguments()).containsExactly(java.util.Map.entry("param_name", "nme"));
        // two transposed letters are two edits: more than a third of `name`, no suggestion
        assertThat(bind("{'nmae': 1}").violations()).extracting(Violation::message)
                .containsExactly("Invalid nmae parameter. Unknown field");
        assertThat(b.failed()).isEmpty();
        Offer offer = (Offer) b.offer();
        assertThat(offer.id()).isEqualTo(3);
        assertThat(offer.name()).isNull();
        assertThat(offer.events().get(0).id()).isEqualTo(4);
    }

    /**
     * The report pages (https://support.fuseclick.com/api/afn/reportmethods/2016/0808/289.html, 292, 314, 315) are
     * stored cut mid-list: a ck_ name past the cut is a switch like the listed ones, 0 or 1 (6910), never 6820.
     */
    @Test
    void aColumnSwitchPastThePagesCutIsCheckedAsTheListedOnes() throws IOException {
        WireSchema report = WireSchema.of(ReportQuery.class);
        Bound b = bind("{'page': 1, 'ck_payout': 1, 'ck_revenue': '0', 'ck_sub4': 2, 'ck_sub5': 'x', 'ck_sub5': 1,"
                + " 'ck-sub6': 1}", report, false);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::rejectedValue, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6910, "/ck_sub4", Severity.ERROR, "Please enter a number between 0 and 1 for ck_sub4", 2,
                                1, 59),
                        tuple(6910, "/ck_sub5", Severity.ERROR,
                                "Please enter a number between 0 and 1 for ck_sub5 (expected an integer, found \"x\")",
                                "x", 1, 73),
                        tuple(6055, "/ck_sub5", Severity.ERROR,
                                "Invalid json data: duplicate key `ck_sub5`; the first value is used", "ck_sub5", 1, 78),
                        tuple(6820, "/ck-sub6", Severity.WARNING,
                                "Invalid ck-sub6 parameter. Unknown field; did you mean `ck_sub1`?", "ck-sub6", 1, 92));
        assertThat(b.violations().get(0).arguments()).containsOnly(java.util.Map.entry("min", "0"),
                java.util.Map.entry("max", "1"), java.util.Map.entry("param_name", "ck_sub4"));
        // the record holds the listed columns only: the others are checked as they are read
        assertThat(((ReportQuery) b.offer()).columns()).isNull();
    }

    @Test
    void anUnknownNameOfAnotherRequestIsSuggestedFromItsOwnSchema() throws IOException {
        Bound b = bind("{'order_by': 'id', 'PAGE': 1}", WireSchema.of(ListPaging.class), false);
        assertThat(b.violations()).extracting(Violation::pointer, Violation::message).containsExactly(
                tuple("/order_by", "Invalid order_by parameter. Unknown field; did you mean `orderBy`?"),
                tuple("/PAGE", "Invalid PAGE parameter. Unknown field; did you mean `page`?"));
        assertThat(b.offer()).isEqualTo(new ListPaging(null, null, null));
    }

    @Test
    void aDuplicateKeyIs6055AndTheFirstValueIsUsed() throws IOException {
        Bound b = bind("{'id': 1, 'name': 'a', 'id': 2, 'x': 1, 'x': 2, 'events': [{'id': 3, 'id': {'deep': [1]}}],"
                + " 'status': 'Active'}");
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::line, Violation::column)
                .containsExactly(
                        tuple(6055, "/id", Severity.ERROR, "Invalid json data: duplicate key `id`; the first value is used", 1, 24),
                        tuple(6820, "/x", Severity.WARNING, "Invalid x parameter. Unknown field", 1, 33),
                        tuple(6055, "/x", Severity.ERROR, "Invalid json data: duplicate key `x`; the first value is used", 1, 41),
                        tuple(6055, "/events/0/id", Severity.ERROR,
                                "Invalid json data: duplicate key `id`; the first value is used", 1, 70));
        Offer offer = (Offer) b.offer();
        assertThat(offer.id()).isEqualTo(1);
        assertThat(offer.events().get(0).id()).isEqualTo(3);
        assertThat(offer.status()).isEqualTo("Active");
        // a duplicate of a null value: null was the first value
        Bound nullFirst = bind("{'name': null, 'name': 'b'}");
        assertThat(((Offer) nullFirst.offer()).name()).isNull();
        assertThat(findings(nullFirst)).containsExactly(tuple(6055, "/name", 1, 16));
    }

    // ------------------------------------------------------------------ roots, broken JSON, limits

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[{'id': 1}]  | an array     | END_ARRAY",
            "'offer'      | a string     | VALUE_STRING",
            "12           | an integer   | VALUE_NUMBER_INT",
            "1.5          | a decimal number | VALUE_NUMBER_FLOAT",
            "true         | a boolean    | VALUE_TRUE",
            "null         | null         | VALUE_NULL",
    })
    void aRootOtherThanAnObjectIsOne6055AndItsValueIsSkipped(String json, String found, Token left) throws IOException {
        TestJson p = TestJson.started(json(json));
        Bound b = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, false);
        assertThat(b.offer()).isNull();
        assertThat(b.locations()).isNull();
        assertThat(b.broken()).isFalse();
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::line, Violation::column)
                .containsExactly(tuple(6055, "", "Invalid json data: expected an offer object, found " + found, 1, 1));
        assertThat(p.current()).isEqualTo(left);
    }

    @Test
    void anEmptyInputIsOne6055AtItsEnd() throws IOException {
        TestJson p = TestJson.started("\n  ");
        Bound b = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, false);
        assertThat(findings(b)).containsExactly(tuple(6055, "", 2, 3));
        assertThat(b.violations().get(0).message()).isEqualTo("Invalid json data: expected an offer object, found the end of the input");
    }

    @Test
    void brokenJsonEndsTheDocumentAt6055WithTheFirstLineOfTheParsersMessage() throws IOException {
        Bound b = bind("{'ssl': true,\n 'id': }");
        assertThat(b.broken()).isTrue();
        assertThat(b.truncated()).isFalse();
        assertThat(b.offer()).isNull();
        assertThat(b.locations()).isNull();
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::line, Violation::column)
                .containsExactly(
                        tuple(6319, "/ssl", "Invalid SSL (expected an integer, found a boolean)", 1, 9),
                        tuple(6055, "", "Invalid json data: Unexpected character ('}' (code 125)): expected a valid value",
                                2, 8));
    }

    @Test
    void anInputThatEndsInsideTheDocumentIsTruncated() throws IOException {
        Bound b = bind("{'id': 1,");
        assertThat(b.broken()).isTrue();
        assertThat(b.truncated()).isTrue();
        assertThat(findings(b)).containsExactly(tuple(6055, "", 1, 10));
        assertThat(b.violations().get(0).message())
                .isEqualTo("Invalid json data: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void lineBaseShiftsEveryPosition() throws IOException {
        TestJson p = TestJson.started(json("{'ssl': 'yes',\n 'nmae': 1, 'id': }"));
        Bound b = Binder.bind(p, 40, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, false);
        assertThat(findings(b)).containsExactly(tuple(6319, "/ssl", 41, 9), tuple(6820, "/nmae", 42, 2),
                tuple(6055, "", 42, 19));
    }

    @Test
    void aDocumentLongerThanTheLimitEndsAtTheFirstValueBeyondIt() throws IOException {
        TestJson p = TestJson.started(json("{'name': 'aaaaaaaaaaaaaaaaaaaaaaaa', 'ssl': true, 'id': 1}"));
        Bound b = Binder.bind(p, 0, 30, Columns.CHARS, false);
        assertThat(b.broken()).isTrue();
        assertThat(b.truncated()).isFalse();
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::message, Violation::line, Violation::column)
                .containsExactly(tuple(6055, "Invalid json data: Document length exceeds the maximum allowed (30, from the"
                        + " offer reader's limits)", 1, 45));
        // the limit counts from the document's own start, not from the input's
        TestJson second = TestJson.started(json("{}                                        {'name': 'abc', 'id': 1}"));
        Binder.bind(second, 0, 30, Columns.CHARS, false);
        second.next();
        Bound within = Binder.bind(second, 0, 30, Columns.CHARS, false);
        assertThat(within.violations()).isEmpty();
        assertThat(within.offer()).isEqualTo(Offer.builder().name("abc").id(1).build());
    }

    @Test
    void theByteTokenizerKeepsTheLengthLimitWhenItsInputIsLongerThanTheLimit() throws IOException {
        // the byte source knows how long its input is: within the limit it checks nothing per token,
        // beyond it the document ends at the same value as with a parser
        byte[] bytes = json("{'name': 'aaaaaaaaaaaaaaaaaaaaaaaa', 'ssl': true, 'id': 1}").getBytes(StandardCharsets.UTF_8);
        ByteSource beyond = new ByteSource(bytes, 0, bytes.length);
        beyond.next();
        Bound b = Binder.bind(beyond, 0, 30, Columns.utf8(bytes, 0, bytes.length, 0), false);
        assertThat(b.broken()).isTrue();
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::message, Violation::line, Violation::column)
                .containsExactly(tuple(6055, "Invalid json data: Document length exceeds the maximum allowed (30, from the"
                        + " offer reader's limits)", 1, 45));
        ByteSource within = new ByteSource(bytes, 0, bytes.length);
        within.next();
        Bound whole = Binder.bind(within, 0, bytes.length, Columns.utf8(bytes, 0, bytes.length, 0), false);
        assertThat(whole.violations()).extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6319, "/ssl"));
    }

    @Test
    void aParsersLimitEndsTheDocumentAtItsPosition() throws IOException {
        String deep = "[".repeat(32) + "]".repeat(32);
        Bound b = bind("{'id': 1, 'x': " + deep + "}");
        assertThat(findings(b)).containsExactly(tuple(6820, "/x", 1, 11), tuple(6055, "", 1, 47));
        assertThat(b.violations().get(1).message())
                .isEqualTo("Invalid json data: Document nesting depth (33) exceeds the maximum allowed (32)");
        // one level less is read, and skipped as an unknown field's value
        Bound ok = bind("{'id': 1, 'x': " + "[".repeat(31) + "]".repeat(31) + "}");
        assertThat(findings(ok)).containsExactly(tuple(6820, "/x", 1, 11));
    }

    @Test
    void afterTheFindingsCapTheRestIsCountedInOneLastFinding() throws IOException {
        String elements = String.join(",", Collections.nCopies(ReadLimits.MAX_VIOLATIONS + 5, "1"));
        Bound b = bind("{'geo_countries': [" + elements + "], 'ssl': 2.5}");
        List<Violation> v = b.violations();
        assertThat(v).hasSize(ReadLimits.MAX_VIOLATIONS + 1);
        assertThat(v.get(0)).extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                .containsExactly(6356, "/geo_countries/0", 20);
        assertThat(v.get(999)).extracting(Violation::codeNumber, Violation::pointer, Violation::column)
                .containsExactly(6356, "/geo_countries/999", 2018);
        // six more: elements 1000 to 1004 and the ssl, counted at the first of them
        assertThat(v.get(1000)).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::line, Violation::column)
                .containsExactly(6055, "", "Invalid json data: 6 more problems were found from here on and not reported",
                        1, 2020);
        assertThat(b.failed()).hasSize(ReadLimits.MAX_VIOLATIONS + 6);
        assertThat(b.broken()).isFalse();
    }

    // ------------------------------------------------------------------ positions

    @Test
    void columnsOfAByteParserAreConvertedToUtf16Units() throws IOException {
        String json = json("{'name': 'é🎉', 'ssl': true,\r\n 'description': '日本', 'id': 'x'}");
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TestJson p = TestJson.bytes(bytes, 0, bytes.length);
        p.next();
        Bound b = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.utf8(bytes, 0, bytes.length, 0), false);
        // by the parser's count: 'true' at byte 27, 'x' at byte 33 of line 2
        assertThat(findings(b)).containsExactly(tuple(6319, "/ssl", 1, 24), tuple(6302, "/id", 2, 29));
        assertThat(((Offer) b.offer()).name()).isEqualTo("é🎉");
        assertThat(((Offer) b.offer()).description()).isEqualTo("日本");
    }

    @Test
    void locationsPlaceEveryBoundValue() throws IOException {
        Bound b = bind("{'id': 1,\n 'geo_countries': ['US', 'CA'],\n 'events': [{'id': 1},\n  {'e_tkn': 'a', 'id': 2}]}");
        Locations at = b.locations();
        assertThat(position(at, "")).isEqualTo(tuple(1, 1));
        assertThat(position(at, "/id")).isEqualTo(tuple(1, 8));
        assertThat(position(at, "/name")).isEqualTo(tuple(1, 1));              // absent: the object's brace
        assertThat(position(at, "/geo_countries")).isEqualTo(tuple(2, 19));
        assertThat(position(at, "/geo_countries/1")).isEqualTo(tuple(2, 26));
        assertThat(position(at, "/geo_countries/5")).isEqualTo(tuple(2, 19));  // no such element: the list
        assertThat(position(at, "/events/1")).isEqualTo(tuple(4, 3));
        assertThat(position(at, "/events/1/id")).isEqualTo(tuple(4, 24));
        assertThat(position(at, "/events/1/event_name")).isEqualTo(tuple(4, 3));
        assertThat(position(at, "/events/0/e_tkn")).isEqualTo(tuple(3, 13));
        assertThat(position(at, "/nope/1")).isEqualTo(tuple(1, 1));
    }

    // ------------------------------------------------------------------ the shared 6055 builders

    @Test
    void invalidJsonOfASyntaxExceptionUsesItsFirstLineAndShiftsItsLine() {
        WireSyntaxException e = new WireSyntaxException("Unexpected character ('x')\n at [Source: x; line: 1]", 3, 7, false);
        Violation v = Binder.invalidJson(e, 10, Columns.CHARS);
        assertThat(v).extracting(Violation::codeNumber, Violation::pointer, Violation::message, Violation::severity,
                        Violation::line, Violation::column)
                .containsExactly(6055, "", "Invalid json data: Unexpected character ('x')", Severity.ERROR, 13, 7);
        // outside any document a position before the start is the start
        assertThat(Binder.invalidJson("no JSON document in the input", 0, -4))
                .extracting(Violation::line, Violation::column, Violation::message)
                .containsExactly(1, 1, "Invalid json data: no JSON document in the input");
    }

    @Test
    void anUnrecognizedTokenInBytesIsPlacedAtItsStart() {
        byte[] bytes = json("{'name': 'é', 'id': nope}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a byte parser reports it after the token: at byte 26, the '}'
        WireSyntaxException e = new WireSyntaxException("Unrecognized token 'nope': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')", 1, 26, false);
        Violation v = Binder.invalidJson(e, 0, Columns.utf8(bytes, 0, bytes.length, 0));
        assertThat(v.column()).isEqualTo(21);
    }

    @Test
    void malformedUtf8IsReportedAsSuchWhateverTheParserSaid() {
        byte[] bytes = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '"', '}'};
        WireSyntaxException e = new WireSyntaxException("Invalid UTF-8 middle byte 0xff", 1, 13, false);
        Violation v = Binder.invalidJson(e, 0, Columns.utf8(bytes, 0, bytes.length, 0));
        assertThat(v).extracting(Violation::message, Violation::line, Violation::column)
                .containsExactly("Invalid json data: Invalid UTF-8 in the input", 1, 11);
    }

    @Test
    void describeNamesEveryToken() {
        assertThat(Binder.describe(null)).isEqualTo("the end of the input");
        assertThat(Binder.describe(Token.END_OBJECT)).isEqualTo("END_OBJECT");
        assertThat(Binder.describe(Token.FIELD_NAME)).isEqualTo("FIELD_NAME");
        assertThat(Binder.describe(Token.VALUE_FALSE)).isEqualTo("a boolean");
        assertThat(Binder.quoted("x".repeat(41))).isEqualTo("\"" + "x".repeat(40) + "…\"");
        assertThat(Binder.quoted("x".repeat(40))).isEqualTo("\"" + "x".repeat(40) + "\"");
    }

    // ------------------------------------------------------------------ helpers

    /** {@code json} with single quotes for double quotes. */
    static String json(String json) {
        return json.replace('\'', '"');
    }

    static Bound bind(String json) throws IOException {
        return bind(json, WireSchema.OFFER, false);
    }

    static Bound bind(String json, WireSchema schema, boolean strict) throws IOException {
        TestJson p = TestJson.started(json(json));
        Bound b = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, Columns.CHARS, strict, schema);
        if (!b.broken()) {
            assertThat(p.current()).as("the parser is left on the document's last token")
                    .isEqualTo(b.offer() == null ? p.current() : Token.END_OBJECT);
        }
        return b;
    }

    private static Offer offer(String json) throws IOException {
        Bound b = bind(json);
        assertThat(b.violations()).isEmpty();
        return (Offer) b.offer();
    }

    static List<Tuple> findings(Bound b) {
        return b.violations().stream().map(v -> tuple(v.codeNumber(), v.pointer(), v.line(), v.column())).toList();
    }

    private static Tuple position(Locations locations, String pointer) {
        long at = locations.resolve(pointer);
        return tuple(Locations.line(at), Locations.column(at));
    }
}
