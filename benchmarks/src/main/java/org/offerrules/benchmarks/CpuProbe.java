package org.offerrules.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.Offer;

/**
 * A development aid, not a benchmark: CPU nanoseconds per offer of the compiled validator, measured
 * with the thread's CPU clock so that before/after comparisons of an optimisation stay readable on a
 * busy shared machine where JMH's wall-clock throughput swings widely. Figures for the docs come from
 * JMH ({@code benchmarks/run.sh}), never from this.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.CpuProbe [kind] [rounds] [compiled|plain]</pre>
 *
 * {@code plain} is the plain Hibernate Validator baseline of {@link ValidateBenchmark}; {@code read}
 * is {@link ReadBenchmark}'s read + validate of the same offers' JSON, {@code tree} and {@code records}
 * the Jackson baselines of {@link JacksonBenchmark} on that JSON. {@code query} and {@code query-read} are
 * {@link ReportQueryBenchmark}'s validate and read + validate of its report query (the kind is ignored):
 * CPU ns per query.
 */
public final class CpuProbe {

    private CpuProbe() {
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mixed";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String engine = args.length > 2 ? args[2] : "compiled";
        Offer[] offers = DataSet.offers(kind, DataSet.SIZE).toArray(Offer[]::new);
        ToIntFunction<Offer> validator;
        if (engine.startsWith("query")) {
            validator = query(engine);
        } else if (engine.equals("read") || engine.equals("tree") || engine.equals("records")) {
            validator = reading(engine, offers);
        } else if (engine.equals("plain")) {
            Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
            validator = offer -> plain.validate(offer, Default.class, Create.class).size();
        } else {
            OfferValidator compiled = OfferValidator.create();
            validator = offer -> compiled.validate(offer).violations().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int ops = engine.equals("compiled") || engine.startsWith("query") ? 200_000 : 40_000;
        for (int w = 0; w < 10; w++) {
            sink += run(validator, offers, ops);
        }
        double[] nsPerOp = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            sink += run(validator, offers, ops);
            nsPerOp[r] = (threads.getCurrentThreadCpuTime() - t0) / (double) ops;
        }
        Arrays.sort(nsPerOp);
        System.out.printf("%s %s: CPU ns/offer min %.0f median %.0f (%d rounds of %d) [%d]%n", kind, engine, nsPerOp[0],
                nsPerOp[rounds / 2], rounds, ops, sink & 1);
    }

    /** Ignores the offer it is given: validates, or reads and validates, the report query. */
    private static ToIntFunction<Offer> query(String engine) {
        ReportQueryBenchmark benchmark = new ReportQueryBenchmark();
        benchmark.setUp();
        return engine.equals("query-read") ? offer -> benchmark.readAndValidate().report().violations().size()
                : offer -> benchmark.validate().violations().size();
    }

    /** Reads the JSON of the offer it is given (made once, here) instead of validating the record. */
    private static ToIntFunction<Offer> reading(String engine, Offer[] offers) {
        IdentityHashMap<Offer, byte[]> json = new IdentityHashMap<>();
        byte[][] documents = DataSet.json(List.of(offers));
        for (int i = 0; i < offers.length; i++) {
            json.put(offers[i], documents[i]);
        }
        ObjectMapper tree = new ObjectMapper();
        ObjectReader records = PlainJackson.mapper().readerFor(Offer.class);
        OfferReader reader = OfferReader.builder().jackson(2).build();
        return offer -> {
            byte[] bytes = json.get(offer);
            try {
                return switch (engine) {
                    case "tree" -> tree.readTree(bytes).size();
                    case "records" -> ((Offer) records.readValue(bytes)).hashCode() & 1;
                    default -> reader.read(bytes).report().violations().size();
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static long run(ToIntFunction<Offer> validator, Offer[] offers, int ops) {
        long sink = 0;
        for (int i = 0; i < ops; i++) {
            sink += validator.applyAsInt(offers[i & (DataSet.SIZE - 1)]);
        }
        return sink;
    }
}
