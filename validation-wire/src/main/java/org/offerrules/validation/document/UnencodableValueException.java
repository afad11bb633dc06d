package org.offerrules.validation.document;

import java.util.List;
import java.util.Objects;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;

/**
 * A value {@link OfferForm#write} cannot put in a form body as it is: a text holding a lone surrogate
 * (a {@code char} from {@code \uD800} to {@code \uDFFF} that is not half of a pair, such as an emoji cut
 * in two by {@code substring}). It has no UTF-8 form; percent-encoded it would become {@code ?}, a value
 * other than the one validated. The rules do not look at it (JSON can carry it as an escape, as a
 * mapper with the module writing bytes writes it); the form cannot. {@link #violation()} says which field, in the
 * words of a finding: the field's invalid code at its JSON Pointer, without a position. An
 * {@link OfferValidationException}, the library's one unchecked exception for a request that cannot be
 * sent as it is, whose {@linkplain #report() report} holds that one finding.
 */
public final class UnencodableValueException extends OfferValidationException {

    private static final long serialVersionUID = 1L;

    /** Not serializable on every JDK's terms (its arguments are any objects): kept out of the stream. */
    private final transient Violation violation;

    /** Made by the form writer (of the library's internal package); {@code violation} says which field and why. */
    public UnencodableValueException(Violation violation) {
        super(ValidationReport.of(List.of(Objects.requireNonNull(violation, "violation"))));
        this.violation = violation;
    }

    /** The field that cannot be written, as a finding: its invalid code, its pointer and why. */
    public Violation violation() {
        return violation;
    }
}
