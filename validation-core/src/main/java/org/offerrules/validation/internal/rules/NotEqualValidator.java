package org.offerrules.validation.internal.rules;

import java.util.Objects;

import org.offerrules.validation.constraints.NotEqual;

/** {@link NotEqual}: a present, non-zero {@code field} differs from {@code other}. */
public final class NotEqualValidator extends FieldPairValidator<NotEqual> {

    @Override
    public void initialize(NotEqual annotation) {
        pair(annotation.field(), annotation.other(), annotation.code());
    }

    @Override
    Object check(Object value, Object other) {
        if (value instanceof Number n && n.longValue() == 0) {
            return null;
        }
        return Objects.equals(value, other) ? value : null;
    }
}
