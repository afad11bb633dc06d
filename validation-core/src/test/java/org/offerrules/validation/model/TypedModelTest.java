package org.offerrules.validation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.constraints.IntegerWhen;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.model.PricingType.Need;

/** The enums' typed knowledge and the records' typed reads beside their wire values. */
class TypedModelTest {

    private static final List<Class<? extends ApiValue>> API_VALUES = List.of(AccessType.class, CapInterval.class,
            CapType.class, ConversionPoint.class, OfferStatus.class, OfferType.class, PayoutType.class,
            RevenueType.class, SessionLifespan.class, TrackingProtocol.class);

    @Test
    void everyApiValueEnumReadsItsOwnSpellingsLetterCaseAside() throws Exception {
        for (Class<? extends ApiValue> type : API_VALUES) {
            Method from = type.getMethod("fromApiValue", String.class);
            for (ApiValue constant : type.getEnumConstants()) {
                assertThat(from.invoke(null, constant.apiValue())).isEqualTo(Optional.of(constant));
                assertThat(from.invoke(null, constant.apiValue().toUpperCase() + " ")).isEqualTo(Optional.empty());
            }
            assertThat(from.invoke(null, (Object) null)).isEqualTo(Optional.empty());
            assertThat(from.invoke(null, "")).isEqualTo(Optional.empty());
        }
        assertThat(OfferStatus.fromApiValue("Active")).contains(OfferStatus.ACTIVE);
        // letter case aside, as every named value (issue 24): the same constant
        assertThat(OfferStatus.fromApiValue("active")).contains(OfferStatus.ACTIVE);
        assertThat(PayoutType.fromApiValue("cpa + cps")).contains(PayoutType.CPA_CPS);
        assertThat(OfferStatus.fromApiValue("Actived")).isEmpty();
        assertThat(PayoutType.fromApiValue("CPA+CPS")).contains(PayoutType.CPA_CPS);
        // the event page's spelling of the combined types names the same constant (issue 24)
        assertThat(PayoutType.fromApiValue("CPA + CPS")).contains(PayoutType.CPA_CPS);
        assertThat(RevenueType.fromApiValue("RPA + RPS")).contains(RevenueType.RPA_RPS);
        assertThat(PayoutType.fromApiValue("CPA  +  CPS")).isEmpty();
        assertThat(PayoutType.CPA_CPS.spellings()).containsExactly("CPA+CPS", "CPA + CPS");
        assertThat(PayoutType.CPA.spellings()).containsExactly("CPA");
    }

    @Test
    void pricingTypesKnowWhatTheyNeedInTheOrderTheRulesSpellThem() {
        assertThat(PricingType.Need.AMOUNT.apiValues(PayoutType.class))
                .containsExactly("CPA", "CPC", "CPI", "CPA+CPS", "CPA + CPS");
        assertThat(PricingType.Need.PERCENT.apiValues(PayoutType.class)).containsExactly("CPS", "CPA+CPS", "CPA + CPS");
        assertThat(PricingType.Need.AMOUNT.apiValues(RevenueType.class))
                .containsExactly("RPA", "RPC", "RPI", "RPA+RPS", "RPA + RPS");
        assertThat(PricingType.Need.PERCENT.apiValues(RevenueType.class)).containsExactly("RPS", "RPA+RPS", "RPA + RPS");
        assertThat(PayoutType.CPS.requiresAmount()).isFalse();
        assertThat(RevenueType.RPA_RPS.requiresPercent()).isTrue();
    }

    @Test
    void typedRequiresReadsAsTheSpelledValues() {
        Requires payout = requires(TypedPricing.class, "payoutPercent");
        assertThat((String[]) ConstraintAnnotations.attribute(payout, "in")).containsExactly("CPS", "CPA+CPS", "CPA + CPS");
        assertThat(ConstraintAnnotations.requiredWhen(requires(TypedPricing.class, "revenue")))
                .containsExactly("RPA", "RPC", "RPI", "RPA+RPS", "RPA + RPS");
    }

    @Test
    void pricePresenceReadsItsTypesAsTheSpelledValues() throws Exception {
        PricePresence offerPayout = Offer.class.getDeclaredField("payoutTerms").getAnnotation(PricePresence.class);
        assertThat((String[]) ConstraintAnnotations.attribute(offerPayout, "percentTypes"))
                .containsExactly("CPS", "CPA+CPS", "CPA + CPS");
        PricePresence eventRevenue = Event.class.getDeclaredField("revenueTerms").getAnnotation(PricePresence.class);
        assertThat((String[]) ConstraintAnnotations.attribute(eventRevenue, "amountTypes"))
                .containsExactly("RPA", "RPC", "RPI", "RPA+RPS", "RPA + RPS");
    }

    /** {@code @Requires} naming its values through the pricing enums, as a user's record may. */
    @Requires(field = "payoutPercent", when = "payoutType", pricing = PayoutType.class, needs = Need.PERCENT, code = 6382)
    @Requires(field = "revenue", when = "revenueType", pricing = RevenueType.class, needs = Need.AMOUNT, code = 6715)
    private record TypedPricing(String payoutType, Double payoutPercent, String revenueType, Double revenue) {
    }

    @Test
    void capTypesKnowWhichCountWholeUnits() {
        assertThat(CountingType.countingApiValues(CapType.class)).containsExactly("Conversion");
        IntegerWhen whole = (IntegerWhen) ConstraintAnnotations.constraints(Caps.class.getAnnotations()).stream()
                .filter(IntegerWhen.class::isInstance).findFirst().orElseThrow();
        assertThat((String[]) ConstraintAnnotations.attribute(whole, "in")).containsExactly("Conversion");
        assertThatThrownBy(() -> ConstraintAnnotations.wholeWhen(WholeBoth.class.getAnnotation(IntegerWhen.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one of in and counting");
    }

    @IntegerWhen(field = "a", when = "b", in = "X", counting = CapType.class, code = 6340)
    record WholeBoth(Double a, String b) {
    }

    @Requires(field = "a", when = "b", in = "X", pricing = PayoutType.class, code = 6382)
    record Both(String a, String b) {
    }

    @Requires(field = "a", when = "b", code = 6382)
    record Neither(String a, String b) {
    }

    @Test
    void aRequiresGivesExactlyOneOfInAndPricing() {
        assertThatThrownBy(() -> ConstraintAnnotations.requiredWhen(Both.class.getAnnotation(Requires.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one of in and pricing");
        assertThatThrownBy(() -> ConstraintAnnotations.requiredWhen(Neither.class.getAnnotation(Requires.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("field = \"a\"");
    }

    @Test
    void typedReadsFollowTheWireValuesAndAreNoComponents() {
        Offer offer = Offer.builder().status(OfferStatus.PAUSED).payoutType("CPX").priceModel(PayoutType.CPI).build();
        assertThat(offer.statusValue()).contains(OfferStatus.PAUSED);
        assertThat(offer.payoutTypeValue()).isEmpty();
        assertThat(offer.priceModelValue()).contains(PayoutType.CPI);
        assertThat(offer.typeValue()).isEmpty();
        Event event = Event.builder().revenueType(RevenueType.RPS).trackingMethod("Server Postback").build();
        assertThat(event.revenueTypeValue()).contains(RevenueType.RPS);
        assertThat(event.payoutTypeValue()).isEmpty();
        Caps caps = Caps.builder().capType(CapType.BUDGET).build();
        assertThat(caps.capTypeValue()).contains(CapType.BUDGET);
        assertThat(caps.capIntervalValue()).isEmpty();
        for (Class<?> record : List.of(Offer.class, Event.class, Caps.class)) {
            assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                    .noneMatch(name -> name.endsWith("Value"));
        }
    }

    private static Requires requires(Class<?> type, String field) {
        for (Annotation a : ConstraintAnnotations.constraints(type.getAnnotations())) {
            if (a instanceof Requires r && r.field().equals(field)) {
                return r;
            }
        }
        throw new AssertionError(field);
    }
}
