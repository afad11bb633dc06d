package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.internal.Reporter;

/** {@link Requires}: {@code field} is present when {@code when} has one of the listed values. */
public final class RequiresValidator extends RuleValidator<Requires, Object> {

    private FieldReader fields;
    private int code;
    private WireValues values;

    @Override
    public void initialize(Requires annotation) {
        fields = new FieldReader(annotation.field(), annotation.when());
        code = annotation.code();
        values = new WireValues(annotation.in());
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null || !values.contains(fields.get(bean, 1))) {
            return;
        }
        if (FieldReader.isAbsent(fields.get(bean, 0))) {
            reporter.reportAt(fields.name(0), code, null);
        }
    }
}
