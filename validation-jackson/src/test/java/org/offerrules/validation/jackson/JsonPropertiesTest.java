package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Mutator.Broken;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;

/**
 * The generated offers and mutations of the core's fixtures, through JSON: write, read, validate.
 * Fixed seeds; QuickTheories prints the seed and the shrunk case on failure.
 */
class JsonPropertiesTest {

    static final long SEED = 0x75_0A_2026L;
    static final int EXAMPLES = Integer.getInteger("offerRules.examples", 2_000);
    /** Byte-level fuzz cases per run; {@code -DofferRules.fuzz=10000000} for a long local run. */
    static final int FUZZ = Integer.getInteger("offerRules.fuzz", 100_000);

    private static final OfferReader READER = OfferReader.create();
    private static final OfferReader UPDATES = OfferReader.builder().mode(ValidationMode.UPDATE).build();
    private static final OfferValidator HIBERNATE = OfferValidator.builder().engine(Engine.HIBERNATE_VALIDATOR).build();

    /** What a report says, without source positions (the Java API has none). */
    static List<String> problems(ValidationReport report) {
        return report.violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.severity() + " " + v.message())
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void writingThenReadingAValidOfferGivesAnEqualValidOffer() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(OfferGen.offers()).checkAssert(offer -> {
            ReadResult read = READER.read(OfferWriter.toJson(offer));
            assertThat(read.report().violations()).isEmpty();
            assertThat(read.offer()).isEqualTo(offer);
        });
    }

    @Test
    void writingThenReadingAValidUpdateGivesAnEqualValidOffer() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(OfferGen.updates()).checkAssert(offer -> {
            ReadResult read = UPDATES.read(OfferWriter.toJson(offer).getBytes(StandardCharsets.UTF_8));
            assertThat(read.report().violations()).isEmpty();
            assertThat(read.offer()).isEqualTo(offer);
        });
    }

    /**
     * The binder matches names in schema order first, then a few names ahead, then through the map:
     * the same broken offers with every object's keys in a random order must give the same offer and
     * the same problems at the same pointers.
     */
    @Test
    void keysInAnyOrderGiveTheSameOfferAndProblems() {
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        ObjectMapper mapper = new ObjectMapper();
        qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES / 4).forAll(Source.gen(s -> {
            Broken broken = s.pick(mutators).apply(s, OfferGen.offer(s));
            return new Object[] {broken, s.between(0, Long.MAX_VALUE - 1)};
        })).checkAssert(pair -> {
            Broken broken = (Broken) pair[0];
            String inOrder = OfferWriter.toJson(broken.offer());
            String shuffled;
            try {
                JsonNode tree = mapper.readTree(inOrder);
                shuffled = mapper.writeValueAsString(shuffle(tree, new Random((Long) pair[1])));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ReadResult expected = READER.read(inOrder);
            ReadResult actual = READER.read(shuffled);
            assertThat(actual.offer()).isEqualTo(expected.offer());
            assertThat(actual.report().violations()).extracting(Violation::codeNumber, Violation::pointer)
                    .containsExactlyInAnyOrderElementsOf(expected.report().violations().stream()
                            .map(v -> tuple(v.codeNumber(), v.pointer())).toList());
        });
    }

    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(shuffle(element, random)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, random);
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            copy.set(name, shuffle(node.get(name), random));
        }
        return copy;
    }

    /**
     * Every single mutation through JSON gives exactly its code at its pointer, with a position, and the
     * same problems as the Java API (both engines) on the offer the reader bound. A mutation the wire
     * cannot carry (a region list without a mode exists only in the Java model; NaN has no JSON form)
     * must still agree with the Java API on what was read; those are counted and must stay rare.
     */
    @Test
    void eachMutationThroughJsonAgreesWithTheJavaApi() {
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        AtomicInteger notOnTheWire = new AtomicInteger();
        AtomicInteger cases = new AtomicInteger();
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(Source.gen(s -> {
            Mutator m = s.pick(mutators);
            return m.apply(s, OfferGen.offer(s));
        })).checkAssert(broken -> {
            cases.incrementAndGet();
            ReadResult read = READER.read(OfferWriter.toJson(broken.offer()));
            assertThat(read.offer()).isNotNull();
            ValidationReport java = READER.validator().validate(read.offer());
            List<Violation> violations = read.report().violations();
            if (read.offer().equals(broken.offer())) {
                assertThat(violations).extracting(Violation::codeNumber, Violation::pointer)
                        .containsExactly(tuple(broken.code(), broken.pointer()));
                assertThat(violations.get(0).hasLocation()).isTrue();
                assertThat(problems(read.report())).isEqualTo(problems(java)).isEqualTo(problems(HIBERNATE.validate(read.offer())));
            } else {
                // NaN and infinities travel as strings and are read back as the field's type error (the same
                // code, the rule's report on that field dropped); otherwise the wire carries another offer,
                // and the reader must report what the Java API reports for it: a region list without a mode
                // is written as the bare country (valid)
                notOnTheWire.incrementAndGet();
                // a device rule whose only value is "" is written "m:OS:", which reads as "no value"
                if (!problems(read.report()).equals(problems(java))) {
                    assertThat(violations).extracting(Violation::codeNumber, Violation::pointer)
                            .containsExactly(tuple(broken.code(), broken.pointer()));
                }
            }
        });
        assertThat(notOnTheWire.get()).as("mutations the wire cannot carry, of %s", cases.get()).isLessThan(cases.get() / 20);
    }

    /**
     * Random byte-level mutations (flip, insert, delete, truncate, splice) of valid documents never
     * make the reader throw or hang, and always give a report that makes sense: codes from the
     * catalog, pointers, and a coded error whenever no offer could be bound.
     */
    @Test
    void fuzzedDocumentsNeverThrowNorHang() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            Source s = Source.seeded(SEED + 3);
            List<byte[]> seeds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                seeds.add(OfferWriter.toJson(OfferGen.offer(s)).getBytes(StandardCharsets.UTF_8));
            }
            int nullOffers = 0;
            int valid = 0;
            long slowest = 0;
            for (int i = 0; i < FUZZ; i++) {
                byte[] doc = fuzz(s, s.pick(seeds), s.pick(seeds));
                long start = System.nanoTime();
                ReadResult result;
                try {
                    result = READER.read(doc);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("case " + i + " threw on: " + new String(doc, StandardCharsets.UTF_8), e);
                }
                slowest = Math.max(slowest, System.nanoTime() - start);
                for (Violation v : result.report().violations()) {   // plain checks: 100,000 cases
                    if (ErrorCode.find(v.codeNumber()).isEmpty() || !(v.pointer().isEmpty() || v.pointer().startsWith("/"))) {
                        throw new AssertionError("case " + i + ": " + v);
                    }
                }
                if (result.offer() == null) {
                    nullOffers++;
                    if (!result.report().codeNumbers().contains(6055)) {
                        throw new AssertionError("case " + i + ": no offer and no 6055: " + result.report());
                    }
                }
                if (result.isValid()) {
                    valid++;
                }
            }
            // the mutations reach both sides: broken JSON and JSON that binds (sometimes still valid)
            assertThat(nullOffers).isBetween(FUZZ / 20, FUZZ - FUZZ / 20);
            assertThat(valid).isPositive();
            assertThat(slowest).as("slowest single read, ns").isLessThan(Duration.ofSeconds(10).toNanos());
        });
    }

    private static final String STRUCTURAL = "{}[]\":,\\-0eE.n \n\u0000";

    /** One to three byte-level changes of {@code doc}, sometimes splicing in a piece of {@code other}. */
    static byte[] fuzz(Source s, byte[] doc, byte[] other) {
        byte[] out = doc;
        int changes = s.intBetween(1, 3);
        for (int c = 0; c < changes && out.length > 0; c++) {
            int at = s.intBetween(0, out.length - 1);
            switch (s.intBetween(0, 5)) {
                case 0 -> {   // flip bits
                    out = out.clone();
                    out[at] ^= (byte) (1 << s.intBetween(0, 7));
                }
                case 1 -> {   // insert a byte: structural characters, quotes, digits, or anything
                    byte b = s.bool() ? (byte) STRUCTURAL.charAt(s.intBetween(0, STRUCTURAL.length() - 1)) : (byte) s.intBetween(0, 255);
                    out = concat(slice(out, 0, at), new byte[] {b}, slice(out, at, out.length));
                }
                case 2 -> {   // delete a run
                    out = concat(slice(out, 0, at), slice(out, Math.min(out.length, at + s.intBetween(1, 8)), out.length));
                }
                case 3 -> out = slice(out, 0, at);   // truncate
                case 4 -> {   // splice a piece of another document
                    int from = s.intBetween(0, other.length - 1);
                    out = concat(slice(out, 0, at), slice(other, from, Math.min(other.length, from + s.intBetween(1, 40))),
                            slice(out, at, out.length));
                }
                default -> {   // duplicate a run (repeated keys, nesting)
                    int end = Math.min(out.length, at + s.intBetween(1, 30));
                    out = concat(slice(out, 0, end), slice(out, at, end), slice(out, end, out.length));
                }
            }
        }
        return out;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
