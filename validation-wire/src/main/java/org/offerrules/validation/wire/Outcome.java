package org.offerrules.validation.wire;

import java.util.List;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;

/**
 * What reading one document gave, before each module wraps it in its public {@code ReadResult}.
 *
 * @param request the bound request, or null when none could be built
 * @param report  binding problems and rule violations together, in document order
 * @param claims  what the request claims in a batch, its values placed; null when it claims nothing
 */
public record Outcome(Object request, ValidationReport report, BatchCheck.Claims claims) {

    /** An outcome whose request claims nothing in a batch. */
    public Outcome(Object request, ValidationReport report) {
        this(request, report, null);
    }

    /** No request, only {@code v}. */
    static Outcome broken(Violation v) {
        return new Outcome(null, ValidationReport.of(List.of(v)));
    }

    /** This outcome with {@code v} (trailing content) added to its report. */
    Outcome with(Violation v) {
        return new Outcome(request, report.merge(ValidationReport.of(List.of(v))), claims);
    }
}
