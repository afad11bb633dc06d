package org.offerrules.lint;

import java.util.List;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Violation;

/**
 * What one unit of work (a whole file, or a batch of NDJSON lines or array elements) gave: counts for
 * every document, and the violations of the documents that have any, in document order.
 */
record Outcome(int documents, int withErrors, int withWarnings, List<Flagged> flagged, List<Claimed> claimed) {

    Outcome(int documents, int withErrors, int withWarnings, List<Flagged> flagged) {
        this(documents, withErrors, withWarnings, flagged, List.of());
    }

    /**
     * What a document claims in the batch (an e-mail, an update's id), checked in order by the report;
     * {@code identity} as {@link Flagged#identity()}; {@code levels}: the validator of the document's file,
     * whose settings give the batch's findings their levels as they give the document's own. The claims
     * are placed at their values as the reader read them ({@link BatchCheck.Claims#at}): {@code lines}
     * more lines down in the file (an NDJSON line is read alone, from its line 1).
     */
    record Claimed(int document, int lines, String identity, BatchCheck.Claims claims, OfferValidator levels) {
    }

    /**
     * One document with violations; positions are in the whole file. {@code identity} names the document
     * as a baseline does ({@link DocumentIdentity}).
     */
    record Flagged(int document, String identity, List<Violation> violations) {
    }
}
