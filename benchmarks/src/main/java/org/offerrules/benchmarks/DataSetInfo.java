package org.offerrules.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.model.Offer;

/**
 * Describes the benchmarks' data set (share of valid offers, violations per invalid offer and their
 * codes, JSON size) so that the figures in docs/benchmarks.md say what was measured, and checks that
 * the reading paths compared there read the same data: how many documents {@link OfferReader} and the
 * {@link PlainJackson} mapper of {@code JacksonBenchmark.jacksonRecords} each read back to a record
 * equal to the one written.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.DataSetInfo [N]</pre>
 */
public final class DataSetInfo {

    private DataSetInfo() {
    }

    private static List<String> pointers(ValidationReport report) {
        // as a sorted list: a read report is in document order, a model report in pointer order
        return report.violations().stream().map(v -> v.codeNumber() + " " + v.pointer()).sorted().toList();
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DataSet.SIZE;
        OfferValidator validator = OfferValidator.create();
        OfferReader reader = OfferReader.builder().jackson(2).build();
        ObjectMapper plain = PlainJackson.mapper();
        for (String kind : new String[] {"mixed", "valid", "invalid"}) {
            List<Offer> offers = DataSet.offers(kind, n);
            long jsonBytes = 0;
            int valid = 0;
            int violations = 0;
            int readBack = 0;
            int plainReadBack = 0;
            Map<Integer, Integer> codes = new TreeMap<>();
            for (Offer offer : offers) {
                byte[] json = OfferWriter.toJson(offer).getBytes(StandardCharsets.UTF_8);
                jsonBytes += json.length;
                ValidationReport report = validator.validate(offer);
                ReadResult read = reader.read(json);
                // the reader must see what was written: the same offer and the same codes at the same pointers
                if (offer.equals(read.offer()) && pointers(report).equals(pointers(read.report()))) {
                    readBack++;
                }
                if (offer.equals(plain.readValue(json, Offer.class))) {
                    plainReadBack++;
                }
                if (report.isValid()) {
                    valid++;
                }
                for (Violation v : report.violations()) {
                    violations++;
                    codes.merge(v.codeNumber(), 1, Integer::sum);
                }
            }
            int invalid = n - valid;
            System.out.printf("%-8s %d offers, %.1f %% valid, %.2f violations per invalid offer, %.0f JSON bytes per offer, "
                    + "%d read back identical by OfferReader, %d by plain Jackson (jacksonRecords); codes %s%n",
                    kind, n, 100.0 * valid / n, invalid == 0 ? 0.0 : (double) violations / invalid,
                    (double) jsonBytes / n, readBack, plainReadBack, codes);
        }
    }
}
