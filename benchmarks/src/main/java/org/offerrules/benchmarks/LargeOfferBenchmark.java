package org.offerrules.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The largest valid offer (issue 3): 10 events and every one of the 249 ISO 3166-1 countries as a GEO
 * entry, some with region lists. Average time per offer, in microseconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class LargeOfferBenchmark {

    private OfferValidator validator;
    private OfferReader reader;
    private Offer offer;
    private byte[] json;

    @Setup
    public void setUp() throws IOException {
        validator = OfferValidator.create();
        reader = OfferReader.builder().jackson(2).validator(validator).build();
        Offer typical = new OfferGenerator().valid();
        offer = typical.toBuilder()
                .geo(GeoTargeting.builder().geoTargeting(1).geoType(1).geoEnforce(0).geoCountries(allCountries()).build())
                .events(events(10))
                .build();
        if (!validator.validate(offer).violations().isEmpty()) {
            throw new IllegalStateException("the large offer must be valid: " + validator.validate(offer));
        }
        json = OfferWriter.toJson(offer).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(offer);
    }

    @Benchmark
    public ReadResult readAndValidate() {
        return reader.read(json);
    }

    /** Every country of the library's ISO data, the first three with two of their regions. */
    private static List<GeoEntry> allCountries() throws IOException {
        List<GeoEntry> entries = new ArrayList<>();
        try (InputStream in = Offer.class.getResourceAsStream("/org/offerrules/validation/iso-3166.txt")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.strip().split(" ");
                if (line.isBlank() || line.startsWith("#") || fields[0].length() != 2) {
                    continue;
                }
                entries.add(entries.size() < 3 && fields.length > 2
                        ? GeoEntry.include(fields[0], fields[1], fields[2]) : GeoEntry.of(fields[0]));
            }
        }
        if (entries.size() != 249) {
            throw new IllegalStateException("expected 249 countries, read " + entries.size());
        }
        return entries;
    }

    private static List<Event> events(int count) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            events.add(Event.builder().id(i).eTkn(i == 1 ? null : "step_" + i).eventName("Step " + i)
                    .status(1).isPrivate(0).preEventId(i == 1 ? -1 : i - 1).isEndPoint(i == count ? 1 : 0)
                    .trackingMethod("Server Postback URL").payoutType("CPA").payout(0.5)
                    .revenueType("RPA").revenue(1.0).build());
        }
        return events;
    }
}
