package org.offerrules.validation.internal.rules;

import java.util.Objects;

import org.offerrules.validation.constraints.NotEqual;
import org.offerrules.validation.internal.Reporter;

/** {@link NotEqual}: a present, non-zero {@code field} differs from {@code other}. */
public final class NotEqualValidator extends RuleValidator<NotEqual, Object> {

    private FieldReader fields;
    private int code;

    @Override
    public void initialize(NotEqual annotation) {
        fields = new FieldReader(annotation.field(), annotation.other());
        code = annotation.code();
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null) {
            return;
        }
        Object value = fields.get(bean, 0);
        if (value == null || (value instanceof Number n && n.longValue() == 0)) {
            return;
        }
        if (Objects.equals(value, fields.get(bean, 1))) {
            reporter.reportAt(fields.name(0), code, value);
        }
    }
}
