package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.model.Offer;

/**
 * One validator shared by 16 threads returns, for every offer, the report a single-threaded run gives.
 * The shared validator is fresh, so its lazily resolved parts (record accessors of the cross-field
 * rules, the ISO table) are first used under contention.
 */
class ConcurrencyTest {

    static final long SEED = 0xC0C0_2026L;
    static final int THREADS = 16;

    /** Valid offers, and offers broken by one or two mutators, half and half. */
    static List<Offer> offers(int n, long seed) {
        Source s = Source.seeded(seed);
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE).stream()
                .filter(m -> !m.name().contains("too long"))   // 64 KiB strings: memory, not concurrency
                .toList();
        List<Offer> offers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Offer o = OfferGen.offer(s);
            int mutations = s.intBetween(0, 3) - 1;   // none (half), one or two of different areas
            if (mutations >= 1) {
                Mutator first = s.pick(mutators);
                o = first.apply(s, o).offer();
                if (mutations == 2) {
                    o = s.pick(mutators.stream().filter(m -> !m.area().equals(first.area())).toList()).apply(s, o).offer();
                }
            }
            offers.add(o);
        }
        return offers;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void compiledValidatorSharedBy16ThreadsOver100000Offers() throws Exception {
        assertSameReports(Engine.COMPILED, offers(100_000, SEED));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void hibernateValidatorSharedBy16ThreadsOver5000Offers() throws Exception {
        assertSameReports(Engine.HIBERNATE_VALIDATOR, offers(5_000, SEED + 1));
    }

    private static void assertSameReports(Engine engine, List<Offer> offers) throws Exception {
        OfferValidator single = OfferValidator.builder().engine(engine).build();
        ValidationReport[] expected = new ValidationReport[offers.size()];
        for (int i = 0; i < offers.size(); i++) {
            expected[i] = single.validate(offers.get(i));
        }
        long broken = java.util.Arrays.stream(expected).filter(r -> !r.isValid()).count();
        assertThat(broken).as("a mix of valid and broken offers").isBetween(offers.size() / 3L, offers.size() * 4L / 5);

        OfferValidator shared = OfferValidator.builder().engine(engine).build();
        ValidationReport[] actual = new ValidationReport[offers.size()];
        AtomicInteger next = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < offers.size(); i = next.getAndIncrement()) {
                        actual[i] = shared.validate(offers.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < offers.size() && differences.size() < 10; i++) {
            if (!expected[i].equals(actual[i])) {
                differences.add(i + ": expected " + expected[i] + " but got " + actual[i]);
            }
        }
        assertThat(differences).isEmpty();
    }
}
