package org.offerrules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;

import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.model.Offer;

/**
 * The plan runs each component's checks on a hidden copy of {@link PropertyStep} (see {@link Steps});
 * these prove that the copies are really made, that plans are shared, and that a plan of copies
 * reports exactly what a plan of the one shared class reports.
 */
class SpecializedStepsTest {

    private static final Set<Class<?>> CREATE = Set.of(Default.class, Create.class);
    private static final Set<Class<?>> UPDATE = Set.of(Default.class, Update.class);

    @Test
    void everyComponentRunsOnAHiddenClassOfItsOwn() {
        assertThat(Steps.specializes()).as("PropertyStep.class is readable as a resource").isTrue();
        CompiledPlan.Property spec = new CompiledPlan.Property();
        spec.rules = new org.offerrules.validation.internal.rules.RuleValidator[0];
        spec.accessor = o -> o;
        Step one = Steps.of(spec, true);
        Step two = Steps.of(spec, true);
        assertThat(one.getClass().isHidden()).isTrue();
        assertThat(two.getClass()).isNotSameAs(one.getClass());
        assertThat(Steps.of(spec, false).getClass()).isSameAs(PropertyStep.class);
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
