package org.offerrules.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.spi.ReaderCodes;

/**
 * A run's baseline work, done on the report thread in file and document order (so that which of two
 * equal findings is the baselined one never depends on the threads): each finding in the baseline
 * ({@code --baseline}) is taken from it once and is "baselined"; the rest are new. What is left in the
 * baseline at the end was fixed. With {@code --write-baseline} it also records the findings: all of
 * them, or, with a baseline, only the baselined ones, so that rewriting a baseline can only shrink it.
 */
final class Baselining {

    /** No baseline and nothing recorded: every finding is new. */
    static final Baselining NONE = new Baselining(null, null);

    private final Baseline baseline;
    private final Map<Baseline.Key, Integer> remaining;
    private final Baseline recorded;
    private long baselined;
    private String lastFile;
    private String lastBaselineName;
    private String lastRecordedName;

    /**
     * @param baseline the baseline to compare with, or null
     * @param recorded where to record the findings (for {@code --write-baseline}), or null
     */
    Baselining(Baseline baseline, Baseline recorded) {
        this.baseline = baseline;
        this.remaining = baseline == null ? Map.of() : new HashMap<>(baseline.counts());
        this.recorded = recorded;
    }

    /** A baseline was given: reports say what it holds. */
    boolean compares() {
        return baseline != null;
    }

    /** Findings of this run found in the baseline. */
    long baselined() {
        return baselined;
    }

    /** Findings of the baseline this run did not find: fixed since. */
    long fixed() {
        long fixed = 0;
        for (int count : remaining.values()) {
            fixed += count;
        }
        return fixed;
    }

    /** The findings recorded for {@code --write-baseline}, or null. */
    Baseline recorded() {
        return recorded;
    }

    /** One document's findings, sorted: new ones, and those the baseline holds. */
    record Sorted(int document, List<Violation> fresh, List<Violation> known) {
    }

    /** An outcome with only its new findings counted, and every flagged document's findings sorted. */
    record Sifted(Outcome outcome, List<Sorted> documents) {
    }

    /** Sorts the findings of {@code outcome}, of the file the reports name {@code file}. */
    Sifted sift(String file, Outcome outcome) {
        List<Sorted> documents = new ArrayList<>(outcome.flagged().size());
        if (baseline == null && recorded == null) {
            for (Outcome.Flagged flagged : outcome.flagged()) {
                documents.add(new Sorted(flagged.document(), flagged.violations(), List.of()));
            }
            return new Sifted(outcome, documents);
        }
        if (!file.equals(lastFile)) {
            lastFile = file;
            lastBaselineName = baseline == null ? null : baseline.fileOf(file);
            lastRecordedName = recorded == null ? null : recorded.fileOf(file);
        }
        List<Outcome.Flagged> fresh = new ArrayList<>();
        int withErrors = outcome.withErrors();
        int withWarnings = outcome.withWarnings();
        for (Outcome.Flagged flagged : outcome.flagged()) {
            List<Violation> kept = new ArrayList<>();
            List<Violation> known = new ArrayList<>();
            for (Violation v : flagged.violations()) {
                // an input without a document had nothing checked: no baseline holds it, as no level lowers it
                boolean held = !ReaderCodes.isNoDocument(v);
                boolean found = held && baseline != null && take(key(lastBaselineName, flagged, v));
                (found ? known : kept).add(v);
                if (held && recorded != null && (baseline == null || found)) {
                    recorded.add(key(lastRecordedName, flagged, v));
                }
            }
            documents.add(new Sorted(flagged.document(), kept, known));
            if (known.isEmpty()) {
                fresh.add(flagged);
                continue;
            }
            baselined += known.size();
            withErrors -= has(flagged.violations(), Severity.ERROR) && !has(kept, Severity.ERROR) ? 1 : 0;
            withWarnings -= has(flagged.violations(), Severity.WARNING) && !has(kept, Severity.WARNING) ? 1 : 0;
            if (!kept.isEmpty()) {
                fresh.add(new Outcome.Flagged(flagged.document(), flagged.identity(), kept));
            }
        }
        return new Sifted(new Outcome(outcome.documents(), withErrors, withWarnings, fresh),
                documents);
    }

    /** Takes one {@code key} from what is left of the baseline; false when none is left. */
    private boolean take(Baseline.Key key) {
        Integer count = remaining.get(key);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            remaining.remove(key);
        } else {
            remaining.put(key, count - 1);
        }
        return true;
    }

    private static Baseline.Key key(String file, Outcome.Flagged flagged, Violation v) {
        return new Baseline.Key(file, flagged.identity(), v.code().number(), v.pointer());
    }

    private static boolean has(List<Violation> violations, Severity severity) {
        for (Violation v : violations) {
            if (v.severity() == severity) {
                return true;
            }
        }
        return false;
    }
}
