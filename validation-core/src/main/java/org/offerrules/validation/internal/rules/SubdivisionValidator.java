package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Subdivision;
import org.offerrules.validation.internal.Iso3166;

/** {@link Subdivision}: a present {@code field} is an ISO 3166-2 subdivision of the country in {@code other}. */
public final class SubdivisionValidator extends FieldPairValidator<Subdivision> {

    @Override
    public void initialize(Subdivision annotation) {
        pair(annotation.field(), annotation.other(), annotation.code());
    }

    @Override
    Object check(Object state, Object country) {
        return state instanceof String s && country instanceof String c && Iso3166.isRegion(c, s) ? null : state;
    }
}
