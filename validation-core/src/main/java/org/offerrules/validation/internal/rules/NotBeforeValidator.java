package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.NotBefore;

/** {@link NotBefore}: a well-formed date is not before another well-formed one. */
public final class NotBeforeValidator extends FieldPairValidator<NotBefore> {

    @Override
    public void initialize(NotBefore annotation) {
        pair(annotation.field(), annotation.other(), annotation.code());
    }

    @Override
    Object check(Object value, Object other) {
        if (!(value instanceof String to && other instanceof String from)
                || ApiDateValidator.verdict(to) != ApiDateValidator.OK
                || ApiDateValidator.verdict(from) != ApiDateValidator.OK) {
            return null;
        }
        // YYYY/MM/DD sorts as text; the hour counts only when both name it
        int days = to.substring(0, 10).compareTo(from.substring(0, 10));
        if (days == 0 && to.length() == 13 && from.length() == 13) {
            days = to.substring(11).compareTo(from.substring(11));
        }
        return days < 0 ? to : null;
    }
}
