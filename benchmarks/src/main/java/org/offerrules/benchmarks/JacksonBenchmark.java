package org.offerrules.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.offerrules.validation.model.Offer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The parse-only baselines the reader is measured against, on the data set's wire-format JSON bytes
 * (the typical mix), one document per operation:
 * <ul>
 *   <li>{@code jacksonRecords}: the floor of the reading path, plain Jackson databind reading into the
 *       same {@link Offer} records as the reader, configured as a user without this library would
 *       ({@link PlainJackson#mapper()}), no validation;</li>
 *   <li>{@code jacksonTree}: {@link ObjectMapper#readTree(byte[])}, every value materialised;</li>
 *   <li>{@code jacksonTokens}: the streaming parser over every token, reading each value as a binder
 *       would (strings as {@code String}, numbers as primitives) without building anything.</li>
 * </ul>
 * {@link ReadBenchmark#readAndValidate} (mixed) is compared with {@code jacksonTree} and {@code jacksonRecords}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class JacksonBenchmark {

    private ObjectMapper mapper;
    private JsonFactory factory;
    private ObjectReader records;

    /** The typical mix as JSON bytes: parsing does not depend on validity. */
    @State(Scope.Benchmark)
    public static class Documents {
        public byte[][] json;

        @Setup
        public void build() {
            json = DataSet.json(DataSet.offers("mixed", DataSet.SIZE));
        }
    }

    @Setup
    public void setUp() {
        mapper = new ObjectMapper();
        factory = mapper.getFactory();
        records = PlainJackson.mapper().readerFor(Offer.class);
    }

    @Benchmark
    public Offer jacksonRecords(Documents data, Cursor cursor) throws IOException {
        return records.readValue(data.json[cursor.next()]);
    }

    @Benchmark
    public JsonNode jacksonTree(Documents data, Cursor cursor) throws IOException {
        return mapper.readTree(data.json[cursor.next()]);
    }

    @Benchmark
    public void jacksonTokens(Documents data, Cursor cursor, Blackhole bh) throws IOException {
        try (JsonParser p = factory.createParser(data.json[cursor.next()])) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> bh.consume(p.currentName());
                    case VALUE_STRING -> bh.consume(p.getText());
                    case VALUE_NUMBER_INT -> bh.consume(p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> bh.consume(p.getDoubleValue());
                    default -> bh.consume(t);
                }
            }
        }
    }
}
