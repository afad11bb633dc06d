package org.offerrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.Offer;

/**
 * A development aid, not a benchmark: CPU nanoseconds per offer of the compiled validator, measured
 * with the thread's CPU clock so that before/after comparisons of an optimisation stay readable on a
 * busy shared machine where JMH's wall-clock throughput swings widely. Figures for the docs come from
 * JMH ({@code benchmarks/run.sh}), never from this.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.CpuProbe [kind] [rounds]</pre>
 */
public final class CpuProbe {

    private CpuProbe() {
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mixed";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Offer[] offers = DataSet.offers(kind, DataSet.SIZE).toArray(Offer[]::new);
        OfferValidator validator = OfferValidator.create();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int ops = 200_000;
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
        System.out.printf("%s: CPU ns/offer min %.0f median %.0f (%d rounds of %d) [%d]%n", kind, nsPerOp[0],
                nsPerOp[rounds / 2], rounds, ops, sink & 1);
    }

    private static long run(OfferValidator validator, Offer[] offers, int ops) {
        long sink = 0;
        for (int i = 0; i < ops; i++) {
            ValidationReport report = validator.validate(offers[i & (DataSet.SIZE - 1)]);
            sink += report.violations().size();
        }
        return sink;
    }
}
