package org.offerrules.validation.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * What {@code JsonMapper.readValue} throws, with the {@link OfferRulesModule} added, for an
 * offer document with errors: one exception carrying every violation, binding problems and rule
 * violations together, each with its line and column. It is a {@link DatabindException} so that
 * Jackson passes it through unchanged when the offer is nested in another value (adding the path to
 * it) instead of wrapping it. Its message lists the violations (see {@link #report()} for all of them),
 * and its {@link #getLocation() location} is the first violation's line and column, where Jackson
 * would give the end of the offer.
 */
public final class InvalidOfferException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    InvalidOfferException(JsonParser parser, ValidationReport report) {
        super(parser, ModuleSettings.describe(report), location(parser, report));
        this.report = report;
    }

    /** The first violation's position, in the parser's source; the parser's when it has none (a tree). */
    private static TokenStreamLocation location(JsonParser parser, ValidationReport report) {
        TokenStreamLocation at = parser.currentTokenLocation();
        if (report.violations().isEmpty() || !report.violations().get(0).hasLocation()) {
            return at;
        }
        Violation first = report.violations().get(0);
        return new TokenStreamLocation(at.contentReference(), -1L, -1L, first.line(), first.column());
    }

    /** Everything reading and validating the offer found. */
    public ValidationReport report() {
        return report;
    }
}
