package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;

/** The form-encoded wire format: the exact body written, and every way a body is read. */
class FormTest {

    private static final OfferReader READER = OfferReader.create();
    private static final OfferReader UPDATES = OfferReader.builder().mode(ValidationMode.UPDATE).build();
    /** The minimal offer as a body: what the tests below break one parameter of. */
    private static final String MINIMAL = OfferForm.write(Offers.minimal());

    static String vendorExample() throws IOException {
        try (InputStream in = FormTest.class.getResourceAsStream("/vendor/setOffer-v2-example.form")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each violation as {@code code pointer line:column}. */
    private static List<String> found(ReadResult result) {
        return result.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList();
    }

    private static List<String> found(String body) {
        return found(READER.readForm(body));
    }

    /** The 1-based column of the first parameter {@code name=} in {@code body}: where a finding on it is placed. */
    private static int paramColumn(String body, String name) {
        if (body.startsWith(name + "=")) {
            return 1;
        }
        int amp = body.indexOf("&" + name + "=");
        assertThat(amp).as(name).isNotNegative();
        return amp + 2;
    }

    // ---------------------------------------------------------------- the vendor's example

    @Test
    void theVendorsV2ExampleHasOnlyItsPlaceholderAppId() throws IOException {
        String body = vendorExample();
        ReadResult result = READER.readForm(body);

        assertThat(found(result)).containsExactly("63993 /app_id 1:" + paramColumn(body, "app_id"));
        assertThat(paramColumn(body, "app_id")).isEqualTo(1097);
        assertThat(result.offer().geo().geoCountries())
                .containsExactly(GeoEntry.include("US", "TX"), GeoEntry.exclude("CA", "BC", "NT", "NU"));
        assertThat(result.offer().device().deviceRules()).containsExactly(
                DeviceRule.exclude("Device Brand", "ASUS", "BlackBerry"), DeviceRule.include("OS", "iOS", "Windows phone"));
        assertThat(result.offer().trackingProtocol()).isEqualTo("iFrame Pixel");
        assertThat(result.offer().payout()).isEqualTo(1.12345);
    }

    @Test
    void theVendorsV2ExampleWithARealAppIdIsValid() throws IOException {
        String body = vendorExample().replace("app_id=appid_packagename", "app_id=com.example.app");

        assertThat(READER.readForm(body).report().violations()).isEmpty();
    }

    // ---------------------------------------------------------------- writing

    @Test
    void writesTheExactBodyTheApiTakes() {
        Offer offer = Offers.minimal().toBuilder()
                .name("Été 50% off & more")
                .revenue(3.0)
                .geo(GeoTargeting.builder().geoTargeting(1).geoType(1)
                        .geoCountries(List.of(GeoEntry.include("US", "TX"), GeoEntry.exclude("CA", "BC", "NT", "NU")))
                        .geoEnforce(0).build())
                .device(DeviceTargeting.builder().deviceTargeting(1)
                        .deviceRules(List.of(DeviceRule.include("OS", "iOS", "Windows phone"))).build())
                .events(Offers.events(2))
                .build();

        assertThat(OfferForm.write(offer)).isEqualTo("advertiser_id=12&name=%C3%89t%C3%A9+50%25+off+%26+more"
                + "&status=Active&expire_date=2030%2F12%2F31&type=Mobile"
                + "&url=https%3A%2F%2Ftrack.example.com%2Fclick%3Ftid%3D%7BTID%7D&access_type=Public&ssl=1"
                + "&tracking_protocol=Server+Postback+URL&currency=1&payout_type=CPA&payout=2.5&revenue=3"
                + "&geo_targeting=1&geo_type=1&geo_countries[0]=US%3A1%3ATX&geo_countries[1]=CA%3A0%3ABC%3BNT%3BNU"
                + "&geo_enforce=0&device_targeting=1&device_rules[0]=1%3AOS%3AiOS%3BWindows+phone"
                + "&events[0][id]=1&events[0][event_name]=Install&events[0][status]=1&events[0][is_private]=0"
                + "&events[0][pre_event_id]=-1&events[0][tracking_method]=Server+Postback+URL&events[0][is_end_point]=0"
                + "&events[0][need_approval]=0&events[0][can_multiply_conversion]=0&events[0][revenue_type]=RPA"
                + "&events[0][revenue]=1&events[0][payout_type]=CPA&events[0][payout]=0.5"
                + "&events[1][id]=2&events[1][e_tkn]=step_2&events[1][event_name]=Step+2&events[1][status]=1"
                + "&events[1][is_private]=0&events[1][pre_event_id]=1&events[1][tracking_method]=Server+Postback+URL"
                + "&events[1][is_end_point]=1&events[1][need_approval]=0&events[1][can_multiply_conversion]=0"
                + "&events[1][revenue_type]=RPA&events[1][revenue]=1&events[1][payout_type]=CPA&events[1][payout]=0.5");
        ReadResult back = READER.readForm(OfferForm.write(offer));
        assertThat(back.offer()).isEqualTo(offer);
    }

    @Test
    void emptyListsAndNullElementsAreWrittenAsEmptyValuesAndReadBackAsTheyWere() {
        Offer offer = Offers.full().toBuilder()
                .geo(Offers.full().geo().toBuilder()
                        .geoCountries(java.util.Arrays.asList(GeoEntry.of("US"), null, GeoEntry.of("DE"), null)).build())
                .device(Offers.full().device().toBuilder().deviceRules(List.of()).build())
                .events(java.util.Arrays.asList(Offers.events(1).get(0), null))
                .build();
        String body = OfferForm.write(offer);

        assertThat(body).contains("&geo_countries[0]=US&geo_countries[1]=&geo_countries[2]=DE&geo_countries[3]=&")
                .contains("&device_rules=&").endsWith("&events[1]=");
        ReadResult back = READER.readForm(body);
        assertThat(back.offer()).isEqualTo(offer);
        // what the rules say of null elements and an empty list, as for JSON's [..., null] and []
        assertThat(found(back)).containsExactly(
                "6356 /geo_countries/1 1:" + paramColumn(body, "geo_countries[1]"),
                "6356 /geo_countries/3 1:" + paramColumn(body, "geo_countries[3]"),
                "6373 /device_rules 1:" + (body.indexOf("device_rules=") + 1),
                "6746 /events/1 1:" + (body.indexOf("events[1]=") + 1));
        assertThat(back.report().violations()).extracting(Violation::codeNumber, Violation::pointer)
                .isEqualTo(READER.read(OfferWriter.toJson(offer)).report().violations().stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.codeNumber(), v.pointer())).toList());
    }

    // ---------------------------------------------------------------- numbers are text

    @Test
    void everyValueIsTextSoANumberInTextIsANumber() {
        ReadResult result = READER.readForm("advertiser_id=12&" + MINIMAL.substring(MINIMAL.indexOf('&') + 1));

        assertThat(result.report().violations()).isEmpty();
        assertThat(result.offer().advertiserId()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ssl         | abc                  | 6319 | expected an integer, found \"abc\"",
        "ssl         | 1.0                  | 6319 | expected an integer, found \"1.0\"",
        "ssl         | %2B1                 | 6319 | expected an integer, found \"+1\"",
        "ssl         | +1                   | 6319 | expected an integer, found \" 1\"",
        "ssl         | 1e0                  | 6319 | expected an integer, found \"1e0\"",
        "ssl         | 0x1                  | 6319 | expected an integer, found \"0x1\"",
        "ssl         | ''                   | 6319 | expected an integer, found an empty value",
        "advertiser_id | 2147483648         | 6306 | \"2147483648\" is out of the range of a 32-bit integer",
        "payout      | 1e5                  | 6327 | expected a number, found \"1e5\"",
        "payout      | .5                   | 6327 | expected a number, found \".5\"",
        "payout      | 5.                   | 6327 | expected a number, found \"5.\"",
        "payout      | NaN                  | 6327 | expected a number, found \"NaN\"",
        "payout      | Infinity             | 6327 | expected a number, found \"Infinity\"",
    })
    void aTextThatIsNoPlainDecimalNumberIsTheFieldsInvalidCode(String name, String value, int code, String detail) {
        String body = MINIMAL.replaceFirst("(^|&)" + name + "=[^&]*", "$1" + name + "=" + value);
        ReadResult result = READER.readForm(body);

        assertThat(found(result)).containsExactly(code + " /" + name + " 1:" + paramColumn(body, name));
        assertThat(result.report().violations().get(0).message()).endsWith("(" + detail + ")");
    }

    @Test
    void numbersAreRangeCheckedAndMustBeFinite() {
        String limit = MINIMAL + "&has_cap_limit=0&cap_overall_limit=-9" + "9".repeat(400);
        String huge = MINIMAL.replace("payout=2.5", "payout=1" + "0".repeat(400));

        assertThat(found(limit)).containsExactly("6340 /cap_overall_limit 1:" + paramColumn(limit, "cap_overall_limit"));
        assertThat(READER.readForm(limit).report().violations().get(0).message())
                .endsWith("is out of the range of a finite number)");
        assertThat(found(huge)).containsExactly("6327 /payout 1:" + paramColumn(huge, "payout"));
        assertThat(READER.readForm(huge).report().violations().get(0).message())
                .endsWith("is out of the range of a finite number)");
    }

    // ---------------------------------------------------------------- positions

    @Test
    void columnsCountUtf16CodeUnitsOfTheRawBody() {
        // a raw 🎉 is two UTF-16 code units (four UTF-8 bytes); an encoded one is twelve characters
        String raw = MINIMAL.replace("name=Summer+Sale", "name=\uD83C\uDF89\uD83C\uDF89").replace("ssl=1", "ssl=x");
        String encoded = MINIMAL.replace("name=Summer+Sale", "name=%F0%9F%8E%89").replace("ssl=1", "ssl=x");

        int column = raw.indexOf("ssl=x") + 1;
        assertThat(found(raw)).containsExactly("6319 /ssl 1:" + column);
        assertThat(found(encoded)).containsExactly("6319 /ssl 1:" + (encoded.indexOf("ssl=x") + 1));
        assertThat(READER.readForm(raw).offer().name()).isEqualTo("\uD83C\uDF89\uD83C\uDF89");
        assertThat(READER.readForm(encoded).offer().name()).isEqualTo("\uD83C\uDF89");
    }

    @Test
    void aMissingFieldIsAtTheStartOfTheBodyAndARuleViolationAtItsValue() {
        String body = MINIMAL.replace("&ssl=1", "") + "&has_cap_limit=1&cap_type=Budget&cap_overall_limit=10"
                + "&cap_interval=Daily&cap_interval_limit=20&cap_affiliate_overall_limit=5&cap_affiliate_interval=Daily"
                + "&cap_affiliate_interval_limit=1";

        assertThat(found(body)).containsExactly("6319 /ssl 1:1", "6399 /cap_overall_limit 1:" + paramColumn(body, "cap_overall_limit"));
    }

    @Test
    void anEventsProblemsArePlacedAtItsParameters() {
        String body = OfferForm.write(Offers.full()).replace("events[1][e_tkn]=step_2", "events[1][e_tkn]=step+2")
                .replace("events[2][event_name]=Step+3&", "");

        assertThat(found(body)).containsExactly(
                "6708 /events/1/e_tkn 1:" + paramColumn(body, "events[1][e_tkn]"),
                "6710 /events/2/event_name 1:" + (body.indexOf("events[2][") + 1));
    }

    @Test
    void aLineEndAfterTheBodyIsIgnored() {
        assertThat(READER.readForm(MINIMAL + "\r\n").report().violations()).isEmpty();
        assertThat(READER.readForm(MINIMAL + "\n").offer()).isEqualTo(Offers.minimal());
    }

    // ---------------------------------------------------------------- lists, repeats, names

    @Test
    void aListIndexGapIsTheListsInvalidCodeAtTheFirstMissingIndex() {
        String geo = MINIMAL + "&geo_targeting=1&geo_type=1&geo_countries[0]=US&geo_countries[3]=CA&geo_enforce=0";
        String events = OfferForm.write(Offers.full()).replace("events[0]", "events[5]");

        assertThat(found(geo)).containsExactly("6356 /geo_countries/1 1:" + (geo.indexOf("geo_countries[3]") + 1));
        assertThat(READER.readForm(geo).report().violations().get(0).message())
                .isEqualTo("Invalid GEO Country (`geo_countries[1]` to `geo_countries[2]` are missing: indexes count "
                        + "from 0 without gaps)");
        assertThat(READER.readForm(geo).offer().geo().geoCountries()).containsExactly(GeoEntry.of("US"), null, null,
                GeoEntry.of("CA"));
        // events 1, 2 and 5 (the former 0): 0 is missing, and 3 to 4; the chain rules see the real ones
        assertThat(found(events)).containsExactly(   // in body order: events[5] comes first
                "6746 /events/3 1:" + (events.indexOf("events[5]") + 1),
                "6746 /events/0 1:" + (events.indexOf("events[1]") + 1));
    }

    @Test
    void aRepeatedIndexOrParameterIsTheFieldsInvalidCodeAndTheFirstValueIsUsed() {
        String body = MINIMAL + "&ssl=0&device_targeting=1&device_rules[0]=1%3AOS%3AiOS&device_rules[0]=0%3AOS%3AAndroid";
        ReadResult result = READER.readForm(body);

        int second = body.lastIndexOf("device_rules[0]=") + 1;
        assertThat(found(result)).containsExactly("6319 /ssl 1:" + (body.lastIndexOf("ssl=0") + 1),
                "6374 /device_rules/0 1:" + second);
        assertThat(result.report().violations().get(0).message())
                .isEqualTo("Invalid SSL (`ssl` is given more than once; the first value is used)");
        assertThat(result.offer().ssl()).isEqualTo(1);
        assertThat(result.offer().device().deviceRules()).containsExactly(DeviceRule.include("OS", "iOS"));
    }

    @Test
    void bracketsMayBePercentEncoded() {
        String literal = OfferForm.write(Offers.full());
        String encoded = literal.replace("[", "%5B").replace("]", "%5d");

        assertThat(READER.readForm(encoded).report().violations()).isEmpty();
        assertThat(READER.readForm(encoded).offer()).isEqualTo(Offers.full());
    }

    @Test
    void parametersOfTheWrongShapeAreTheFieldsInvalidCode() {
        String body = MINIMAL.replace("ssl=1", "ssl[0]=1")
                + "&geo_targeting=1&geo_type=1&geo_countries=US&geo_enforce=0"
                + "&device_targeting=1&device_rules[x]=1%3AOS%3AiOS&device_rules[01]=1%3AOS%3AiOS"
                + "&device_rules[10000]=1%3AOS%3AiOS"
                + "&events[0]=Install";

        assertThat(found(body)).containsExactly(
                "6319 /ssl 1:" + paramColumn(body, "ssl[0]"),
                "6356 /geo_countries 1:" + paramColumn(body, "geo_countries"),
                "6374 /device_rules 1:" + paramColumn(body, "device_rules[x]"),
                "6374 /device_rules 1:" + paramColumn(body, "device_rules[01]"),
                "6374 /device_rules 1:" + paramColumn(body, "device_rules[10000]"),
                "6746 /events/0 1:" + paramColumn(body, "events[0]"));
        assertThat(READER.readForm(body).report().violations().get(5).message())
                .isEqualTo("Invalid event list (expected the element's fields as parameters such as `events[0][id]`)");
    }

    @Test
    void anUnknownParameterIsOneWarningWithASuggestion() {
        String body = MINIMAL + "&cap_typ=Budget&cap_typ=Conversion&events[0][e_tkn]=x&events[0][event_nam]=y";
        ReadResult result = READER.readForm(body);

        assertThat(found(result)).containsExactly(
                "6820 /cap_typ 1:" + (body.indexOf("cap_typ") + 1),
                "6385 /events 1:" + (body.indexOf("events[0]") + 1),
                "6710 /events/0/event_name 1:" + (body.indexOf("events[0]") + 1),
                "6719 /events/0/payout_type 1:" + (body.indexOf("events[0]") + 1),
                "6713 /events/0/revenue_type 1:" + (body.indexOf("events[0]") + 1),
                "6820 /events/0/event_nam 1:" + (body.indexOf("events[0][event_nam]") + 1));
        Violation unknown = result.report().violations().get(0);
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.message()).isEqualTo("Invalid cap_typ parameter. Unknown parameter; did you mean `cap_type`?");
    }

    @Test
    void brokenPercentEncodingIsReportedNotThrown() {
        String badEscape = MINIMAL.replace("name=Summer+Sale", "name=50%ZZ");
        String notUtf8 = MINIMAL.replace("name=Summer+Sale", "name=%C3%28");
        String inAName = MINIMAL + "&na%5me=1";

        assertThat(found(badEscape)).containsExactly("6309 /name 1:" + paramColumn(badEscape, "name"));
        assertThat(READER.readForm(badEscape).report().violations().get(0).message())
                .isEqualTo("Empty Offer Name (malformed percent-encoding `%ZZ` at column " + (badEscape.indexOf("%ZZ") + 1) + ")");
        assertThat(found(notUtf8)).containsExactly("6309 /name 1:" + paramColumn(notUtf8, "name"));
        assertThat(found(inAName)).containsExactly("6820 /na%5me 1:" + (inAName.indexOf("na%5me") + 1));
        assertThat(READER.readForm(inAName).report().violations().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anEmptyBodyMissesEveryRequiredFieldAtColumnOne() {
        assertThat(found("")).hasSize(11).allMatch(f -> f.endsWith(" 1:1"));
        assertThat(UPDATES.readForm("").report().codeNumbers()).containsExactly(6301);
        assertThat(found("&&" + MINIMAL + "&")).isEmpty();
    }

    // ---------------------------------------------------------------- files of bodies

    @Test
    void aFormFileHoldsOneBodyPerLineAndBlankLinesAreSkipped(@TempDir Path dir) throws IOException {
        String broken = MINIMAL.replace("currency=1", "currency=0");
        Path file = dir.resolve("offers.FORM");
        Files.writeString(file, MINIMAL + "\r\n\n   \n" + broken + "\r\n" + vendorExample());

        List<String> documents = new ArrayList<>();
        try (DocumentStream stream = READER.documents(file)) {
            stream.forEachRemaining(d -> documents.add(d.index() + "@" + d.line() + " " + found(d.result())));
        }

        String vendor = vendorExample();
        assertThat(documents).containsExactly(
                "0@1 []",
                "1@4 [6324 /currency 4:" + paramColumn(broken, "currency") + "]",
                "2@5 [63993 /app_id 5:" + paramColumn(vendor, "app_id") + "]");
    }

    @Test
    void formDocumentsReadAStream() throws IOException {
        byte[] bytes = ("\n" + MINIMAL.replace("ssl=1", "ssl=2") + "\n").getBytes(StandardCharsets.UTF_8);
        try (DocumentStream stream = READER.formDocuments(new ByteArrayInputStream(bytes))) {
            Document only = stream.next();
            assertThat(stream.hasNext()).isFalse();
            assertThat(only.line()).isEqualTo(2);
            assertThat(found(only.result())).containsExactly("6319 /ssl 2:" + paramColumn(MINIMAL, "ssl"));
        }
        assertThat(OfferReader.isForm(Path.of("a/b.form"))).isTrue();
        assertThat(OfferReader.isForm(Path.of("a/b.json"))).isFalse();
    }
}
