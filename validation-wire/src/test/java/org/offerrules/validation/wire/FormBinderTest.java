package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.Payout;
import org.offerrules.validation.model.Revenue;

/**
 * The form binder alone: literal {@code a=b&c[0]=d} bodies, the literal records they bind to and the
 * literal findings (code, pointer, line, column) they give. Columns are 1-based UTF-16 units of the raw body.
 */
class FormBinderTest {

    /** The vendor's V2 example body ({@code setOffer-v2-example.form} of the domain brief's fixtures), verbatim. */
    static final String VENDOR_EXAMPLE = "expire_date=2019%2F10%2F10&price_model=CPA%2BCPS&preview_url=http%3A%2F%2Fwww."
            + "test.com&ssl=0&type=Mobile&currency=2&payout=1.12345&force_unique=1&description=Description12345678901234"
            + "5678901234567890123&name=Offer_New_005&revenue_percent=20.1234&revenue_type=RPA&secondary_offer=2&revenue"
            + "=2.23456&conversion_point=DOI&restriction=Restriction12345678901234567890123456789012345&status=Active&tr"
            + "acking_protocol=iFrame+Pixel&advertiser_id=1&url=http%3A%2F%2Fwww.test.com%3Ftid%3D%7BTID%7D&hide_referr"
            + "er=0&session_lifespan=2+Weeks&access_type=Public&payout_percent=10.1234&payout_type=CPA%2BCPS&need_secur"
            + "ity_token=0&geo_targeting=1&geo_type=1&geo_enforce=1&geo_redirect_type=1&geo_redirect_target_id=2&geo_co"
            + "untries[0]=US%3A1%3ATX&geo_countries[1]=CA%3A0%3ABC%3BNT%3BNU&device_targeting=1&device_redirect_offer_"
            + "id=1&device_rules[0]=0%3ADevice+Brand%3AASUS%3BBlackBerry&device_rules[1]=1%3AOS%3AiOS%3BWindows+phone&"
            + "has_cap_limit=1&cap_type=Budget&cap_overall_limit=4&cap_interval=Monthly&cap_interval_limit=3&cap_affili"
            + "ate_overall_limit=2&cap_affiliate_interval=Weekly&cap_affiliate_interval_limit=1&app_id=appid_packagena"
            + "me&categories=6%2C7";

    @Test
    void theVendorsExampleBindsFieldForField() {
        Bound b = FormBinder.bind(VENDOR_EXAMPLE, 1);
        assertThat(b.violations()).isEmpty();
        Offer offer = (Offer) b.offer();
        assertThat(offer.payoutTerms()).isEqualTo(new Payout("CPA+CPS", 1.12345, 10.1234));
        assertThat(offer.revenueTerms()).isEqualTo(new Revenue("RPA", 2.23456, 20.1234));
        assertThat(offer.caps()).isEqualTo(new Caps(1, "Budget", 4.0, "Monthly", 3.0, 2.0, "Weekly", 1.0, null));
        assertThat(offer.geo()).isEqualTo(new GeoTargeting(1, 1, List.of(GeoEntry.include("US", "TX"),
                GeoEntry.exclude("CA", "BC", "NT", "NU")), 1, 1, 2));
        assertThat(offer.device()).isEqualTo(new DeviceTargeting(1, List.of(DeviceRule.exclude("Device Brand", "ASUS",
                "BlackBerry"), DeviceRule.include("OS", "iOS", "Windows phone")), 1));
        assertThat(offer.tiers()).isNull();
        assertThat(offer.events()).isNull();
        assertThat(List.of(offer.expireDate(), offer.priceModel(), offer.previewUrl(), offer.type(), offer.name(),
                offer.conversionPoint(), offer.status(), offer.trackingProtocol(), offer.url(), offer.sessionLifespan(),
                offer.accessType(), offer.appId(), offer.categories())).containsExactly("2019/10/10", "CPA+CPS",
                "http://www.test.com", "Mobile", "Offer_New_005", "DOI", "Active", "iFrame Pixel",
                "http://www.test.com?tid={TID}", "2 Weeks", "Public", "appid_packagename", "6,7");
        assertThat(List.of(offer.ssl(), offer.currency(), offer.forceUnique(), offer.secondaryOffer(),
                offer.advertiserId(), offer.hideReferrer(), offer.needSecurityToken())).containsExactly(0, 2, 1, 2, 1, 0, 0);
        assertThat(offer.description()).isEqualTo("Description123456789012345678901234567890123");
        assertThat(offer.restriction()).isEqualTo("Restriction12345678901234567890123456789012345");
    }

    /** Domain brief 1.8: the vendor's V2 example reads with exactly one finding, 63993 at {@code /app_id}. */
    @Test
    void theVendorsExampleHasOneFindingAtTheAppIdParameter() {
        Outcome outcome = Results.finish(FormBinder.bind(VENDOR_EXAMPLE, 3), OfferValidator.create(),
                ValidationMode.CREATE, true);
        assertThat(outcome.report().violations()).extracting(Violation::codeNumber, Violation::pointer,
                        Violation::line, Violation::column)
                .containsExactly(tuple(63993, "/app_id", 3, VENDOR_EXAMPLE.indexOf("app_id=") + 1));
    }

    @Test
    void bindsEveryFieldKindAndNestedEvents() {
        Bound b = FormBinder.bind("id=7&name=Summer+Sale&status=Active&currency=1&cap_type=Budget&cap_overall_limit=100"
                + "&geo_countries[0]=US&geo_countries[1]=CA%3A0%3ABC%3BNT&device_rules[0]=1:OS:iOS&enable_payout_tier=1"
                + "&tier_payout=1:2.5,2:3&events[0][id]=1&events[0][e_tkn]=install&events[0][pre_event_id]=-1"
                + "&events[0][payout]=1&events[1][event_name]=Sale&events[1][id]=2", 1);

        assertThat(b.violations()).isEmpty();
        assertThat(b.offer()).isEqualTo(BinderTest.everyKind("Summer Sale", BinderTest.INSTALL,
                new Event(2, null, "Sale", null, null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void bracketsMayBePercentEncodedAndValuesAreDecoded() {
        Offer offer = offer("geo_countries%5B0%5D=US&events%5B0%5D%5Bid%5D=4&name=a+b%20c%2B&description=%E6%97%A5%E6%9C%AC"
                + "&restriction=日本");
        assertThat(offer.geo().geoCountries()).containsExactly(GeoEntry.of("US"));
        assertThat(offer.events()).extracting(Event::id).containsExactly(4);
        assertThat(offer.name()).isEqualTo("a b c+");
        assertThat(offer.description()).isEqualTo("日本");
        assertThat(offer.restriction()).isEqualTo("日本");
    }

    @Test
    void emptyListsAndNullElementsHaveTheirOwnForms() {
        Offer offer = offer("events=&device_rules=&geo_countries[0]=US&geo_countries[1]=&tier_payout=");
        assertThat(offer.events()).isEmpty();
        assertThat(offer.device().deviceRules()).isEmpty();
        assertThat(offer.geo().geoCountries()).containsExactly(GeoEntry.of("US"), null);
        assertThat(offer.tiers().tierPayout()).isEmpty();

        Offer nullEvent = offer("events[0][id]=1&events[1]=&events[2][id]=3");
        assertThat(nullEvent.events()).hasSize(3);
        assertThat(nullEvent.events().get(1)).isNull();
        assertThat(nullEvent.events().get(2).id()).isEqualTo(3);
        // `events[0]=` beside the element's own fields adds nothing
        assertThat(offer("events[0]=&events[0][id]=5").events()).extracting(Event::id).containsExactly(5);
        // `events=` beside indexed ones adds nothing either
        assertThat(offer("events=&events[0][id]=5").events()).extracting(Event::id).containsExactly(5);
    }

    @Test
    void emptyPartsOfTheBodyCarryNothing() {
        assertThat(offer("")).isEqualTo(Offer.builder().build());
        assertThat(offer("&&id=1&&ssl=0&")).isEqualTo(Offer.builder().id(1).ssl(0).build());
        // a name without `=` is the name with an empty value
        assertThat(FormBinder.bind("name", 1).violations()).isEmpty();
        assertThat(((Offer) FormBinder.bind("name", 1).offer()).name()).isEmpty();
    }

    @Test
    void otherRequestTypesBindThroughTheirOwnSchema() {
        assertThat(FormBinder.bind("page=2&limit=500&orderBy=id", 1, WireSchema.of(ListPaging.class)).offer())
                .isEqualTo(new ListPaging(2, 500, "id"));
        Bound b = FormBinder.bind("from=9223372036854775808&to=-5", 1, WireSchema.of(GetConversions.class));
        assertThat(b.offer()).isEqualTo(new GetConversions(null, -5L));
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(tuple(6808, "/from",
                        "Timestamp out of range (\"9223372036854775808\" is out of the range of a 64-bit integer)"));
    }

    // ------------------------------------------------------------------ numbers

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "advertiser_id=abc        | 6306 | /advertiser_id | Invalid Advertiser ID (expected an integer, found \"abc\")",
            "advertiser_id=1.0        | 6306 | /advertiser_id | Invalid Advertiser ID (expected an integer, found \"1.0\")",
            "advertiser_id=%2B1       | 6306 | /advertiser_id | Invalid Advertiser ID (expected an integer, found \"+1\")",
            "advertiser_id=+1         | 6306 | /advertiser_id | Invalid Advertiser ID (expected an integer, found \" 1\")",
            "advertiser_id=2147483648 | 6306 | /advertiser_id | Invalid Advertiser ID (\"2147483648\" is out of the range of a 32-bit integer)",
            "advertiser_id=99999999999999999999 | 6306 | /advertiser_id | Invalid Advertiser ID (\"99999999999999999999\" is out of the range of a 32-bit integer)",
            "ssl=                     | 6319 | /ssl           | Invalid SSL (expected an integer, found an empty value)",
            "payout=1e3               | 6327 | /payout        | Invalid Settings for Payout (expected a number, found \"1e3\")",
            "payout=NaN               | 6327 | /payout        | Invalid Settings for Payout (expected a number, found \"NaN\")",
            "payout=-.5               | 6327 | /payout        | Invalid Settings for Payout (expected a number, found \"-.5\")",
            "cap_overall_limit=0x10   | 6340 | /cap_overall_limit | Invalid Overall CAP (expected a number, found \"0x10\")",
    })
    void numbersAreReadOnlyInPlainDecimalNotation(String body, int code, String pointer, String message) {
        Bound b = FormBinder.bind(body, 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::severity, Violation::line, Violation::column)
                .containsExactly(tuple(code, pointer, message, Severity.ERROR, 1, 1));
        assertThat(b.failed()).containsExactly(pointer);
    }

    /** A ck_ name past the report pages' cut (289, 292, 314, 315) is a column switch in a form body too: 0 or 1. */
    @Test
    void aColumnSwitchPastThePagesCutIsCheckedAsTheListedOnes() {
        Bound b = FormBinder.bind("page=1&ck_payout=1&ck_sub4=2&ck_sub5=x&ck_payout=0&ck_x[0]=1", 1,
                WireSchema.of(ReportQuery.class));
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(
                        tuple(6910, "/ck_sub4", "Please enter a number between 0 and 1 for ck_sub4"),
                        tuple(6910, "/ck_sub5", "Please enter a number between 0 and 1 for ck_sub5 (expected an integer, "
                                + "found \"x\")"),
                        tuple(6910, "/ck_payout", "Please enter a number between 0 and 1 for ck_payout (`ck_payout` is "
                                + "given more than once; the first value is used)"),
                        tuple(6910, "/ck_x", "Please enter a number between 0 and 1 for ck_x (expected one value, found "
                                + "the parameter `ck_x[0]`)"));
    }

    @Test
    void aLongNumberOfDoublesIsOutOfRangeWhenItIsNotFinite() {
        String huge = "1" + "0".repeat(400);
        Bound b = FormBinder.bind("payout=" + huge + "&revenue=-0&payout_percent=00012.50", 1);
        assertThat(b.violations()).extracting(Violation::pointer, Violation::message).containsExactly(tuple("/payout",
                "Invalid Settings for Payout (\"1" + "0".repeat(39) + "…\" is out of the range of a finite number)"));
        Offer offer = (Offer) b.offer();
        assertThat(offer.revenueTerms().revenue()).isEqualTo(-0.0);
        assertThat(offer.payoutTerms().payoutPercent()).isEqualTo(12.5);
    }

    // ------------------------------------------------------------------ repeats, shapes, indexes

    @Test
    void aRepeatedPlainParameterIsTheFieldsCodeAtTheSecondAndTheFirstIsUsed() {
        Bound b = FormBinder.bind("ssl=1&name=a&ssl=0", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::column)
                .containsExactly(tuple(6319, "/ssl", "Invalid SSL (`ssl` is given more than once; the first value is used)",
                        "0", 14));
        assertThat(((Offer) b.offer()).ssl()).isEqualTo(1);
        assertThat(b.failed()).isEmpty();
    }

    @Test
    void anIndexedNameForAPlainFieldIsItsCode() {
        Bound b = FormBinder.bind("id=2&ssl[0]=1&name[a]=x", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::column)
                .containsExactly(
                        tuple(6319, "/ssl", "Invalid SSL (expected one value, found the parameter `ssl[0]`)", 6),
                        tuple(6309, "/name", "Empty Offer Name (expected one value, found the parameter `name[a]`)", 15));
        assertThat(b.failed()).containsExactly("/name", "/ssl"); // bound in schema order
        assertThat(((Offer) b.offer()).ssl()).isNull();
        // and a well-formed one beside it binds
        Bound both = FormBinder.bind("ssl[0]=1&ssl=0", 1);
        assertThat(((Offer) both.offer()).ssl()).isZero();
        assertThat(both.failed()).isEmpty();
        assertThat(findings(both)).containsExactly(tuple(6319, "/ssl", 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "geo_countries=US       | Invalid GEO Country (expected indexed parameters such as `geo_countries[0]`, found `geo_countries`)",
            "geo_countries[x]=US    | Invalid GEO Country (`geo_countries[x]`: an index is a number from 0 to 9999)",
            "geo_countries[01]=US   | Invalid GEO Country (`geo_countries[01]`: an index is a number from 0 to 9999)",
            "geo_countries[10000]=US | Invalid GEO Country (`geo_countries[10000]`: an index is a number from 0 to 9999)",
            "geo_countries[]=US     | Invalid GEO Country (`geo_countries[]`: an index is a number from 0 to 9999)",
            "geo_countries[-1]=US   | Invalid GEO Country (`geo_countries[-1]`: an index is a number from 0 to 9999)",
            "geo_countries[0][1]=US | Invalid GEO Country (expected indexed parameters such as `geo_countries[0]`, found `geo_countries[0][1]`)",
            "geo_countries[0]x=US   | Invalid GEO Country (expected indexed parameters such as `geo_countries[0]`, found `geo_countries[0]x`)",
            "geo_countries[0=US     | Invalid GEO Country (expected indexed parameters such as `geo_countries[0]`, found `geo_countries[0`)",
    })
    void aListParameterOfTheWrongShapeIsTheListsCodeAtTheList(String body, String message) {
        Bound b = FormBinder.bind(body, 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::column)
                .containsExactly(tuple(6356, "/geo_countries", message, 1));
        assertThat(b.failed()).containsExactly("/geo_countries");
        assertThat(((Offer) b.offer()).geo()).isNull();
    }

    @Test
    void theHighestIndexIsRead() {
        Offer offer = offer(IntStream.rangeClosed(0, FormBinder.MAX_INDEX).mapToObj(i -> "geo_countries[" + i + "]=FR")
                .collect(Collectors.joining("&")));
        assertThat(offer.geo().geoCountries()).hasSize(10_000).allMatch(e -> e.equals(GeoEntry.of("FR")));
    }

    @Test
    void aGapIsReportedOnceAtItsFirstIndexAndPlacedAtTheParameterAfterIt() {
        Bound b = FormBinder.bind("geo_countries[0]=US&geo_countries[3]=CA&device_rules[1]=1:OS:iOS", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::column)
                .containsExactly(
                        tuple(6356, "/geo_countries/1", "Invalid GEO Country (`geo_countries[1]` to `geo_countries[2]` are"
                                + " missing: indexes count from 0 without gaps)", 21),
                        tuple(6374, "/device_rules/0", "Invalid device targeting rule (`device_rules[0]` is missing:"
                                + " indexes count from 0 without gaps)", 41));
        Offer offer = (Offer) b.offer();
        assertThat(offer.geo().geoCountries()).containsExactly(GeoEntry.of("US"), null, null, GeoEntry.of("CA"));
        assertThat(offer.device().deviceRules()).containsExactly(null, DeviceRule.include("OS", "iOS"));
        assertThat(b.failed()).containsExactly("/geo_countries/1", "/geo_countries/2", "/device_rules/0");
    }

    @Test
    void indexesMayComeInAnyOrder() {
        assertThat(offer("geo_countries[2]=DE&geo_countries[0]=US&geo_countries[1]=CA").geo().geoCountries())
                .containsExactly(GeoEntry.of("US"), GeoEntry.of("CA"), GeoEntry.of("DE"));
        assertThat(offer("events[1][id]=2&events[0][id]=1").events()).extracting(Event::id).containsExactly(1, 2);
    }

    @Test
    void aRepeatedIndexIsTheElementsCodeAtTheSecondAndTheFirstIsUsed() {
        Bound b = FormBinder.bind("device_rules[0]=1:OS:iOS&device_rules[0]=0:OS:Android", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::column)
                .containsExactly(tuple(6374, "/device_rules/0", "Invalid device targeting rule (`device_rules[0]` is given"
                        + " more than once; the first value is used)", "0:OS:Android", 26));
        assertThat(((Offer) b.offer()).device().deviceRules()).containsExactly(DeviceRule.include("OS", "iOS"));
    }

    @Test
    void anEventGivenAsOneValueIsTheListsCodeAtTheElement() {
        Bound b = FormBinder.bind("events[0]=Install&events[1][id]=2", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::column)
                .containsExactly(tuple(6746, "/events/0", "Invalid event list (expected the element's fields as parameters"
                        + " such as `events[0][id]`)", "Install", 1));
        assertThat(((Offer) b.offer()).events()).hasSize(2);
        assertThat(((Offer) b.offer()).events().get(0)).isNull();
        // the gap it leaves is not reported a second time
        assertThat(b.failed()).containsExactly("/events/0", "/events/0");

        Bound only = FormBinder.bind("events[0]=Install", 1);
        assertThat(((Offer) only.offer()).events()).isNull();
        assertThat(only.failed()).containsExactly("/events/0", "/events");
    }

    @Test
    void anEventParameterOfTheWrongShapeIsTheListsCode() {
        Bound b = FormBinder.bind("events[x][id]=1&events[0][id]=2&events=3", 1);
        assertThat(b.violations()).extracting(Violation::pointer, Violation::message, Violation::column).containsExactly(
                tuple("/events", "Invalid event list (`events[x][id]`: an index is a number from 0 to 9999)", 1),
                tuple("/events", "Invalid event list (expected indexed parameters such as `events[0][id]`, found"
                        + " `events`)", 33));
        assertThat(((Offer) b.offer()).events()).extracting(Event::id).containsExactly(2);
    }

    @Test
    void eventFieldsHaveTheirOwnCodesAndUnknownNames() {
        Bound b = FormBinder.bind("events[0][id]=x&events[0][e_tkm]=a&events[0][e_tkm]=b&events[0][status]=1&"
                + "events[0][status]=0", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::column)
                .containsExactly(
                        tuple(6702, "/events/0/id", Severity.ERROR, "Invalid offer event id (expected an integer, found \"x\")", 1),
                        tuple(6820, "/events/0/e_tkm", Severity.WARNING,
                                "Invalid e_tkm parameter. Unknown parameter; did you mean `e_tkn`?", 17),
                        tuple(6712, "/events/0/status", Severity.ERROR,
                                "Invalid Status Parameter (`events[0][status]` is given more than once; the first value is"
                                        + " used)", 75));
        assertThat(((Offer) b.offer()).events().get(0).status()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ unknown names, percent-encoding

    @Test
    void anUnknownNameIsOneWarningAtItsFirstNameHoweverOftenItIsGiven() {
        Bound b = FormBinder.bind("foo=1&nme=x&foo=2&foo[0]=3&id=1", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::column)
                .containsExactly(
                        tuple(6820, "/foo", Severity.WARNING, "Invalid foo parameter. Unknown parameter", 1),
                        tuple(6820, "/nme", Severity.WARNING,
                                "Invalid nme parameter. Unknown parameter; did you mean `name`?", 7));
        assertThat(((Offer) b.offer()).id()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "name=%ZZabc    | %ZZabc | Empty Offer Name (malformed percent-encoding `%ZZ` at column 6)",
            "name=abc%      | abc%   | Empty Offer Name (malformed percent-encoding `%` at column 9)",
            "name=ab%4      | ab%4   | Empty Offer Name (malformed percent-encoding `%4` at column 8)",
            // a character past U+FFFF is quoted whole, not half of it (its high surrogate, "?" in a report)
            "name=ab%4\uD83C\uDF89x | ab%4\uD83C\uDF89x | Empty Offer Name (malformed percent-encoding `%4\uD83C\uDF89` at column 8)",
            "name=%C3       | %C3    | Empty Offer Name (percent-encoded bytes that are not UTF-8 before column 9)",
            "name=%C3x      | %C3x   | Empty Offer Name (percent-encoded bytes that are not UTF-8 before column 9)",
            "name=%FF%FE+   | %FF%FE+ | Empty Offer Name (percent-encoded bytes that are not UTF-8 before column 12)",
    })
    void aBrokenEscapeInAValueIsTheFieldsCode(String body, String rejected, String message) {
        Bound b = FormBinder.bind(body, 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::rejectedValue, Violation::column)
                .containsExactly(tuple(6309, "/name", message, rejected, 1));
        assertThat(b.failed()).containsExactly("/name");
        assertThat(((Offer) b.offer()).name()).isNull();
    }

    @Test
    void aBrokenEscapeInAListElementIsTheElementsCode() {
        Bound b = FormBinder.bind("geo_countries[0]=US&geo_countries[1]=%G", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message,
                        Violation::column)
                .containsExactly(tuple(6356, "/geo_countries/1",
                        "Invalid GEO Country (malformed percent-encoding `%G` at column 38)", 21));
        assertThat(((Offer) b.offer()).geo().geoCountries()).containsExactly(GeoEntry.of("US"), null);
    }

    @Test
    void aBrokenEscapeInANameIsA6820ErrorWithTheRawName() {
        Bound b = FormBinder.bind("id=1&na%G1me=x&%E0%80=y", 1);
        assertThat(b.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::message, Violation::rejectedValue, Violation::column)
                .containsExactly(
                        tuple(6820, "/na%G1me", Severity.ERROR,
                                "Invalid na%G1me parameter. (malformed percent-encoding `%G1` at column 8 in the name)",
                                "na%G1me", 6),
                        tuple(6820, "/%E0%80", Severity.ERROR,
                                "Invalid %E0%80 parameter. (percent-encoded bytes that are not UTF-8 before column 22 in the"
                                        + " name)", "%E0%80", 16));
        assertThat(((Offer) b.offer()).id()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ positions, limits

    @Test
    void columnsCountUtf16UnitsOfTheRawBody() {
        Bound b = FormBinder.bind("name=🎉é&ssl=x&description=%F0%9F%8E%89&id=y", 7);
        assertThat(findings(b)).containsExactly(tuple(6319, "/ssl", 7, 10), tuple(6302, "/id", 7, 41));
    }

    @Test
    void findingsAreInBodyOrder() {
        Bound b = FormBinder.bind("ssl=x&geo_countries[1]=US&id=y&zzz=1&name=%", 1);
        assertThat(findings(b)).containsExactly(tuple(6319, "/ssl", 1, 1), tuple(6356, "/geo_countries/0", 1, 7),
                tuple(6302, "/id", 1, 27), tuple(6820, "/zzz", 1, 32), tuple(6309, "/name", 1, 38));
    }

    @Test
    void locationsPlaceEveryParameter() {
        Bound b = FormBinder.bind("id=1&geo_countries[0]=US&geo_countries[1]=CA&events[0][id]=1&events[1][e_tkn]=a"
                + "&events[1][id]=2", 2);
        Locations at = b.locations();
        assertThat(position(at, "")).isEqualTo(tuple(2, 1));
        assertThat(position(at, "/id")).isEqualTo(tuple(2, 1));
        assertThat(position(at, "/name")).isEqualTo(tuple(2, 1));
        assertThat(position(at, "/geo_countries")).isEqualTo(tuple(2, 6));
        assertThat(position(at, "/geo_countries/1")).isEqualTo(tuple(2, 26));
        assertThat(position(at, "/events/1")).isEqualTo(tuple(2, 62));
        assertThat(position(at, "/events/1/id")).isEqualTo(tuple(2, 81));
        assertThat(position(at, "/events/1/event_name")).isEqualTo(tuple(2, 62));
        assertThat(b.columns()).isSameAs(Columns.CHARS);
    }

    @Test
    void afterTheFindingsCapTheFirstDroppedCarriesTheCountOfTheRest() {
        String body = IntStream.range(0, ReadLimits.MAX_VIOLATIONS + 5).mapToObj(i -> "q" + i + "=1")
                .collect(Collectors.joining("&"));
        List<Violation> v = FormBinder.bind(body, 1).violations();
        assertThat(v).hasSize(ReadLimits.MAX_VIOLATIONS + 1);
        assertThat(v.get(0).pointer()).isEqualTo("/q0");
        assertThat(v.get(999).pointer()).isEqualTo("/q999");
        assertThat(v.get(1000)).extracting(Violation::pointer, Violation::message, Violation::column)
                .containsExactly("/q1000", "Invalid q1000 parameter. Unknown parameter; 5 more problems were found from"
                        + " here on and not reported", body.indexOf("&q1000=") + 2);
    }

    @Test
    void aBodyTooLongToReadIsOne6820Error() {
        Violation v = FormBinder.tooLong(12);
        assertThat(v).extracting(Violation::codeNumber, Violation::pointer, Violation::severity, Violation::message,
                        Violation::line, Violation::column)
                .containsExactly(6820, "", Severity.ERROR, "Invalid form body parameter. (the body is longer than the"
                        + " 8388608 bytes an offer document may have; skipped)", 12, 1);
    }

    // ------------------------------------------------------------------ helpers

    private static Offer offer(String body) {
        Bound b = FormBinder.bind(body, 1);
        assertThat(b.violations()).as(body).isEmpty();
        assertThat(b.failed()).as(body).isEmpty();
        return (Offer) b.offer();
    }

    private static List<Tuple> findings(Bound b) {
        return BinderTest.findings(b);
    }

    private static Tuple position(Locations locations, String pointer) {
        long at = locations.resolve(pointer);
        return tuple(Locations.line(at), Locations.column(at));
    }
}
