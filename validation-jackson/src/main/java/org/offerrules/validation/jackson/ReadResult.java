package org.offerrules.validation.jackson;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.model.Offer;

/**
 * What reading one offer document gave: the offer, when one could be built, and every problem found
 * while reading and validating it, each with its line and column.
 *
 * @param offer  the offer as bound; null when the document was not a JSON object (malformed JSON,
 *               a scalar, an array where an offer was expected)
 * @param report binding problems and rule violations together, in document order
 */
public record ReadResult(Offer offer, ValidationReport report) {

    /** True when the report has no error. */
    public boolean isValid() {
        return report.isValid();
    }
}
