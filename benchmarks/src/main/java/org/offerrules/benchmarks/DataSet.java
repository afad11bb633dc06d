package org.offerrules.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.model.Offer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmarks' fixed data set, built once per trial from {@link OfferGenerator#SEED}:
 * {@value #SIZE} offers, as records and as the same offers' wire-format JSON bytes. {@code kind}
 * picks all valid offers, all invalid ones (3 violations each), or the typical mix (4 in 5 valid);
 * {@code -p kind=cross} the mix with mistakes across fields ({@link OfferGenerator#nextWithCrossField()}).
 * Read-only after setup, so shared by all benchmark threads.
 */
@State(Scope.Benchmark)
public class DataSet {

    /** Offers in the set; a power of two, so that a cursor wraps with a mask. */
    public static final int SIZE = 1024;

    @Param({"mixed", "valid", "invalid"})
    public String kind;

    public Offer[] offers;
    public byte[][] json;

    @Setup(Level.Trial)
    public void build() {
        offers = offers(kind, SIZE).toArray(Offer[]::new);
        json = json(List.of(offers));
    }

    /** The offers' wire-format JSON. */
    public static byte[][] json(List<Offer> offers) {
        byte[][] json = new byte[offers.size()][];
        for (int i = 0; i < json.length; i++) {
            json[i] = OfferWriter.toJson(offers.get(i)).getBytes(StandardCharsets.UTF_8);
        }
        return json;
    }

    /** {@code n} offers of the given kind, always the same ones. */
    public static List<Offer> offers(String kind, int n) {
        OfferGenerator generator = new OfferGenerator();
        return switch (kind) {
            case "mixed" -> generator.next(n);
            case "valid" -> java.util.stream.Stream.generate(generator::valid).limit(n).toList();
            case "invalid" -> java.util.stream.Stream.generate(generator::invalid).limit(n).toList();
            case "cross" -> java.util.stream.Stream.generate(generator::nextWithCrossField).limit(n).toList();
            default -> throw new IllegalArgumentException("kind: mixed, valid, invalid or cross, not " + kind);
        };
    }
}
