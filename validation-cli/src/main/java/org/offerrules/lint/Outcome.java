package org.offerrules.lint;

import java.util.List;

import org.offerrules.validation.Violation;

/**
 * What one unit of work (a whole file, or a batch of NDJSON lines) gave: counts for every document,
 * and the violations of the documents that have any, in document order.
 */
record Outcome(int documents, int withErrors, int withWarnings, List<Flagged> flagged) {

    /** One document with violations; positions are in the whole file. */
    record Flagged(int document, List<Violation> violations) {
    }
}
