package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.Outcome;
import org.offerrules.validation.wire.TokenSources;
import org.offerrules.validation.wire.WireReader;

/**
 * A payout that is zero only by rounding ({@code 1e-400}, {@code -1e-400}) or a negative zero ({@code -0},
 * {@code -0.0}) passes {@code payout ≥ 0} (6327) in every reader, with no finding at all: the API's server
 * reads the text as a double, and each of them is ±0 there ({@code docs/decisions/jackson.md}, Numbers
 * that are zero only by rounding). The JSON number through the byte tokenizer and each Jackson parser, of
 * text and bytes, and both modules' mappers; the same number in plain decimal notation as a JSON string
 * and in a form body.
 */
class RoundedZeroTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();
    private static final String PASSES = "no findings, payout 0";

    @ParameterizedTest(name = "payout {0}")
    @CsvSource({"-1e-400, -0.%s1", "1e-400, 0.%s1", "-0, -0", "-0.0, -0.0"})
    void passesInEveryReader(String number, String plain) throws Exception {
        String decimal = plain.formatted("0".repeat(399)); // 1e-400 written without an exponent
        Offer offer = Offers.minimal(); // payout 2.5, CPA: payout is the one field the texts change
        String json = payout(OfferWriter.toJson(offer), "\"payout\":2.5", "\"payout\":" + number);
        String jsonText = payout(OfferWriter.toJson(offer), "\"payout\":2.5", "\"payout\":\"" + decimal + "\"");
        String form = payout(OfferForm.write(offer), "payout=2.5", "payout=" + decimal);

        List<String> answers = new ArrayList<>();
        for (int version : new int[] {2, 3}) {
            for (boolean tokenizer : new boolean[] {true, false}) {
                WireReader reader = reader(version, tokenizer);
                String which = "Jackson " + version + (tokenizer ? ", byte tokenizer" : ", parser alone");
                answers.add(which + ", bytes: " + answer(reader.read(json.getBytes(StandardCharsets.UTF_8))));
                answers.add(which + ", text: " + answer(reader.read(json)));
                answers.add(which + ", number as text: " + answer(reader.read(jsonText)));
                answers.add(which + ", form: " + answer(reader.readForm(form)));
            }
        }
        answers.add("Jackson 2 mapper: " + mapped(() -> MAPPER2.readValue(json, Offer.class)));
        answers.add("Jackson 3 mapper: " + mapped(() -> MAPPER3.readValue(json, Offer.class)));

        assertThat(answers).hasSize(18).allSatisfy(a -> assertThat(a).endsWith(": " + PASSES));
    }

    /** The exponent is no notation of a form body (form.md, Numbers): 6327 there, whatever the value. */
    @ParameterizedTest(name = "payout={0}")
    @CsvSource({"-1e-400", "1e-400", "1e0"})
    void aFormBodyTakesNoExponent(String number) throws Exception {
        WireReader reader = reader(3, true);
        String form = payout(OfferForm.write(Offers.minimal()), "payout=2.5", "payout=" + number);
        assertThat(codes(reader.readForm(form).report())).containsExactly("6327 /payout");
    }

    private static final ObjectMapper MAPPER2 = new ObjectMapper()
            .registerModule(new org.offerrules.validation.jackson.OfferRulesModule());
    private static final JsonMapper MAPPER3 = JsonMapper.builder().addModule(new OfferRulesModule()).build();

    private static WireReader reader(int version, boolean tokenizer) throws ReflectiveOperationException {
        WireReader.Options options = new WireReader.Options();
        options.validator(VALIDATOR);
        options.byteTokenizer(tokenizer);
        // by name: the Jackson 2 module is on the class path, apart from wire (as in AgreementTest)
        Class<?> parsers = Class.forName(version == 2 ? "org.offerrules.validation.jackson.parser.JacksonParsers"
                : "org.offerrules.validation.jackson3.parser.JacksonParsers");
        Object provider = parsers.getConstructor().newInstance();
        return options.build((TokenSources) parsers.getMethod("sources").invoke(provider));
    }

    private static String payout(String document, String from, String to) {
        assertThat(document).contains(from);
        return document.replace(from, to);
    }

    private static String answer(Outcome outcome) {
        return answer(outcome.report(), (Offer) outcome.request());
    }

    private static String answer(ValidationReport report, Offer offer) {
        List<String> codes = codes(report);
        // either zero: -0.0 >= 0 holds, in Java as on the API's server
        return codes.isEmpty() && offer != null && Math.abs(offer.payout()) == 0.0 ? PASSES
                : codes + ", payout " + (offer == null ? null : offer.payout());
    }

    private static String mapped(Callable<Object> read) {
        try {
            return answer(ValidationReport.empty(), (Offer) read.call());
        } catch (InvalidOfferException e) {
            return codes(e.report()).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<String> codes(ValidationReport report) {
        return report.violations().stream().map(RoundedZeroTest::code).toList();
    }

    private static String code(Violation v) {
        return v.codeNumber() + " " + v.pointer();
    }
}
