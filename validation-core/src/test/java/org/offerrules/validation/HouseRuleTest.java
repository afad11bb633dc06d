package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetAdvertiser;

/** House rules: the team's own codes, run by both engines, reported like the API's. */
class HouseRuleTest {

    static final HouseRule NO_LOSS = HouseRule.define("ACME-1", "payout must not exceed revenue")
            .on(Request.SET_OFFER).compare("payout", "<=", "revenue");
    static final HouseRule PREVIEW = HouseRule.define("ACME-2", "every offer has a {field}")
            .severity(Severity.WARNING).required("preview_url");
    static final HouseRule SOLD = HouseRule.define("ACME-3", "{value} is not sold")
            .oneOf("payout_type", List.of("CPA", "CPS"));
    static final HouseRule NAMES = HouseRule.define("ACME-4", "names start with a capital")
            .pattern("name", "[A-Z].*");
    static final HouseRule SHORT = HouseRule.define("ACME-5", "{field} too long").length("name", 1, 12);
    static final HouseRule COUNTRIES = HouseRule.define("ACME-6", "{value} is not sold")
            .pattern("geo_countries", "(US|CA)(:.*)?");
    static final HouseRule HTTPS = HouseRule.define("ACME-7", "the offer URL must use https")
            .check(Offer.class, (offer, reporter) -> {
                if (offer.url() != null && !offer.url().startsWith("https://")) {
                    reporter.report("/url", offer.url());
                }
            });

    static OfferValidator validator(OfferValidator.Engine engine, HouseRule... rules) {
        return OfferValidator.builder().engine(engine).houseRules(rules).build();
    }

    static List<Violation> house(ValidationReport report) {
        return report.violations().stream().filter(v -> v.code().isHouse()).toList();
    }

    @ParameterizedTest
    @EnumSource(OfferValidator.Engine.class)
    void eachDeclarativeRuleReportsItsCodeAtItsPointer(OfferValidator.Engine engine) {
        OfferValidator validator = validator(engine, NO_LOSS, PREVIEW, SOLD, NAMES, SHORT, HTTPS);
        assertThat(validator.validate(Offers.full()).violations()).isEmpty();

        Offer bad = Offers.full().toBuilder().payout(5.0).previewUrl(null).name("summer sale for all")
                .url("http://track.example.com/click?tid={TID}").build();
        assertThat(house(validator.validate(bad)))
                .extracting(v -> v.code().id(), Violation::pointer, Violation::severity, Violation::message)
                .containsExactlyInAnyOrder(
                        tuple("ACME-1", "/payout", Severity.ERROR, "payout must not exceed revenue"),
                        tuple("ACME-2", "/preview_url", Severity.WARNING, "every offer has a preview_url"),
                        tuple("ACME-4", "/name", Severity.ERROR, "names start with a capital"),
                        tuple("ACME-5", "/name", Severity.ERROR, "name too long"),
                        tuple("ACME-7", "/url", Severity.ERROR, "the offer URL must use https"));
    }

    /** A house rule's length counts characters as the built-in lengths do: code points, an emoji is one. */
    @ParameterizedTest
    @EnumSource(OfferValidator.Engine.class)
    void aLengthCountsCharactersNotUtf16Units(OfferValidator.Engine engine) {
        OfferValidator validator = validator(engine, SHORT); // name: 1 to 12 characters
        String emoji = "\uD83C\uDF89";
        assertThat(house(validator.validate(Offers.full().toBuilder().name("S" + emoji.repeat(11)).build()))).isEmpty();
        assertThat(house(validator.validate(Offers.full().toBuilder().name("S" + emoji.repeat(12)).build())))
                .extracting(v -> v.code().id(), Violation::pointer, Violation::message)
                .containsExactly(tuple("ACME-5", "/name", "name too long"));
    }

    @Test
    void bothEnginesReportTheSame() {
        List<UnaryOperator<Offer>> changes = List.of(UnaryOperator.identity(),
                o -> o.toBuilder().payout(9.0).build(), o -> o.toBuilder().name("x").payout(-1.0).build(),
                o -> o.toBuilder().previewUrl("").url("ftp://x").build());
        for (UnaryOperator<Offer> change : changes) {
            Offer offer = change.apply(Offers.full());
            assertThat(validator(OfferValidator.Engine.HIBERNATE_VALIDATOR, NO_LOSS, PREVIEW, NAMES, HTTPS)
                    .validate(offer).violations())
                    .isEqualTo(validator(OfferValidator.Engine.COMPILED, NO_LOSS, PREVIEW, NAMES, HTTPS)
                            .validate(offer).violations());
        }
    }

    @Test
    void oneOfComparesTextAndNumbersByValue() {
        HouseRule currencies = HouseRule.define("ACME-8", "{value}").oneOf("currency", List.of("1.0", "3"));
        OfferValidator validator = OfferValidator.builder().houseRules(SOLD, currencies).build();
        assertThat(house(validator.validate(Offers.minimal()))).isEmpty();
        assertThat(house(validator.validate(Offers.minimal().toBuilder().currency(2).payoutType("CPC").build())))
                .extracting(v -> v.code().id(), Violation::pointer, Violation::message)
                .containsExactlyInAnyOrder(tuple("ACME-3", "/payout_type", "CPC is not sold"),
                        tuple("ACME-8", "/currency", "2"));
    }

    @Test
    void aValueRuleOnAListChecksEachItemAsTheWireWritesIt() {
        assertThat(house(OfferValidator.builder().houseRules(COUNTRIES).build().validate(Offers.full())))
                .extracting(v -> v.code().id(), Violation::pointer, Violation::message)
                .containsExactly(tuple("ACME-6", "/geo_countries/2", "DE is not sold"));
    }

    @Test
    void presenceHoldsInCreateModeOnlyAndCompareNeedsBothValues() {
        OfferValidator validator = OfferValidator.builder().houseRules(PREVIEW, NO_LOSS).build();
        Offer update = Offer.builder().id(7).payout(9.0).build();
        assertThat(house(validator.validate(update, ValidationMode.UPDATE))).isEmpty();
        assertThat(house(validator.validate(update.toBuilder().revenue(3.0).build(), ValidationMode.UPDATE)))
                .extracting(v -> v.code().id(), Violation::pointer).containsExactly(tuple("ACME-1", "/payout"));
    }

    @Test
    void aRuleChecksOnlyItsRequest() {
        HouseRule email = HouseRule.define("NET-1", "advertisers have a company name").on(Request.SET_ADVERTISER)
                .required("company");
        OfferValidator validator = OfferValidator.builder().houseRules(email).build();
        assertThat(house(validator.validate(Offers.minimal()))).isEmpty();
        assertThat(house(validator.validate(SetAdvertiser.builder().build())))
                .extracting(v -> v.code().id(), Violation::pointer).containsExactly(tuple("NET-1", "/company"));
    }

    @Test
    void failFastStopsAtTheFirstFinding() {
        OfferValidator validator = OfferValidator.builder().failFast(true).houseRules(NAMES, SHORT).build();
        assertThat(validator.validate(Offers.minimal().toBuilder().name("summer sale for all").build()).violations())
                .extracting(v -> v.code().id()).containsExactly("ACME-4");
    }

    @Test
    void houseCodesCanNeverBeTheApiNumbers() {
        for (String bad : List.of("6399", "acme-1", "ACME", "ACME-01", "-1", "A B-1", "ACME-1x")) {
            assertThatThrownBy(() -> HouseRule.define(bad, "m")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PREFIX-n");
        }
        ErrorCode code = ErrorCode.house("ACME-10", "m");
        assertThat(code.isHouse()).isTrue();
        assertThat(code.number()).isZero();
        assertThat(code.family()).isEqualTo(ErrorFamily.HOUSE);
        assertThat(ErrorCode.all()).doesNotContain(code).allMatch(c -> !c.isHouse() && c.id().matches("[0-9]+"));
        assertThat(List.of(code, ErrorCode.house("ACME-9", "m"), ErrorCode.of(6399), ErrorCode.house("AB-2", "m"))
                .stream().sorted().map(ErrorCode::id)).containsExactly("6399", "AB-2", "ACME-9", "ACME-10");
    }

    @Test
    void badDefinitionsSayWhatIsWrong() {
        assertThatThrownBy(() -> HouseRule.define("ACME-1", "m").compare("payot", "<=", "revenue"))
                .hasMessage("ACME-1: setOffer has no field \"payot\"; did you mean payout?");
        assertThatThrownBy(() -> HouseRule.define("ACME-1", "m").compare("payout", "=<", "revenue"))
                .hasMessageStartingWith("ACME-1: unknown operator \"=<\" (one of < <= > >= == !=); did you mean");
        assertThatThrownBy(() -> HouseRule.define("ACME-1", "m").compare("name", "<", "revenue"))
                .hasMessage("ACME-1: compare needs numbers; setOffer's \"name\" is not a number");
        assertThatThrownBy(() -> HouseRule.define("ACME-1", "m").pattern("name", "[a-"))
                .hasMessageStartingWith("ACME-1: the pattern [a- is not a regular expression");
        assertThatThrownBy(() -> OfferValidator.builder().houseRules(NO_LOSS, HouseRule.define("ACME-1", "again")
                .required("name")).build()).hasMessageContaining("ACME-1 is defined twice");
    }

    @Test
    void problemDetailsWriteAHouseCodeAsText() {
        ValidationReport report = OfferValidator.builder().houseRules(NO_LOSS).build()
                .validate(Offers.full().toBuilder().payout(5.0).build());
        ProblemDetails problem = ProblemDetails.of(report);
        assertThat(problem.title()).isEqualTo("Breaks a house rule");
        assertThat(problem.toJson()).contains("{\"code\":\"ACME-1\",\"pointer\":\"/payout\"");
    }

    @Test
    void aValidatorWithoutHouseRulesHasNone() {
        assertThat(OfferValidator.create().houseRules()).isEmpty();
        assertThat(OfferValidator.builder().houseRules(NO_LOSS).build().houseRules()).containsExactly(NO_LOSS);
    }
}
