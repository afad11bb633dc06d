package org.offerrules.validation;

/**
 * Thrown by {@link OfferValidator#requireValid} (and by the readers of the other modules) when an
 * offer has errors. Carries the whole report, not only the first problem.
 */
public class OfferValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /** An exception carrying {@code report}, whose {@linkplain ValidationReport#summary() summary} is the message. */
    public OfferValidationException(ValidationReport report) {
        super(report.summary());
        this.report = report;
    }

    /** Everything the validation found. */
    public ValidationReport report() {
        return report;
    }
}
