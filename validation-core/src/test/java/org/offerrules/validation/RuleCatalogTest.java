package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.constraints.RuleText;

/** The registry: one place for a code and the rules that report it, sentences rendered from the constraints. */
class RuleCatalogTest {

    private final RuleCatalog offers = Request.SET_OFFER.catalog();

    @Test
    void aCodeIsTheCatalogsCodeAndItsRulesSayWhereAndWhat() {
        assertThat(offers.code(6305)).isSameAs(ErrorCode.of(6305));
        assertThat(offers.codes()).isEqualTo(ErrorCode.all());
        assertThat(offers.rules(6305)).containsExactly(new Rule(6305, Rule.Kind.ANNOTATION, "/advertiser_id",
                "@Required", "`advertiser_id` must be present (create mode)."));
    }

    @Test
    void aPartInBracketsIsLeftOutWhenItsPlaceholderIsEmpty() {
        assertThat(offers.rules(6316)).extracting(Rule::sentence)
                .containsExactly("`preview_url` must be an absolute http(s) URL.");
        assertThat(offers.rules(6313)).extracting(Rule::sentence)
                .containsExactly("`url` must be an absolute http(s) URL containing `{TID}`.");
    }

    @Test
    void aCodeAttributesSentenceAndPointerAreItsOwn() {
        assertThat(offers.rules(6746)).extracting(Rule::pointer, Rule::sentence)
                .contains(org.assertj.core.groups.Tuple.tuple("/events", "`events`: `events` is an array of event objects"));
        assertThat(offers.reported()).allSatisfy(code -> assertThat(offers.rules(code)).isNotEmpty());
    }

    @Test
    void readerAndLookupRulesAreInTheRegistry() {
        assertThat(offers.rules(6055)).extracting(Rule::kind).containsExactly(Rule.Kind.READER);
        assertThat(offers.rules(6820)).extracting(Rule::kind).containsOnly(Rule.Kind.READER);
        assertThat(offers.rules(6307)).containsExactly(new Rule(6307, Rule.Kind.LOOKUP, "/advertiser_id",
                "OfferLookup.advertiserExists", "the advertiser exists (`OfferLookup.advertiserExists`; data folder: `advertisers`)."));
        assertThat(offers.rules(6387)).extracting(Rule::kind).containsExactly(Rule.Kind.ANNOTATION, Rule.Kind.LOOKUP);
        assertThat(offers.rules(6041)).isEmpty();
    }

    @RuleText("`{field}` is at most {max} and {nothing}.")
    @interface Broken {
    }

    record Typo(@MaxLength(code = 63990, max = 3) String text) {
    }

    @Test
    void aPlaceholderTheConstraintHasNoAttributeForFailsWhenTheRegistryIsRead() {
        MaxLength constraint = Typo.class.getRecordComponents()[0].getAnnotation(MaxLength.class);
        assertThat(org.offerrules.validation.internal.RuleIndex.render("`{field}` is at most {max}[ ({groups} mode)].",
                constraint, "text")).isEqualTo("`text` is at most 3.");
        assertThatThrownBy(() -> org.offerrules.validation.internal.RuleIndex.render(
                Broken.class.getAnnotation(RuleText.class).value(), constraint, "text"))
                .hasMessageContaining("{nothing}");
    }
}
