package org.offerrules.validation;

/**
 * Thrown by {@link OfferValidator#requireValid} (and by the readers of the other modules) when an
 * offer has errors. Carries the whole report, not only the first problem.
 */
public class OfferValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /** An exception carrying {@code report}, whose first error becomes the message. */
    public OfferValidationException(ValidationReport report) {
        super(describe(report));
        this.report = report;
    }

    /** Everything the validation found. */
    public ValidationReport report() {
        return report;
    }

    private static String describe(ValidationReport report) {
        int errors = report.errors().size();
        if (errors == 0) {
            return "offer is valid";
        }
        Violation first = report.errors().get(0);
        return errors + (errors == 1 ? " violation: " : " violations, first: ") + first.code().id()
                + " " + first.message() + " at '" + first.pointer() + "'";
    }
}
