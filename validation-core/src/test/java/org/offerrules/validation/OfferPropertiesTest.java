package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutator.Broken;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.model.Offer;
import org.quicktheories.core.Gen;

/**
 * Properties over generated offers (QuickTheories, fixed seed: a failure prints the seed and the
 * shrunk offer). Both engines must give the expected report, and the same one.
 */
class OfferPropertiesTest {

    /** The seed of every property here; change it to explore, keep it fixed in CI. */
    static final long SEED = 0x0FFE4_2026L;
    /** Cases per property; {@code -DofferRules.examples=100000} for a long local run. */
    static final int EXAMPLES = Integer.getInteger("offerRules.examples", 2_000);

    private static final OfferValidator COMPILED = OfferValidator.create();
    private static final OfferValidator HIBERNATE = OfferValidator.builder().engine(Engine.HIBERNATE_VALIDATOR).build();

    /** One mutated offer and what it must report. */
    record Case(Mutator mutator, Broken broken) {
        @Override
        public String toString() {
            return mutator.name() + " -> " + broken.code() + " " + broken.pointer() + "\n" + broken.offer();
        }
    }

    /** Two independent mutations of one offer. */
    record Pair(Mutator first, Mutator second, Broken a, Broken b) {
        @Override
        public String toString() {
            return first.name() + " + " + second.name() + "\n" + b.offer();
        }
    }

    static Gen<Case> cases(ValidationMode mode) {
        List<Mutator> mutators = Mutators.of(mode);
        return Source.gen(s -> {
            Offer valid = mode == ValidationMode.CREATE ? OfferGen.offer(s) : OfferGen.update(s);
            Mutator m = s.pick(mutators);
            return new Case(m, m.apply(s, valid));
        });
    }

    static ValidationReport validate(Offer offer, ValidationMode mode) {
        ValidationReport compiled = COMPILED.validate(offer, mode);
        assertThat(HIBERNATE.validate(offer, mode)).as("Hibernate Validator agrees with the compiled plan").isEqualTo(compiled);
        return compiled;
    }

    @Test
    void everyGeneratedOfferIsValidInBothEngines() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(OfferGen.offers())
                .checkAssert(offer -> assertThat(validate(offer, ValidationMode.CREATE).violations()).isEmpty());
    }

    @Test
    void everyGeneratedUpdateIsValidInBothEngines() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(OfferGen.updates())
                .checkAssert(offer -> assertThat(validate(offer, ValidationMode.UPDATE).violations()).isEmpty());
    }

    @Test
    void everySingleMutationYieldsExactlyItsCodeAtItsPointer() {
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(cases(ValidationMode.CREATE))
                .checkAssert(c -> assertThat(validate(c.broken().offer(), ValidationMode.CREATE).violations())
                        .extracting(Violation::codeNumber, Violation::pointer)
                        .containsExactly(tuple(c.broken().code(), c.broken().pointer())));
    }

    @Test
    void everySingleMutationOfAnUpdateYieldsExactlyItsCodeAtItsPointer() {
        qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES).forAll(cases(ValidationMode.UPDATE))
                .checkAssert(c -> assertThat(validate(c.broken().offer(), ValidationMode.UPDATE).violations())
                        .extracting(Violation::codeNumber, Violation::pointer)
                        .containsExactly(tuple(c.broken().code(), c.broken().pointer())));
    }

    @Test
    void twoIndependentMutationsYieldBoth() {
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        Gen<Pair> pairs = Source.gen(s -> {
            Mutator first = s.pick(mutators);
            List<Mutator> others = mutators.stream().filter(m -> !m.area().equals(first.area())).toList();
            Mutator second = s.pick(others);
            Broken a = first.apply(s, OfferGen.offer(s));
            return new Pair(first, second, a, second.apply(s, a.offer()));
        });
        qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES).forAll(pairs)
                .checkAssert(p -> assertThat(validate(p.b().offer(), ValidationMode.CREATE).violations())
                        .extracting(Violation::codeNumber, Violation::pointer)
                        .containsExactlyInAnyOrder(tuple(p.a().code(), p.a().pointer()), tuple(p.b().code(), p.b().pointer())));
    }

    /**
     * Not left to chance: every mutator, in every mode it applies to, on 20 generated offers each.
     * Also proves the catalogue reaches every offline code the hand-written {@code Mutations} reach.
     */
    @Test
    void everyMutatorBreaksItsRuleOnManyOffers() {
        Source s = Source.seeded(SEED + 5);
        List<String> failures = new ArrayList<>();
        for (ValidationMode mode : ValidationMode.values()) {
            for (Mutator m : Mutators.of(mode)) {
                for (int i = 0; i < 20; i++) {
                    Offer valid = mode == ValidationMode.CREATE ? OfferGen.offer(s) : OfferGen.update(s);
                    Broken b = m.apply(s, valid);
                    List<Violation> violations = validate(b.offer(), mode).violations();
                    if (violations.size() != 1 || violations.get(0).codeNumber() != b.code()
                            || !violations.get(0).pointer().equals(b.pointer())) {
                        failures.add(mode + " " + m.name() + ": expected " + b.code() + " " + b.pointer() + ", got "
                                + violations + " for " + b.offer());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        List<Integer> codes = Mutators.all().stream().map(m -> m.apply(Source.seeded(1), OfferGen.offer(Source.seeded(2))).code())
                .distinct().toList();
        assertThat(codes).containsAll(org.offerrules.validation.fixtures.Mutations.all().stream().map(x -> x.code()).distinct().toList());
    }
}
