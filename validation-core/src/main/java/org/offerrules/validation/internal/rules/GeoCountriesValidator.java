package org.offerrules.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerrules.validation.constraints.GeoCountries;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link GeoCountries}: each entry, in order, is well formed, a known country not listed before, with
 * a mode 0/1 and non-empty regions of that country. One entry reports its first structural problem,
 * or each distinct unknown region once (equal reports at one pointer would be merged by Hibernate
 * Validator).
 */
public final class GeoCountriesValidator extends RuleValidator<GeoCountries, List<GeoEntry>> {

    /** Lists longer than this use a hash set for the duplicate check; shorter ones are scanned. */
    private static final int SMALL = 16;

    private int malformed;
    private int country;
    private int regionRule;
    private int region;

    @Override
    public void initialize(GeoCountries annotation) {
        malformed = annotation.malformedCode();
        country = annotation.countryCode();
        regionRule = annotation.regionRuleCode();
        region = annotation.regionCode();
    }

    @Override
    public void check(List<GeoEntry> entries, Reporter reporter) {
        if (entries == null) {
            return;
        }
        int n = entries.size();
        // long lists: one bit per country code instead of a HashSet (30 countries cost ~1.4 KB of nodes)
        long[] seen = n > SMALL ? new long[(26 * 26 + 63) / 64] : null;
        for (int i = 0; i < n; i++) {
            GeoEntry entry = entries.get(i);
            if (entry == null || entry.unparsed() != null || entry.country() == null) {
                reporter.report(null, i, malformed, entry == null ? null : entry.toCompact(), Map.of());
                continue;
            }
            String code = entry.country();
            int slot = Iso3166.countryIndex(code);
            if (slot < 0) {
                reporter.report(null, i, country, entry.toCompact(), Map.of("country", code));
                continue;
            }
            if (seen != null ? !firstTime(seen, slot) : listedBefore(entries, i, code)) {
                reporter.report(null, i, malformed, entry.toCompact(), Map.of());
                continue;
            }
            checkRegions(entry, slot, i, reporter);
        }
    }

    private void checkRegions(GeoEntry entry, int slot, int i, Reporter reporter) {
        String mode = entry.mode();
        List<String> regions = entry.regions();
        int n = regions.size();
        if (mode == null) {
            if (n > 0) {
                reporter.report(null, i, regionRule, entry.toCompact(), Map.of());
            }
            return;
        }
        if (!GeoEntry.INCLUDE.equals(mode) && !GeoEntry.EXCLUDE.equals(mode)) {
            reporter.report(null, i, regionRule, entry.toCompact(), Map.of());
            return;
        }
        for (int k = 0; k < n; k++) {
            String r = regions.get(k);
            if (r == null || r.isEmpty()) {
                reporter.report(null, i, regionRule, entry.toCompact(), Map.of());
                return;
            }
        }
        String code = entry.country();
        Set<String> reported = null;   // made on the first unknown region only
        for (int k = 0; k < n; k++) {
            String r = regions.get(k);
            if (!Iso3166.isRegion(slot, r)) {
                if (reported == null) {
                    reported = new HashSet<>();
                }
                if (reported.add(r)) {
                    reporter.report(null, i, region, entry.toCompact(), Map.of("state", r, "country", code));
                }
            }
        }
    }

    /** Sets bit {@code bit} ({@link Iso3166#countryIndex}); false when it was set. */
    private static boolean firstTime(long[] seen, int bit) {
        long mask = 1L << bit;
        if ((seen[bit >>> 6] & mask) != 0) {
            return false;
        }
        seen[bit >>> 6] |= mask;
        return true;
    }

    private static boolean listedBefore(List<GeoEntry> entries, int i, String code) {
        for (int k = 0; k < i; k++) {
            GeoEntry other = entries.get(k);
            if (other != null && other.unparsed() == null && ApiValue.matches(code, other.country())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void schema(GeoCountries annotation, SchemaPiece piece) {
        piece.items().pattern("^[A-Za-z]{2}(:[01](:[A-Za-z0-9]+(;[A-Za-z0-9]+)*)?)?$");
    }
}
