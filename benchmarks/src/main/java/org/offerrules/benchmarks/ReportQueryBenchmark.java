package org.offerrules.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.model.ReportQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A report query ({@code getOfferReport}, {@link ReportQuery}) with every parameter set and valid:
 * {@code validate} through {@link OfferValidator#validate(Object)}, the way a service checks a query
 * it built, and {@code readAndValidate} of the same query's JSON through an {@link OfferReader} for
 * {@code ReportQuery}. Average time per query; the target is validate under 1 µs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ReportQueryBenchmark {

    /** Every parameter, each rule of the query run on a value it accepts. */
    static final String JSON = "{\"from\": \"2024/01/01\", \"to\": \"2024/01/31 23\", \"timezone\": -5,"
            + " \"page\": 1, \"page_size\": 100, \"offer\": \"1,3,17\", \"affiliate\": \"21,22\","
            + " \"advertiser\": \"12\", \"manager\": \"4\", \"currency\": 1, \"country\": \"US,CA,GB\","
            + " \"click_country\": \"US\", \"event_range\": 1, \"status\": 4, \"order\": \"DESC\"}";

    private OfferValidator validator;
    private OfferReader reader;
    private ReportQuery query;
    private byte[] json;

    @Setup
    public void setUp() {
        validator = OfferValidator.create();
        reader = OfferReader.builder().jackson(2).validator(validator).request(ReportQuery.class).build();
        json = JSON.getBytes(StandardCharsets.UTF_8);
        ReadResult read = reader.read(json);
        if (!read.isValid() || !read.report().violations().isEmpty()) {
            throw new IllegalStateException("the benchmark's query must be valid: " + read.report());
        }
        query = read.request(ReportQuery.class);
        if (!validator.validate(query).violations().isEmpty()) {
            throw new IllegalStateException("the benchmark's query must be valid");
        }
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(query);
    }

    @Benchmark
    public ReadResult readAndValidate() {
        return reader.read(json);
    }
}
