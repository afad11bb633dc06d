package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
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
import org.offerrules.validation.fixtures.Lookups;
import org.offerrules.validation.fixtures.RequestMutation;
import org.offerrules.validation.fixtures.Requests;

/**
 * One validator shared by 16 threads from its very first call gives every request type the reports one
 * thread gives. What a validator makes on first use (the compiled plans, the record accessors, the wire
 * names, the ISO table, each request's catalog and rules) is static, so in this JVM the tests that ran
 * before have long made it, and {@link ConcurrencyTest}'s own sequential run makes it before its threads
 * start: it holds the steady state. Here the threads run in a class loader of their own over the same
 * class path, where nothing of the library has run yet, released together on the bodies of every request
 * row (valid, and each fixture mutation, in its mode), interleaved so that they meet each type's first use
 * at once; a lazily made part that is not safely published or not made once fails them.
 */
class FirstUseConcurrencyTest {

    static final int THREADS = 16;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void compiledValidatorSharedBy16ThreadsFromItsFirstCallOverEveryRequestType() throws Exception {
        assertSameReports(Engine.COMPILED);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void hibernateValidatorSharedBy16ThreadsFromItsFirstCallOverEveryRequestType() throws Exception {
        assertSameReports(Engine.HIBERNATE_VALIDATOR);
    }

    private static void assertSameReports(Engine engine) throws Exception {
        List<String> expected = Work.reports(engine.name(), 1);
        assertThat(expected).as("the bodies of every request row, valid and broken").hasSizeGreaterThan(2 * Request.values().length);
        assertThat(expected.stream().filter(r -> !r.equals("valid")).count()).as("broken bodies").isGreaterThan(expected.size() / 2L);

        List<String> actual;
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> work = Class.forName(Work.class.getName(), true, fresh);
            assertThat(work.getClassLoader()).as("a loader of its own, where the library has not run").isSameAs(fresh);
            @SuppressWarnings("unchecked")
            List<String> reports = (List<String>) work.getMethod("reports", String.class, int.class)
                    .invoke(null, engine.name(), THREADS);
            actual = reports;
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size() && differences.size() < 10; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.add(i + ": expected " + expected.get(i) + " but got " + actual.get(i));
            }
        }
        assertThat(differences).isEmpty();
        assertThat(actual).hasSameSizeAs(expected);
    }

    /** This test's class path (Surefire sets {@code java.class.path} to it in the forked JVM). */
    private static URL[] classPath() throws Exception {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = new File(entries[i]).toURI().toURL();
        }
        return urls;
    }

    /** What runs in the fresh loader: public, so that the test calls it there by reflection. */
    public static final class Work {

        private Work() {
        }

        /**
         * The report of every body, in order, as text, validated by {@code threads} threads released
         * together on one new validator of {@code engine}.
         */
        public static List<String> reports(String engine, int threads) throws Exception {
            // a group per request row, all threads on one group at a time: they meet each type's first use
            // together, each validating the same body at once
            List<List<Object>> bodies = new ArrayList<>();
            List<List<ValidationMode>> modes = new ArrayList<>();
            for (Request r : Request.values()) {
                List<Object> group = new ArrayList<>();
                List<ValidationMode> groupModes = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) { // as many as threads, whatever the run: the same bodies
                    group.add(Requests.valid(r));
                    groupModes.add(i % 2 == 0 ? ValidationMode.CREATE : ValidationMode.UPDATE);
                }
                for (RequestMutation<?> m : Requests.of(r)) {
                    group.add(m.apply());
                    groupModes.add(m.mode());
                }
                if (r == Request.SET_OFFER) {
                    for (org.offerrules.validation.model.Offer o : ConcurrencyTest.offers(400, ConcurrencyTest.SEED)) {
                        group.add(o);
                        groupModes.add(ValidationMode.CREATE);
                    }
                }
                bodies.add(group);
                modes.add(groupModes);
            }
            OfferValidator validator = OfferValidator.builder().engine(Engine.valueOf(engine)).clock(Requests.CLOCK)
                    .lookup(Lookups.missingReferencesOfTheFullOffer()).build();
            String[][] reports = new String[bodies.size()][];
            for (int g = 0; g < reports.length; g++) {
                reports[g] = new String[bodies.get(g).size()];
            }
            AtomicInteger[] next = new AtomicInteger[reports.length];
            java.util.Arrays.setAll(next, g -> new AtomicInteger());
            CyclicBarrier together = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        try {
                            for (int g = 0; g < reports.length; g++) {
                                together.await(1, TimeUnit.MINUTES);
                                for (int i = next[g].getAndIncrement(); i < reports[g].length; i = next[g].getAndIncrement()) {
                                    reports[g][i] = validator.validate(bodies.get(g).get(i), modes.get(g).get(i))
                                            .toString().strip();
                                }
                            }
                        } catch (RuntimeException | Error e) {
                            together.reset(); // the others stop waiting for this thread
                            throw e;
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
            return java.util.Arrays.stream(reports).flatMap(java.util.Arrays::stream).toList();
        }
    }
}
