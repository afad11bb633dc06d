package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.ForbiddenWhen;

/** {@link ForbiddenWhen}: an integer field does not hold a value while another holds a given one. */
public final class ForbiddenWhenValidator extends FieldPairValidator<ForbiddenWhen> {

    private long forbidden;
    private long whenIs;

    @Override
    public void initialize(ForbiddenWhen annotation) {
        pair(annotation.field(), annotation.when(), annotation.code());
        forbidden = annotation.forbidden();
        whenIs = annotation.whenIs();
    }

    @Override
    Object check(Object value, Object other) {
        return value instanceof Number v && v.longValue() == forbidden
                && other instanceof Number o && o.longValue() == whenIs ? value : null;
    }
}
