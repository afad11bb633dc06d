package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Subdivision;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.internal.Reporter;

/** {@link Subdivision}: a present {@code field} is an ISO 3166-2 subdivision of the country in {@code other}. */
public final class SubdivisionValidator extends RuleValidator<Subdivision, Object> {

    private FieldReader fields;
    private int code;

    @Override
    public void initialize(Subdivision annotation) {
        fields = new FieldReader(annotation.field(), annotation.other());
        code = annotation.code();
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null) {
            return;
        }
        Object state = fields.get(bean, 0);
        if (state == null) {
            return;
        }
        Object country = fields.get(bean, 1);
        if (!(state instanceof String s && country instanceof String c && Iso3166.isRegion(c, s))) {
            reporter.reportAt(fields.name(0), code, state);
        }
    }
}
