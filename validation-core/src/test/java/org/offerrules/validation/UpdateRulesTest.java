package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferBuilder;
import org.offerrules.validation.model.PayoutType;

/** {@link OfferValidator#validateUpdate}: the merge, and where its violations are reported; both engines. */
class UpdateRulesTest {

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of(Engine.COMPILED), Arguments.of(Engine.HIBERNATE_VALIDATOR));
    }

    /** The current offer 41: caps with an overall limit of 300. */
    static Offer current() {
        return Offers.full().toBuilder().id(41)
                .caps(Offers.caps().toBuilder().capOverallLimit(300L).capAffiliateOverallLimit(200L).build())
                .build();
    }

    static Offer update(java.util.function.UnaryOperator<OfferBuilder> change) {
        return change.apply(Offer.builder().id(41)).build();
    }

    static OfferValidator validator(Engine engine) {
        return OfferValidator.builder().engine(engine).build();
    }

    static List<Object> found(ValidationReport report) {
        return report.violations().stream()
                .map(v -> (Object) tuple(v.codeNumber(), v.pointer(), v.severity())).toList();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void anIntervalLimitAboveTheCurrentOverallLimitIs6399AtTheUpdatesField(Engine engine) {
        Offer update = update(b -> b.caps(Caps.builder().capIntervalLimit(500L).build()));

        ValidationReport report = validator(engine).validateUpdate(current(), update);

        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                Violation::rejectedValue).containsExactly(tuple(6399, "/cap_interval_limit", Severity.ERROR, 500.0));
        // a whole offer has it at the overall limit
        assertThat(validator(engine).validate(OfferValidator.merge(current(), update), ValidationMode.UPDATE)
                .violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6399, "/cap_overall_limit"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aViolationAtAFieldOfTheUpdateStaysThere(Engine engine) {
        Offer update = update(b -> b.ssl(3).caps(Caps.builder().capOverallLimit(50L).build()));

        assertThat(validator(engine).validateUpdate(current(), update).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactlyInAnyOrder(tuple(6319, "/ssl"), tuple(6399, "/cap_overall_limit"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void whatTheCurrentOfferAlreadyHasAtFieldsTheUpdateLeavesOutIsAWarning(Engine engine) {
        Offer broken = current().toBuilder().ssl(3).build();

        ValidationReport report = validator(engine).validateUpdate(broken, update(b -> b.name("Winter Sale")));

        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6319, "/ssl", Severity.WARNING));
        assertThat(report.isValid()).isTrue();
    }

    /**
     * Issue 24: a current offer that already breaks 6399 (interval limit 400 above its overall 300) and an
     * update raising {@code cap_interval_limit} to 800: the update takes part in the violation, so it is the
     * update's error at its field, as against a valid current offer (it was a warning and the update passed).
     * Updating another field keeps the current offer's own 6399 a warning.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void aViolationTheUpdateTakesPartInIsAnErrorWhateverTheCurrentOfferHeld(Engine engine) {
        Offer broken = current().toBuilder().caps(current().caps().toBuilder().capIntervalLimit(400L).build()).build();
        assertThat(validator(engine).validate(broken, ValidationMode.UPDATE).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6399, "/cap_overall_limit"));

        ValidationReport raised = validator(engine).validateUpdate(broken,
                update(b -> b.caps(Caps.builder().capIntervalLimit(800L).build())));

        assertThat(raised.violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                Violation::rejectedValue).containsExactly(tuple(6399, "/cap_interval_limit", Severity.ERROR, 800.0));
        assertThat(raised.isValid()).isFalse();
        assertThat(validator(engine).validateUpdate(broken, update(b -> b.name("Winter Sale"))).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6399, "/cap_overall_limit", Severity.WARNING));
    }

    /**
     * Brief 1.9: the API holds the merged offer to every rule, the conditional presence rules too. The
     * current offer 41 is CPA with a payout and GEO targeting without enforcement; an update that turns
     * the price to CPS, or turns enforcement on, leaves a merge without the percent, or without the
     * redirect: the update's error at its field (in update mode without the current offer, nothing is
     * required: the stored values are unknown).
     */
    @ParameterizedTest
    @MethodSource("engines")
    void theMergeIsHeldToTheConditionalPresenceRulesAtTheUpdatesField(Engine engine) {
        OfferValidator validator = validator(engine);
        Offer percentage = update(b -> b.payoutType(PayoutType.CPS));
        Offer enforced = update(b -> b.geo(GeoTargeting.builder().geoEnforce(1).build()));

        assertThat(validator.validateUpdate(current(), percentage).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity, Violation::rejectedValue)
                .containsExactly(tuple(6382, "/payout_type", Severity.ERROR, "CPS"));
        assertThat(validator.validateUpdate(current(), enforced).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactlyInAnyOrder(tuple(6362, "/geo_enforce", Severity.ERROR),
                        tuple(6364, "/geo_enforce", Severity.ERROR));
        assertThat(validator.validateUpdate(current(), update(b -> b.payoutType(PayoutType.CPS).payoutPercent(10.0)
                .geo(GeoTargeting.builder().geoEnforce(1).geoRedirectType(0).geoRedirectTargetId(5).build())))
                .violations()).isEmpty();
        assertThat(validator.validate(percentage, ValidationMode.UPDATE).violations()).isEmpty();
        assertThat(validator.validate(enforced, ValidationMode.UPDATE).violations()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void groupsMergeFieldByFieldAndListsReplaceTheCurrentListWhole(Engine engine) {
        Offer current = current();
        Offer update = update(b -> b.caps(Caps.builder().capIntervalLimit(120L).build())
                .geo(GeoTargeting.builder().geoCountries(List.of(GeoEntry.of("FR"))).build())
                .events(Offers.events(1)));

        Offer merged = OfferValidator.merge(current, update);

        assertThat(merged.caps()).isEqualTo(current.caps().toBuilder().capIntervalLimit(120L).build());
        assertThat(merged.geo()).isEqualTo(current.geo().toBuilder().geoCountries(List.of(GeoEntry.of("FR"))).build());
        assertThat(merged.events()).isEqualTo(Offers.events(1));
        assertThat(merged.name()).isEqualTo(current.name());
        assertThat(validator(engine).validateUpdate(current, update).violations()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void anUpdateWithoutIdIs6301AndAnotherIdIsAUsageError(Engine engine) {
        OfferValidator validator = validator(engine);

        assertThat(validator.validateUpdate(current(), Offer.builder().name("X").build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6301, "/id"));
        assertThatThrownBy(() -> validator.validateUpdate(current(), Offer.builder().id(42).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("42").hasMessageContaining("41");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void anUpdateOfAnOfferThatDoesNotExistIs6304(Engine engine) {
        OfferLookup only41 = new OfferLookup() {
            @Override
            public boolean offerExists(int offerId) {
                return offerId == 41;
            }
        };
        OfferValidator withLookup = OfferValidator.builder().engine(engine).lookup(only41).build();
        Offer of42 = Offer.builder().id(42).name("X").build();

        assertThat(withLookup.validateUpdate(current(), update(b -> b.name("X"))).violations()).isEmpty();
        assertThat(withLookup.validate(of42, ValidationMode.UPDATE).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6304, "/id"));
        assertThat(withLookup.validateUpdate(current().toBuilder().id(42).build(), of42).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6304, "/id"));
        assertThat(validator(engine).validateUpdate(null, of42.toBuilder().ssl(3).build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6304, "/id"), tuple(6319, "/ssl"));
        assertThat(withLookup.validate(of42, ValidationMode.CREATE).codeNumbers()).doesNotContain(6304);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void withCurrentOffersValidateChecksAnUpdateAgainstItsCurrentOffer(Engine engine) {
        Map<Integer, Offer> current = Map.of(41, current());
        OfferValidator validator = OfferValidator.builder().engine(engine).mode(ValidationMode.UPDATE)
                .currentOffers(current::get).build();

        assertThat(validator.validate(update(b -> b.caps(Caps.builder().capIntervalLimit(500L).build()))).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6399, "/cap_interval_limit"));
        assertThat(validator.validate(Offer.builder().id(7).build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6304, "/id"));
        assertThat(validator.validate(Offer.builder().name("X").build()).codeNumbers()).containsExactly(6301);
    }
}
