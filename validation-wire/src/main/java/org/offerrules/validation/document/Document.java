package org.offerrules.validation.document;

import org.offerrules.validation.wire.WireDocument;

/**
 * One document of a file that may hold one offer object, an array of offers, or NDJSON.
 *
 * @param index  the 0-based index of the document in its file
 * @param line   the 1-based line where the document starts
 * @param result what reading and validating it gave; line and column of its violations are
 *               positions in the whole file
 */
public record Document(int index, int line, ReadResult result) {

    static Document of(WireDocument d) {
        return new Document(d.index(), d.line(), ReadResult.of(d.outcome()));
    }
}
