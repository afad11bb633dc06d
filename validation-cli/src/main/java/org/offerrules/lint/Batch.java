package org.offerrules.lint;

import java.util.ArrayList;
import java.util.List;

import org.offerrules.lint.Outcome.Claimed;
import org.offerrules.lint.Outcome.Flagged;
import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;

/**
 * The run's documents checked against each other ({@link BatchCheck}: one e-mail claimed twice, one
 * object updated twice), on the report thread: it takes the outcomes in file and document order, so the
 * finding lands on the second document whatever the number of workers. The workers only read what each
 * document claims, placed at the claimed values. Each finding is at the levels of its document's file,
 * as the document's own are, and at the position of the value its pointer names.
 */
final class Batch {

    private final BatchCheck check = new BatchCheck();

    /** {@code outcome} with the batch's findings added to its documents, and its counts updated. */
    Outcome check(Outcome outcome) {
        if (outcome.claimed().isEmpty()) {
            return outcome;
        }
        List<Flagged> flagged = new ArrayList<>(outcome.flagged());
        int errors = outcome.withErrors();
        int warnings = outcome.withWarnings();
        int next = 0; // both lists are in document order
        for (Claimed claimed : outcome.claimed()) {
            while (next < flagged.size() && flagged.get(next).document() < claimed.document()) {
                next++;
            }
            boolean had = next < flagged.size() && flagged.get(next).document() == claimed.document();
            List<Violation> found = had ? flagged.get(next).violations() : List.of();
            List<Violation> more = check.check(claimed.claims(), found, claimed.levels());
            if (more.isEmpty()) {
                continue;
            }
            boolean error = has(found, Severity.ERROR);
            boolean warning = has(found, Severity.WARNING);
            List<Violation> all = new ArrayList<>(found);
            for (Violation v : more) {
                all.add(v.hasLocation() ? v.at(v.line() + claimed.lines(), v.column()) : v);
            }
            // among the document's own, in the order every report has (the writers take them sorted)
            all.sort(ValidationReport.ORDER);
            errors += !error && has(all, Severity.ERROR) ? 1 : 0;
            warnings += !warning && has(all, Severity.WARNING) ? 1 : 0;
            Flagged now = new Flagged(claimed.document(), claimed.identity(), all);
            if (had) {
                flagged.set(next, now);
            } else {
                flagged.add(next, now);
            }
        }
        return new Outcome(outcome.documents(), errors, warnings, flagged, outcome.claimed());
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
