package org.offerrules.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.networknt.schema.Error;

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
 * offer-rules against networknt's json-schema-validator ({@link SchemaPeer}) on the same bytes: the
 * {@link DataSet}'s wire-format JSON, one document per operation, parse included on both sides.
 * {@code offerRules} is {@link ReadBenchmark#readAndValidate}, repeated here so that the two run in
 * one JMH run with the same forks; {@link SchemaPeerCount} counts the invalid documents each finds.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SchemaPeerBenchmark {

    private OfferReader reader;
    private SchemaPeer networknt;

    @Setup
    public void setUp() {
        reader = OfferReader.builder().jackson(2).build();
        networknt = new SchemaPeer();
    }

    @Benchmark
    public ReadResult offerRules(DataSet data, Cursor cursor) {
        return reader.read(data.json[cursor.next()]);
    }

    @Benchmark
    public List<Error> networknt(DataSet data, Cursor cursor) {
        return networknt.validate(data.json[cursor.next()]);
    }
}
