package org.offerrules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.internal.rules.FlagValidator;
import org.offerrules.validation.internal.rules.PositiveValidator;
import org.offerrules.validation.internal.rules.RuleValidator;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.model.Offer;

/**
 * The plan runs each component's checks on a hidden copy of {@link PropertyStep} (see {@link Steps});
 * these prove that the copies are really made, one per shape, that plans are shared, and that a plan of copies
 * reports exactly what a plan of the one shared class reports.
 */
class SpecializedStepsTest {

    private static final Set<Class<?>> CREATE = Set.of(Default.class, Create.class);
    private static final Set<Class<?>> UPDATE = Set.of(Default.class, Update.class);

    @Test
    void componentsOfOneShapeShareAHiddenClassOfTheirOwn() {
        assertThat(Steps.specializes()).as("PropertyStep.class is readable as a resource").isTrue();
        Step flag = Steps.of(spec(new FlagValidator()), true);
        Step otherFlag = Steps.of(spec(new FlagValidator()), true);
        Step positive = Steps.of(spec(new PositiveValidator()), true);
        Step flagThenPositive = Steps.of(spec(new FlagValidator(), new PositiveValidator()), true);
        assertThat(flag.getClass().isHidden()).isTrue();
        assertThat(otherFlag.getClass()).isSameAs(flag.getClass());
        assertThat(List.of(positive.getClass(), flagThenPositive.getClass())).doesNotHaveDuplicates()
                .doesNotContain(flag.getClass());
        assertThat(Steps.of(spec(new FlagValidator()), false).getClass()).isSameAs(PropertyStep.class);
    }

    @Test
    void theOfferPlanNeedsFarFewerCopiesThanComponents() {
        List<CompiledPlan.Property> components = CompiledPlan.compile(Offer.class, CREATE, false).properties();
        Set<List<Object>> shapes = components.stream().map(Steps::shape).collect(Collectors.toSet());
        assertThat(components).hasSizeGreaterThan(50);
        assertThat(shapes).hasSizeLessThan(components.size() / 2);
    }

    @SafeVarargs
    private static CompiledPlan.Property spec(RuleValidator<?, ?>... rules) {
        CompiledPlan.Property spec = new CompiledPlan.Property();
        @SuppressWarnings("unchecked")
        RuleValidator<?, Object>[] typed = (RuleValidator<?, Object>[]) rules;
        spec.rules = typed;
        spec.accessor = o -> o;
        return spec;
    }

    @Test
    void aTypeAndItsGroupsCompileOnce() {
        assertThat(CompiledPlan.compile(Offer.class, Set.of(Create.class, Default.class)))
                .isSameAs(CompiledPlan.compile(Offer.class, CREATE))
                .isNotSameAs(CompiledPlan.compile(Offer.class, UPDATE));
    }

    @Test
    void specializedAndSharedStepsReportTheSameOnEveryMutation() {
        CompiledPlan[] specialized = {CompiledPlan.compile(Offer.class, CREATE, true),
                CompiledPlan.compile(Offer.class, UPDATE, true)};
        CompiledPlan[] shared = {CompiledPlan.compile(Offer.class, CREATE, false),
                CompiledPlan.compile(Offer.class, UPDATE, false)};
        List<Mutation> mutations = Mutations.all();
        assertThat(mutations).hasSizeGreaterThan(50);
        for (Mutation m : mutations) {
            int plan = m.mode() == ValidationMode.CREATE ? 0 : 1;
            Offer offer = m.apply();
            List<Violation> expected = shared[plan].validate(offer, false);
            assertThat(specialized[plan].validate(offer, false)).as(m.toString()).isEqualTo(expected)
                    .extracting(v -> v.code().number() + " " + v.pointer()).contains(m.code() + " " + m.pointer());
            assertThat(specialized[plan].validate(offer, true)).as(m + " (fail fast)")
                    .isEqualTo(shared[plan].validate(offer, true));
        }
    }

    @Test
    void specializedAndSharedStepsReportTheSameOnGeneratedOffers() {
        CompiledPlan specialized = CompiledPlan.compile(Offer.class, CREATE, true);
        CompiledPlan shared = CompiledPlan.compile(Offer.class, CREATE, false);
        qt().withFixedSeed(20261121L).withExamples(300).forAll(OfferGen.offers())
                .checkAssert(o -> assertThat(specialized.validate(o, false)).isEqualTo(shared.validate(o, false)));
    }
}
