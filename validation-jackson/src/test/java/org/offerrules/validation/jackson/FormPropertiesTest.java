package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;

/**
 * The core's generated offers and mutations through the form encoding: write, read back, and agree
 * with JSON. Fixed seeds; QuickTheories prints the seed and the shrunk case on failure.
 */
class FormPropertiesTest {

    private static final long SEED = JsonPropertiesTest.SEED + 100;
    private static final int EXAMPLES = JsonPropertiesTest.EXAMPLES;

    private static final OfferReader READER = OfferReader.create();
    private static final OfferReader UPDATES = OfferReader.builder().mode(ValidationMode.UPDATE).build();

    @Test
    void writingThenReadingAValidOfferGivesAnEqualValidOffer() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(OfferGen.offers()).checkAssert(offer -> {
            ReadResult read = READER.readForm(OfferForm.write(offer));
            assertThat(read.report().violations()).isEmpty();
            assertThat(read.offer()).isEqualTo(offer);
        });
    }

    @Test
    void writingThenReadingAValidUpdateGivesAnEqualValidOffer() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(OfferGen.updates()).checkAssert(offer -> {
            ReadResult read = UPDATES.readForm(OfferForm.write(offer));
            assertThat(read.report().violations()).isEmpty();
            assertThat(read.offer()).isEqualTo(offer);
        });
    }

    /**
     * Every single mutation of the core's fixtures gives, through the form encoding, the same codes at
     * the same pointers as through JSON, with positions: one schema, one set of codes. The offer read is
     * the same too, but for what the encoding cannot tell apart: an empty list element is JSON's null
     * element, so a compact element whose text is empty ({@code ""}, a malformed entry in JSON) reads
     * as null, with the same report. Those are counted and must stay rare.
     */
    @Test
    void eachMutationThroughTheFormAgreesWithJson() {
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        AtomicInteger otherOffer = new AtomicInteger();
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(Source.gen(s -> s.pick(mutators).apply(s, OfferGen.offer(s))))
                .checkAssert(broken -> {
                    ReadResult json = READER.read(OfferWriter.toJson(broken.offer()));
                    ReadResult form = READER.readForm(OfferForm.write(broken.offer()));
                    assertThat(problems(form)).isEqualTo(problems(json));
                    assertThat(form.report().violations()).allMatch(Violation::hasLocation);
                    if (!form.offer().equals(json.offer())) {
                        otherOffer.incrementAndGet();
                        assertThat(OfferWriter.toJson(json.offer())).contains("\"\"");
                    }
                });
        assertThat(otherOffer.get()).isLessThan(EXAMPLES / 100);
    }

    /** Random character-level changes of valid bodies never make the reader throw, and give catalog codes. */
    @Test
    void fuzzedBodiesNeverThrow() {
        Source s = Source.seeded(SEED + 3);
        String alphabet = "&=[]%+-.0123456789abcdefABCDEF\u00e9\uD83C\uDF89 ";
        for (int i = 0; i < JsonPropertiesTest.FUZZ / 10; i++) {
            StringBuilder body = new StringBuilder(OfferForm.write(OfferGen.offer(s)));
            for (int c = s.intBetween(1, 4); c > 0 && body.length() > 0; c--) {
                int at = s.intBetween(0, body.length() - 1);
                switch (s.intBetween(0, 2)) {
                    case 0 -> body.insert(at, alphabet.charAt(s.intBetween(0, alphabet.length() - 1)));
                    case 1 -> body.delete(at, Math.min(body.length(), at + s.intBetween(1, 6)));
                    default -> body.setLength(at);
                }
            }
            ReadResult result;
            try {
                result = READER.readForm(body.toString());
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " threw on: " + body, e);
            }
            assertThat(result.offer()).isNotNull();
            for (Violation v : result.report().violations()) {
                if (ErrorCode.find(v.codeNumber()).isEmpty() || v.column() < 1 || v.column() > body.length() + 1) {
                    throw new AssertionError("case " + i + ": " + v + " in " + body);
                }
            }
        }
    }

    private static List<String> problems(ReadResult result) {
        return result.report().violations().stream().map(v -> v.codeNumber() + " " + v.pointer() + " " + v.severity())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
