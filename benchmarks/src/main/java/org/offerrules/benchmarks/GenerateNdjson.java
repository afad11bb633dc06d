package org.offerrules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.offerrules.validation.document.OfferWriter;

/**
 * Writes {@code N} offers of the benchmarks' data generator ({@link OfferGenerator#next()}: 4 in 5
 * valid, fixed seed) as NDJSON in the API's wire format, streaming, so any N fits in memory.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.GenerateNdjson 1000000 offers.ndjson</pre>
 */
public final class GenerateNdjson {

    private GenerateNdjson() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateNdjson N FILE");
            System.exit(2);
        }
        long n = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        OfferGenerator generator = new OfferGenerator();
        long bytes = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < n; i++) {
                String line = OfferWriter.toJson(generator.next());
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
            }
        }
        System.err.printf("wrote %d offers, %d bytes (%.0f bytes/offer) to %s%n", n, bytes,
                n == 0 ? 0.0 : (double) bytes / n, file);
    }
}
