package org.offerrules.validation.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * What {@code ObjectMapper.readValue} throws, with the {@link OfferRulesModule} registered, for an
 * offer document with errors: one exception carrying every violation, binding problems and rule
 * violations together, each with its line and column. It is a {@link JsonMappingException} so that
 * Jackson passes it through unchanged when the offer is nested in another value (adding the path to
 * it) instead of wrapping it. Its message lists the violations (see {@link #report()} for all of them),
 * and its {@link #getLocation() location} is the first violation's line and column, where Jackson
 * would give the end of the offer.
 */
public final class InvalidOfferException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    InvalidOfferException(JsonParser parser, ValidationReport report) {
        super(parser, ModuleSettings.describe(report), location(parser, report));
        this.report = report;
    }

    /** The first violation's position, in the parser's source; the parser's when it has none (a tree). */
    private static JsonLocation location(JsonParser parser, ValidationReport report) {
        JsonLocation at = parser.currentTokenLocation();
        if (report.violations().isEmpty() || !report.violations().get(0).hasLocation()) {
            return at;
        }
        Violation first = report.violations().get(0);
        return new JsonLocation(at.contentReference(), -1L, -1L, first.line(), first.column());
    }

    /** Everything reading and validating the offer found. */
    public ValidationReport report() {
        return report;
    }
}
