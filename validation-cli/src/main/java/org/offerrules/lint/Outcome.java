package org.offerrules.lint;

import java.util.List;

import org.offerrules.validation.Violation;

/**
 * What one unit of work (a whole file, or a batch of NDJSON lines or array elements) gave: counts for
 * every document, and the violations of the documents that have any, in document order. {@code endsFile}:
 * its last document is broken JSON, after which the sequential reading finds no more documents, so the
 * report ignores the rest of the file's work.
 */
record Outcome(int documents, int withErrors, int withWarnings, List<Flagged> flagged, boolean endsFile) {

    Outcome(int documents, int withErrors, int withWarnings, List<Flagged> flagged) {
        this(documents, withErrors, withWarnings, flagged, false);
    }

    /**
     * One document with violations; positions are in the whole file. {@code identity} names the document
     * as a baseline does ({@link DocumentIdentity}).
     */
    record Flagged(int document, String identity, List<Violation> violations) {
    }
}
