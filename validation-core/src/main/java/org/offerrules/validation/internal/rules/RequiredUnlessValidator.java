package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.RequiredUnless;
import org.offerrules.validation.internal.Reporter;

/** {@link RequiredUnless}: {@code field} is present unless {@code when} has one of the listed values. */
public final class RequiredUnlessValidator extends RuleValidator<RequiredUnless, Object> {

    private FieldReader fields;
    private int code;
    private String[] texts;
    private long[] numbers;

    @Override
    public void initialize(RequiredUnless annotation) {
        fields = new FieldReader(annotation.field(), annotation.when());
        code = annotation.code();
        texts = annotation.in().clone();
        numbers = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            try {
                numbers[i] = Long.parseLong(texts[i]);
            } catch (NumberFormatException e) {
                numbers[i] = Long.MIN_VALUE;
            }
        }
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null || matches(fields.get(bean, 1))) {
            return;
        }
        if (FieldReader.isAbsent(fields.get(bean, 0))) {
            reporter.reportAt(fields.name(0), code, null);
        }
    }

    private boolean matches(Object value) {
        if (value instanceof String s) {
            for (String text : texts) {
                if (text.equals(s)) {
                    return true;
                }
            }
        } else if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            for (long number : numbers) {
                if (number == v) {
                    return true;
                }
            }
        }
        return false;
    }
}
