package org.offerrules.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;

/**
 * Counts the invalid documents offer-rules and networknt's json-schema-validator ({@link SchemaPeer})
 * find among the same N generated offers (the benchmarks' generator, fixed seed, the typical mix or
 * another {@link DataSet} kind), from the same bytes, and the codes of the documents only offer-rules
 * rejects. A document networknt rejects and offer-rules accepts would be a schema stricter than the
 * rules (docs/decisions/schema.md forbids it): it is counted too.
 *
 * <p>usage: {@code java -cp benchmarks/target/benchmarks.jar org.offerrules.benchmarks.SchemaPeerCount [N] [kind]}
 * (defaults 20000 mixed)
 */
public final class SchemaPeerCount {

    private SchemaPeerCount() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String kind = args.length > 1 ? args[1] : "mixed";
        byte[][] json = DataSet.json(DataSet.offers(kind, n));
        OfferReader reader = OfferReader.builder().jackson(2).build();
        SchemaPeer networknt = new SchemaPeer();

        int byRules = 0;
        int bySchema = 0;
        int both = 0;
        Map<String, Integer> missedCodes = new TreeMap<>();
        Map<String, Integer> schemaOnly = new TreeMap<>();
        for (byte[] document : json) {
            ReadResult read = reader.read(document);
            List<com.networknt.schema.Error> errors = networknt.validate(document);
            boolean rules = !read.isValid();
            boolean schema = !errors.isEmpty();
            byRules += rules ? 1 : 0;
            bySchema += schema ? 1 : 0;
            both += rules && schema ? 1 : 0;
            if (rules && !schema) {
                read.report().violations().forEach(v -> missedCodes.merge(v.code().id() + " " + v.pointer(), 1, Integer::sum));
            }
            if (schema && !rules) {
                errors.forEach(e -> schemaOnly.merge(e.getKeyword() + " " + e.getInstanceLocation(), 1, Integer::sum));
            }
        }
        System.out.printf("documents: %d (kind %s, OfferGenerator seed %d), the same bytes to both%n", n, kind,
                OfferGenerator.SEED);
        System.out.printf("invalid, offer-rules (OfferReader.read): %d%n", byRules);
        System.out.printf("invalid, networknt json-schema-validator on offer-lint schema --request setOffer: %d%n", bySchema);
        System.out.printf("invalid for both: %d; offer-rules only: %d; networknt only: %d%n", both, byRules - both,
                bySchema - both);
        missedCodes.forEach((k, v) -> System.out.printf("  offer-rules only, violation %s: %d%n", k, v));
        schemaOnly.forEach((k, v) -> System.out.printf("  networknt only, error %s: %d%n", k, v));
    }
}
