package org.offerrules.validation.document;

import java.util.List;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.Outcome;

/**
 * What reading one offer document gave: the offer, when one could be built, and every problem found
 * while reading and validating it, each with its line and column.
 *
 * @param request the offer (or other request read by class) as bound; null when the document was not a JSON
 *               object (malformed JSON, a scalar, an array where an object was expected)
 * @param report binding problems and rule violations together, in document order
 * @param claims what the request claims in a batch ({@link BatchCheck#claimsOf}), with the positions of the
 *               claimed values in the document, so that {@link BatchCheck#check(BatchCheck.Claims, List)}
 *               places its findings there; null when the request claims nothing
 */
public record ReadResult(Object request, ValidationReport report, BatchCheck.Claims claims) {

    /** A result whose request claims nothing in a batch. */
    public ReadResult(Object request, ValidationReport report) {
        this(request, report, null);
    }

    static ReadResult of(Outcome outcome) {
        return new ReadResult(outcome.request(), outcome.report(), outcome.claims());
    }

    /** The request as bound when it is an offer; null otherwise (see {@link #request()}). */
    public Offer offer() {
        return request instanceof Offer offer ? offer : null;
    }

    /** The request as bound, as {@code type}; null when none could be built or it is of another type. */
    public <T> T request(Class<T> type) {
        return type.isInstance(request) ? type.cast(request) : null;
    }

    /** True when the report has no error. */
    public boolean isValid() {
        return report.isValid();
    }
}
