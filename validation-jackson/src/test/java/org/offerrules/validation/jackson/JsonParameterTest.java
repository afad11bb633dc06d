package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.SetOfferSpecialPayouts;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code special_payouts} is a JSON-encoded parameter; the core judges it without a JSON library
 * ({@code @JsonArrayOfObjects}). Jackson, strict by default, is the oracle: for texts made of JSON's tokens
 * and near misses, 6811 exactly when Jackson cannot read the text, 6813 when it reads something other than
 * an array of objects.
 */
class JsonParameterTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final OfferValidator VALIDATOR = OfferValidator.create();
    private static final List<String> TOKENS = List.of("[", "]", "{", "}", ",", ":", " ", "\n", "\"a\"", "\"\\u00e9\"",
            "\"\\x\"", "\"", "\\", "0", "-1.5e3", "01", "1.", "-", "true", "nul", "null", "\"k\":1", "[{", "}]", "\t");

    private static String expected(String text) {
        JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return "6811";
        }
        if (node == null || node.isMissingNode()) {
            return "6811";
        }
        boolean shaped = node.isArray();
        for (JsonNode element : node) {
            shaped &= element.isObject();
        }
        return shaped ? "" : "6813";
    }

    private static String actual(String text) {
        return String.join(",", VALIDATOR.validate(SetOfferSpecialPayouts.of(12, text)).violations().stream()
                .map(v -> v.codeNumber() + "").toList());
    }

    @Test
    void theVerdictIsJacksonsOnTextsOfJsonTokens() {
        Gen<String> texts = Generate.pick(TOKENS).zip(Generate.pick(TOKENS), String::concat)
                .zip(Generate.pick(TOKENS), String::concat).zip(Generate.pick(TOKENS), String::concat)
                .zip(Generate.pick(TOKENS), String::concat).zip(Generate.pick(TOKENS), String::concat);
        qt().withFixedSeed(6811).withExamples(20_000).forAll(texts)
                .checkAssert(text -> assertThat(actual(text)).as(text).isEqualTo(expected(text)));
    }

    @Test
    void typicalTextsAndDeepNesting() {
        for (String text : new String[] {"[]", "[{}]", " [ {\"a\": [1, {\"b\": null}]}, {} ] ", "[{\"s\": \"\\\"\\/\"}]",
                "", " ", "[", "[{}", "[{}]]", "{}", "[1]", "[[{}]]", "\"[]\"", "[{\"a\" 1}]", "[{'a': 1}]",
                "[{\"a\": 1}] x", "[{\"a\":\"\u0001\"}]"}) {
            assertThat(actual(text)).as(text).isEqualTo(expected(text));
        }
        String deep = "[{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}]";
        assertThat(actual(deep)).isEmpty();
        assertThat(actual(deep.substring(1, deep.length() - 1))).isEqualTo("6813");
        assertThat(actual(deep.substring(0, deep.length() - 1))).isEqualTo("6811");
        List<Violation> v = VALIDATOR.validate(SetOfferSpecialPayouts.of(12, "[1]")).violations();
        assertThat(v).extracting(Violation::pointer).containsExactly("/special_payouts");
    }
}
