package org.offerrules.validation.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * What {@code JsonMapper.readValue} throws, with the {@link OfferRulesModule} added, for an
 * offer document with errors: one exception carrying every violation, binding problems and rule
 * violations together, each with its line and column. It is a {@link DatabindException} so that
 * Jackson passes it through unchanged when the offer is nested in another value (adding the path to
 * it) instead of wrapping it.
 */
public final class InvalidOfferException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    InvalidOfferException(JsonParser parser, ValidationReport report) {
        super(parser, ModuleSettings.describe(report)); // the violations carry their own positions
        this.report = report;
    }

    /** Everything reading and validating the offer found. */
    public ValidationReport report() {
        return report;
    }
}
