package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.internal.Updates;
import org.offerrules.validation.model.Offer;
import org.quicktheories.core.Gen;

/**
 * Updates against generated valid current offers (QuickTheories, fixed seed): for a single-field
 * update, {@code validateUpdate} reports exactly what the merge has, each at the update's field when
 * the merge had it at a field the update leaves out; both engines.
 */
class UpdatePropertiesTest {

    private static final OfferValidator COMPILED = OfferValidator.create();
    private static final OfferValidator HIBERNATE = OfferValidator.builder().engine(Engine.HIBERNATE_VALIDATOR).build();

    /** A valid current offer and an update carrying its id and one field, valid or broken. */
    record Case(Offer current, Updates.Field field, Offer update) {
        @Override
        public String toString() {
            return field.wireName() + "\ncurrent " + current + "\nupdate " + update;
        }
    }

    static Gen<Case> cases() {
        List<Mutator> mutators = Mutators.of(ValidationMode.UPDATE);
        List<Updates.Field> fields = Updates.fields(Offer.class).stream().filter(f -> !f.wireName().equals("id")).toList();
        return Source.gen(s -> {
            Offer valid = OfferGen.offer(s);
            int id = s.intBetween(1, Integer.MAX_VALUE - 1);
            Offer current = valid.toBuilder().id(valid.secondaryOffer() != null && valid.secondaryOffer() == id ? id + 1 : id)
                    .build();
            Offer source = s.bool() ? OfferGen.offer(s) : s.pick(mutators).apply(s, OfferGen.update(s)).offer();
            Updates.Field field = s.pick(fields);
            Offer update = field.with(Offer.builder().id(current.id()).build(), field.get(source));
            return new Case(current, field, update);
        });
    }

    @Test
    void aSingleFieldUpdateReportsWhatTheMergeHasAtTheUpdatesPointers() {
        AtomicInteger moved = new AtomicInteger();
        qt().withFixedSeed(OfferPropertiesTest.SEED + 20).withExamples(OfferPropertiesTest.EXAMPLES).forAll(cases())
                .checkAssert(c -> {
                    assertThat(COMPILED.validateUpdate(c.current(), c.current()).violations()).isEmpty();
                    // the merge's own violations: as an update of itself, every field is the update's and
                    // stays where it is, checked as a merge is (the conditional presence rules too, brief 1.9)
                    Offer merge = OfferValidator.merge(c.current(), c.update());
                    List<Violation> merged = COMPILED.validateUpdate(merge, merge).violations();
                    ValidationReport report = COMPILED.validateUpdate(c.current(), c.update());
                    assertThat(HIBERNATE.validateUpdate(c.current(), c.update()))
                            .as("Hibernate Validator agrees with the compiled plan").isEqualTo(report);
                    assertThat(report.violations()).extracting(Violation::codeNumber)
                            .containsExactlyInAnyOrderElementsOf(merged.stream().map(Violation::codeNumber).toList());
                    List<String> expected = merged.stream().map(v -> placed(v.pointer(), c)).sorted().toList();
                    assertThat(report.violations().stream().map(Violation::pointer).sorted().toList())
                            .isEqualTo(expected);
                    assertThat(report.warnings()).isEmpty();
                    merged.stream().filter(v -> !placed(v.pointer(), c).equals(v.pointer())).forEach(v -> moved.incrementAndGet());
                });
        assertThat(moved.get()).as("violations moved to the update's field").isPositive();
    }

    /** Where a violation of the merge at {@code pointer} belongs: there if the update has it, else at the update's field. */
    private static String placed(String pointer, Case c) {
        String own = "/" + c.field().wireName();
        return pointer.equals("/id") || pointer.equals(own) || pointer.startsWith(own + "/") ? pointer : own;
    }
}
