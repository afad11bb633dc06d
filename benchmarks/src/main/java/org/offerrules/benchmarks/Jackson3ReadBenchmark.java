package org.offerrules.benchmarks;

import java.util.concurrent.TimeUnit;

import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ReadBenchmark} through {@code validation-jackson3}: the same documents, bound by the same
 * shared binder over a Jackson 3 parser, then the compiled validator.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class Jackson3ReadBenchmark {

    private OfferReader reader;

    @Setup
    public void setUp() {
        reader = OfferReader.builder().jackson(3).build();
    }

    @Benchmark
    public ReadResult readAndValidate(DataSet data, Cursor cursor) {
        return reader.read(data.json[cursor.next()]);
    }
}
