package org.offerrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.ToIntFunction;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.model.Offer;

/**
 * A development aid, not a benchmark: CPU nanoseconds per offer of the compiled validator, measured
 * with the thread's CPU clock so that before/after comparisons of an optimisation stay readable on a
 * busy shared machine where JMH's wall-clock throughput swings widely. Figures for the docs come from
 * JMH ({@code benchmarks/run.sh}), never from this.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.CpuProbe [kind] [rounds] [compiled|plain]</pre>
 *
 * {@code plain} is the plain Hibernate Validator baseline of {@link ValidateBenchmark}.
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
        if (engine.equals("plain")) {
            Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
            validator = offer -> plain.validate(offer, Default.class, Create.class).size();
        } else {
            OfferValidator compiled = OfferValidator.create();
            validator = offer -> compiled.validate(offer).violations().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int ops = engine.equals("plain") ? 40_000 : 200_000;
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

    private static long run(ToIntFunction<Offer> validator, Offer[] offers, int ops) {
        long sink = 0;
        for (int i = 0; i < ops; i++) {
            sink += validator.applyAsInt(offers[i & (DataSet.SIZE - 1)]);
        }
        return sink;
    }
}
