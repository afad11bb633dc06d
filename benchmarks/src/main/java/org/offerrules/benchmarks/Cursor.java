package org.offerrules.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's position in the {@link DataSet}: every operation takes the next offer, so
 * one operation is one offer and JMH's ops/s and {@code gc.alloc.rate.norm} are per offer.
 */
@State(Scope.Thread)
public class Cursor {

    private int next;

    /** The index of the next offer, wrapping around the data set. */
    public int next() {
        int i = next;
        next = (i + 1) & (DataSet.SIZE - 1);
        return i;
    }
}
