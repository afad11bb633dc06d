package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Lookups;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PayoutTiers;

class OfferRulesTest {

    private static final OfferValidator COMPILED = OfferValidator.builder().clock(Requests.CLOCK).build();
    private static final OfferValidator HIBERNATE = OfferValidator.builder().engine(Engine.HIBERNATE_VALIDATOR)
            .clock(Requests.CLOCK).build();

    static OfferValidator validator(Engine engine) {
        return engine == Engine.COMPILED ? COMPILED : HIBERNATE;
    }

    static Stream<Arguments> mutations() {
        return Mutations.all().stream()
                .flatMap(m -> Stream.of(Arguments.of(Engine.COMPILED, m), Arguments.of(Engine.HIBERNATE_VALIDATOR, m)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void validOffersPass(Engine engine) {
        assertThat(validator(engine).validate(Offers.minimal()).violations()).isEmpty();
        assertThat(validator(engine).validate(Offers.full()).violations()).isEmpty();
        assertThat(validator(engine).validate(Offers.minimal().toBuilder().id(9).build(), ValidationMode.UPDATE)
                .violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mutations")
    void eachMutationYieldsExactlyItsCodeAtItsPointer(Engine engine, Mutation mutation) {
        ValidationReport report = validator(engine).validate(mutation.apply(), mutation.mode());

        assertThat(report.violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(mutation.code(), mutation.pointer()));
        Violation violation = report.violations().get(0);
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        assertThat(violation.message()).isEqualTo(violation.code().message(violation.arguments())).doesNotContain("{");
        assertThat(violation.hasLocation()).isFalse();
    }

    @Test
    void updateModeRequiresOnlyTheId() {
        Offer partial = Offer.builder().id(31).name("Renamed").build();
        assertThat(COMPILED.validate(partial, ValidationMode.UPDATE).violations()).isEmpty();
        assertThat(COMPILED.validate(partial, ValidationMode.CREATE).codeNumbers())
                .containsExactlyInAnyOrder(6305, 6310, 6311, 6314, 6317, 6318, 6319, 6320, 6324, 6368);
    }

    @Test
    void capsOffNeedNothingElseAndUnlimitedTakesPartInNoComparison() {
        Offer capsOff = Offers.minimal().toBuilder().caps(Caps.builder().hasCapLimit(0).build()).build();
        assertThat(COMPILED.validate(capsOff).violations()).isEmpty();

        Offer unlimited = Offers.full().toBuilder()
                .caps(Offers.caps().toBuilder().capOverallLimit(-1L).capIntervalLimit(-1L).build()).build();
        assertThat(COMPILED.validate(unlimited).violations()).isEmpty();
    }

    @Test
    void severalProblemsAreAllReportedInPointerOrder() {
        Offer broken = Offers.full().toBuilder()
                .status("Live")
                .currency(99)
                .caps(Offers.caps().toBuilder().capIntervalLimit(5000L).capType("Clicks").build())
                .tiers(PayoutTiers.builder().enablePayoutTier(1).tierPayout(PayoutTier.parseList("0:1,7:2,7:3")).build())
                .build();

        ValidationReport report = COMPILED.validate(broken);

        assertThat(report.violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(
                        tuple(6399, "/cap_overall_limit",
                                "Overall limitation should be more than others, offer interval limitation should be more than affiliate's"),
                        tuple(6338, "/cap_type", "Invalid CAP Method"),
                        tuple(6324, "/currency", "Invalid Offer Currency"),
                        tuple(6303, "/status", "Invalid Offer Status"),
                        tuple(6334, "/tier_payout", "Invalid Tier ID 0"),
                        tuple(6334, "/tier_payout", "Invalid Tier ID 7"));
        assertThat(report.isValid()).isFalse();
        assertThat(HIBERNATE.validate(broken)).isEqualTo(report);
    }

    @Test
    void theSameProblemTwiceIsListedOnceByBothEngines() {
        Offer thrice = Offers.full().toBuilder()
                .tiers(PayoutTiers.builder().enablePayoutTier(1).tierPayout(PayoutTier.parseList("7:2,7:3,7:4")).build())
                .build();
        ValidationReport report = COMPILED.validate(thrice);
        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(tuple(6334, "/tier_payout", "Invalid Tier ID 7"));
        assertThat(HIBERNATE.validate(thrice).violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6334, "/tier_payout"));
    }

    @Test
    void requireValidThrowsOneExceptionCarryingTheWholeReport() {
        Offer broken = Offers.minimal().toBuilder().name(null).ssl(7).build();
        assertThat(COMPILED.requireValid(Offers.minimal())).isEqualTo(Offers.minimal());
        assertThatThrownBy(() -> COMPILED.requireValid(broken))
                .isInstanceOfSatisfying(OfferValidationException.class, e -> assertThat(e.report().codeNumbers())
                        .containsExactly(6308, 6319))
                .hasMessage("2 violations: error 6308 %s (/name); error 6319 Invalid SSL (/ssl)",
                        ErrorCode.of(6308).message(Map.of()));
    }

    /** Lengths count characters (code points), as JSON Schema does: an emoji is one, though two UTF-16 units. */
    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83C\uDF89";
        assertThat(COMPILED.validate(Offers.full().toBuilder().description(emoji.repeat(65_535)).build()).violations())
                .isEmpty();
        assertThat(COMPILED.validate(Offers.full().toBuilder().description(emoji.repeat(65_535) + "x").build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(63990, "/description"));
        assertThat(HIBERNATE.validate(Offers.full().toBuilder().description(emoji.repeat(65_535)).build()).violations())
                .isEmpty();
    }

    @Test
    void theSummaryOfAReadReportGivesPositionsEscapesControlsAndBoundsTheList() {
        Violation text = new Violation(ErrorCode.of(6306), "/advertiser_id", "Invalid Advertiser ID (found \"a\nb\u2028\")",
                Severity.ERROR, "a", Map.of(), 3, 18);
        assertThat(ValidationReport.of(List.of(text)).summary())
                .isEqualTo("1 violation: 3:18: error 6306 Invalid Advertiser ID (found \"a\\nb\\u2028\") (/advertiser_id)");
        assertThat(ValidationReport.empty().summary()).isEqualTo("valid");
        List<Violation> many = new java.util.ArrayList<>();
        for (int i = 1; i <= ValidationReport.SUMMARIZED + 2; i++) {
            many.add(Violation.of(ErrorCode.of(6319), "/ssl", 2).at(i, 1));
        }
        assertThat(new OfferValidationException(ValidationReport.of(many)).getMessage())
                .startsWith((ValidationReport.SUMMARIZED + 2) + " violations: 1:1: error 6319 Invalid SSL (/ssl); 2:1: ")
                .contains("; " + ValidationReport.SUMMARIZED + ":1: error 6319")
                .doesNotContain((ValidationReport.SUMMARIZED + 1) + ":1:").endsWith("(/ssl); and 2 more");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void failFastStopsAtOneViolation(Engine engine) {
        OfferValidator failFast = OfferValidator.builder().engine(engine).failFast(true).build();
        Offer broken = Offers.minimal().toBuilder().name(null).ssl(7).currency(0).build();
        assertThat(failFast.validate(broken).violations()).hasSize(1);
    }

    @Test
    void lookupsReportUnknownReferencesOnlyForOtherwiseValidValues() {
        OfferLookup nothingExists = Lookups.missingReferencesOfTheFullOffer();
        OfferValidator withLookup = OfferValidator.builder().lookup(nothingExists).build();

        assertThat(withLookup.validate(Offers.full()).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6307, "/advertiser_id"), tuple(6387, "/categories"), tuple(6216, "/tier_payout"));
        assertThat(withLookup.validate(Offers.full().toBuilder().advertiserId(-1).build()).codeNumbers())
                .containsExactly(6306, 6387, 6216);
    }

    @Test
    void redirectLookupsReportUnknownOffersAndGroups() {
        OfferLookup nothingExists = new OfferLookup() {
            @Override
            public boolean offerExists(int offerId) {
                return false;
            }

            @Override
            public boolean geoOfferGroupExists(int groupId) {
                return false;
            }
        };
        OfferValidator withLookup = OfferValidator.builder().lookup(nothingExists).build();
        Offer full = Offers.full();
        Offer toOffer = full.toBuilder()
                .geo(full.geo().toBuilder().geoEnforce(1).geoRedirectType(0).geoRedirectTargetId(55).build())
                .device(full.device().toBuilder().deviceRedirectOfferId(77).build())
                .build();
        Offer toGroup = toOffer.toBuilder().geo(toOffer.geo().toBuilder().geoRedirectType(1).build())
                .device(full.device()).build();

        assertThat(COMPILED.validate(toOffer).violations()).isEmpty();
        assertThat(withLookup.validate(toOffer).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::rejectedValue)
                .containsExactly(tuple(6381, "/device_redirect_offer_id", 77), tuple(6366, "/geo_redirect_target_id", 55));
        assertThat(withLookup.validate(toGroup).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6367, "/geo_redirect_target_id"));
    }

    @Test
    void messagesFallBackToEnglishForALocaleWithoutTranslation() {
        OfferValidator german = OfferValidator.builder().locale(Locale.GERMAN).build();
        Violation v = german.validate(Offers.minimal().toBuilder().ssl(3).build()).violations().get(0);
        assertThat(v.message()).isEqualTo("Invalid SSL");
        assertThat(ErrorCode.of(6359).message(Map.of("state", "XX", "country", "US"), Locale.FRENCH))
                .isEqualTo("Invalid GEO State: XX of Country US");
    }

    @Test
    void theRejectedValueIsTheOffendingValue() {
        Violation v = COMPILED.validate(Offers.minimal().toBuilder().status("Live").build()).violations().get(0);
        assertThat(v.rejectedValue()).isEqualTo("Live");
        Violation tier = COMPILED.validate(Offers.full().toBuilder()
                .tiers(PayoutTiers.builder().enablePayoutTier(1).tierPayout(List.of(new PayoutTier("x", "1"))).build())
                .build()).violations().get(0);
        assertThat(tier.arguments()).containsEntry("tierId", "x");
        assertThat(tier.rejectedValue()).isEqualTo("x:1");
    }
}
