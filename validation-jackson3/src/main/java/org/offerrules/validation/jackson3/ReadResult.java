package org.offerrules.validation.jackson3;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.wire.Outcome;

/**
 * One document read by the Jackson 3 {@link OfferReader}.
 *
 * @param request what was bound (an offer, or the request type read); null when the document was no
 *                JSON object
 * @param report  every binding problem and rule violation, in document order, with positions
 */
public record ReadResult(Object request, ValidationReport report) {

    static ReadResult of(Outcome outcome) {
        return new ReadResult(outcome.request(), outcome.report());
    }

    /** The offer, when an offer was read; null otherwise. */
    public Offer offer() {
        return request instanceof Offer offer ? offer : null;
    }

    /** What was bound, when it is a {@code type}; null otherwise. */
    public <T> T request(Class<T> type) {
        return type.isInstance(request) ? type.cast(request) : null;
    }

    /** Whether the report has no error (warnings allowed). */
    public boolean isValid() {
        return report.isValid();
    }
}
