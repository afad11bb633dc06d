package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.SetAdvertiser;

/** The declarative house rules from a parsed configuration: every kind, and one line for each mistake. */
class HouseRulesTest {

    /** A map in the order written, as a YAML parser gives it. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void everyKindMakesItsRule() {
        List<HouseRule> rules = HouseRules.fromTree(List.of(
                map("code", "ACME-1", "message", "payout must not exceed revenue",
                        "compare", map("left", "payout", "op", "<=", "right", "revenue")),
                map("code", "ACME-2", "message", "no {value}", "severity", "warning",
                        "one-of", map("field", "payout_type", "values", List.of("CPA", "CPS"))),
                map("code", "ACME-3", "message", "short names", "length", map("field", "name", "max", "5"),
                        "description", "Names fit on a phone."),
                map("code", "ACME-4", "message", "names are words", "pattern", map("field", "name", "regex", "[A-Za-z ]+")),
                map("code", "NET-1", "message", "a company", "request", "setAdvertiser", "required", "company")),
                "rules.yaml");
        assertThat(rules).extracting(r -> r.code().id(), HouseRule::request, HouseRule::severity, HouseRule::pointer)
                .containsExactly(tuple("ACME-1", Request.SET_OFFER, Severity.ERROR, "/payout"),
                        tuple("ACME-2", Request.SET_OFFER, Severity.WARNING, "/payout_type"),
                        tuple("ACME-3", Request.SET_OFFER, Severity.ERROR, "/name"),
                        tuple("ACME-4", Request.SET_OFFER, Severity.ERROR, "/name"),
                        tuple("NET-1", Request.SET_ADVERTISER, Severity.ERROR, "/company"));
        assertThat(rules.get(2).sentence()).isEqualTo("Names fit on a phone.");

        OfferValidator validator = OfferValidator.builder().houseRules(rules).build();
        assertThat(validator.validate(Offers.full().toBuilder().payout(9.0).payoutType("CPC").name("Summer-Sale").build())
                .violations()).filteredOn(v -> v.code().isHouse())
                .extracting(v -> v.code().id(), Violation::pointer, Violation::message)
                .containsExactlyInAnyOrder(tuple("ACME-1", "/payout", "payout must not exceed revenue"),
                        tuple("ACME-2", "/payout_type", "no CPC"), tuple("ACME-3", "/name", "short names"),
                        tuple("ACME-4", "/name", "names are words"));
        assertThat(validator.validate(SetAdvertiser.builder().build()).violations())
                .filteredOn(v -> v.code().isHouse()).extracting(Violation::pointer).containsExactly("/company");
    }

    @Test
    void nothingIsNoRules() {
        assertThat(HouseRules.fromTree(null, "f")).isEmpty();
    }

    @Test
    void eachMistakeIsOneLineWithItsPlaceAndLine() {
        Map<Object, String> mistakes = Map.of(
                map(), "rules.yaml:7: house-rules: expected a list of house rules",
                List.of(map("code", "ACME-1", "message", "m")),
                "rules.yaml:7: house-rules[0]: a rule needs one check: required, one-of, pattern, length, compare",
                List.of(map("code", "ACME-1", "message", "m", "required", "name", "pattern", map())),
                "rules.yaml:7: house-rules[0]: a rule has one check, not required and pattern: write two rules",
                List.of(map("code", "ACME-1", "mesage", "m", "required", "name")),
                "rules.yaml:7: house-rules[0].mesage: unknown key \"mesage\"",
                List.of(map("code", "ACME-1", "message", "m", "request", "setOfer", "required", "name")),
                "rules.yaml:7: house-rules[0].request: unknown request \"setOfer\"; did you mean setOffer?",
                List.of(map("code", "ACME-1", "message", "m", "severity", "warn", "required", "name")),
                "rules.yaml:7: house-rules[0].severity: severity is error or warning, not \"warn\"",
                List.of(map("code", "ACME-1", "message", "m", "required", "nme")),
                "rules.yaml:7: house-rules[0].required: ACME-1: setOffer has no field \"nme\"; did you mean name?",
                List.of(map("code", "ACME-1", "message", "m", "length", map("field", "name", "max", -2))),
                "rules.yaml:7: house-rules[0].length.max: expected a whole number of 0 or more",
                List.of(map("code", "ACME-1", "message", "m", "one-of", map("field", "name", "values", List.of()))),
                "rules.yaml:7: house-rules[0].one-of.values: expected a list of values",
                List.of(map("code", "6399", "message", "m", "required", "name")),
                "rules.yaml:7: house-rules[0].code: house code \"6399\" is not of the form PREFIX-n");
        mistakes.forEach((tree, message) -> assertThatThrownBy(() ->
                HouseRules.fromTree(tree, "rules.yaml", "house-rules", path -> 7))
                .as(message).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")));
    }
}
