package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.GreaterThan;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/** {@link GreaterThan}: {@code field} is strictly greater than each of {@code than}. */
public final class GreaterThanValidator extends RuleValidator<GreaterThan, Object> {

    private FieldReader fields;
    private long except;
    private int code;

    @Override
    public void initialize(GreaterThan annotation) {
        String[] than = annotation.than();
        String[] names = new String[than.length + 1];
        names[0] = annotation.field();
        System.arraycopy(than, 0, names, 1, than.length);
        fields = new FieldReader(names);
        except = annotation.except();
        code = annotation.code();
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null) {
            return;
        }
        Object larger = fields.get(bean, 0);
        if (!comparable(larger)) {
            return;
        }
        double value = ((Number) larger).doubleValue();
        for (int i = 1; i < fields.size(); i++) {
            Object smaller = fields.get(bean, i);
            if (comparable(smaller) && value <= ((Number) smaller).doubleValue()) {
                reporter.reportAt(fields.name(0), code, larger);
                return;
            }
        }
    }

    private boolean comparable(Object value) {
        if (!(value instanceof Number n)) {
            return false;
        }
        double v = n.doubleValue();
        return v > 0 && v != except && !Double.isInfinite(v);
    }
}
