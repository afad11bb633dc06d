package org.offerrules.validation.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * What {@code ObjectMapper.readValue} throws, with the {@link OfferRulesModule} registered, for an
 * offer document with errors: one exception carrying every violation, binding problems and rule
 * violations together, each with its line and column. It is a {@link JsonMappingException} so that
 * Jackson passes it through unchanged when the offer is nested in another value (adding the path to
 * it) instead of wrapping it.
 */
public final class InvalidOfferException extends JsonMappingException {

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
