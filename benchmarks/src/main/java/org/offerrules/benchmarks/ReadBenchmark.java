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
 * Read + validate through {@code validation-jackson}: {@link OfferReader#read(byte[])} of the data
 * set's wire-format JSON (bind, then the compiled validator), one document per operation, on the
 * same documents as {@link JacksonBenchmark} for the mixed kind. The target compares
 * {@code readAndValidate} (mixed) with {@code JacksonBenchmark.jacksonTree}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ReadBenchmark {

    private OfferReader reader;

    @Setup
    public void setUp() {
        reader = OfferReader.builder().jackson(2).build();
    }

    @Benchmark
    public ReadResult readAndValidate(DataSet data, Cursor cursor) {
        return reader.read(data.json[cursor.next()]);
    }
}
