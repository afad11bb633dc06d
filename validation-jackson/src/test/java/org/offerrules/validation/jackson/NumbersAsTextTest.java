package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every value reaches the API as text (domain brief 1.8): a number written as a JSON string in plain
 * decimal notation is the same request, valid by default and reported only with strict types.
 */
class NumbersAsTextTest {

    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    private static final OfferReader LENIENT = OfferReader.create();
    private static final OfferReader STRICT = OfferReader.builder().strictTypes(true).build();

    private static String quoted(String json) {
        return json.replace("\"advertiser_id\":12", "\"advertiser_id\":\"12\"")
                .replace("\"ssl\":1", "\"ssl\":\"1\"")
                .replace("\"payout\":2.5", "\"payout\":\"2.5\"");
    }

    @Test
    void numbersAsStringsAreTheSameRequest() {
        String json = quoted(MINIMAL);
        assertThat(json).contains("\"advertiser_id\":\"12\"", "\"ssl\":\"1\"", "\"payout\":\"2.5\"");
        ReadResult result = LENIENT.read(json);
        assertThat(result.report().violations()).isEmpty();
        assertThat(result.offer()).isEqualTo(Offers.minimal());
    }

    @Test
    void theirRangeAndRulesApplyToTheNumber() {
        String json = MINIMAL.replace("\"advertiser_id\":12", "\"advertiser_id\":\"-3\"")
                .replace("\"ssl\":1", "\"ssl\":\"2\"")
                .replace("\"currency\":1", "\"currency\":\"99999999999\"");
        assertThat(LENIENT.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::rejectedValue)
                .containsExactlyInAnyOrder(tuple(6306, "/advertiser_id", -3), tuple(6319, "/ssl", 2),
                        tuple(6324, "/currency", "99999999999"));
    }

    @Test
    void onlyPlainDecimalNotationIsANumber() {
        for (String text : new String[] {"", " 12", "12 ", "+12", "1e3", "0x1F", "12.", ".5", "1,5", "NaN", "Infinity", "12abc"}) {
            String json = MINIMAL.replace("\"payout\":2.5", "\"payout\":\"" + text + "\"");
            assertThat(LENIENT.read(json).report().violations()).as(text)
                    .extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                    .containsExactly(tuple(6327, "/payout", "Invalid Settings for Payout (expected a number, found \"" + text + "\")"));
        }
        String decimalForAnInteger = MINIMAL.replace("\"ssl\":1", "\"ssl\":\"1.0\"");
        assertThat(LENIENT.read(decimalForAnInteger).report().violations())
                .extracting(Violation::codeNumber, Violation::message)
                .containsExactly(tuple(6319, "Invalid SSL (expected an integer, found \"1.0\")"));
        assertThat(LENIENT.read(MINIMAL.replace("\"payout\":2.5", "\"payout\":\"-0.75\"")).report().violations())
                .extracting(Violation::codeNumber).containsExactly(6327); // a number, and below 0
    }

    @Test
    void booleansObjectsAndArraysStayTypeErrors() {
        String json = MINIMAL.replace("\"ssl\":1", "\"ssl\":true").replace("\"currency\":1", "\"currency\":[1]");
        assertThat(LENIENT.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::message)
                .containsExactlyInAnyOrder(tuple(6319, "Invalid SSL (expected an integer, found a boolean)"),
                        tuple(6324, "Invalid Offer Currency (expected an integer, found an array)"));
    }

    @Test
    void strictTypesReportThemWithTheFieldsInvalidCode() {
        String json = quoted(MINIMAL);
        assertThat(STRICT.read(json).report().violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column, Violation::message)
                .containsExactly(
                        tuple(6306, "/advertiser_id", 1, json.indexOf("\"12\"") + 1, "Invalid Advertiser ID (expected an integer, found a string)"),
                        tuple(6319, "/ssl", 1, json.indexOf("\"1\"") + 1, "Invalid SSL (expected an integer, found a string)"),
                        tuple(6327, "/payout", 1, json.indexOf("\"2.5\"") + 1, "Invalid Settings for Payout (expected a number, found a string)"));
        assertThat(STRICT.strictTypes()).isTrue();
        assertThat(LENIENT.strictTypes()).isFalse();
    }

    @Test
    void theModuleFollowsTheSameRuleAndItsStrictFeature() throws Exception {
        String json = quoted(MINIMAL);
        ObjectMapper lenient = new ObjectMapper().registerModule(new OfferRulesModule());
        assertThat(lenient.readValue(json, Offer.class)).isEqualTo(Offers.minimal());
        ObjectMapper strict = new ObjectMapper().registerModule(new OfferRulesModule().enable(OfferRulesFeature.STRICT_TYPES));
        assertThatThrownBy(() -> strict.readValue(json, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class,
                        e -> assertThat(e.report().codeNumbers()).containsExactly(6306, 6319, 6327));
    }
}
