package org.offerrules.validation.internal.rules;

import java.lang.annotation.Annotation;

import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * The base of the cross-field rules on a record that compare a {@code field} with an {@code other} one and
 * report on {@code field}: {@link NotEqualValidator}, {@link SubdivisionValidator}, {@link DisjointIdsValidator}.
 *
 * @param <A> the constraint annotation
 */
abstract class FieldPairValidator<A extends Annotation> extends RuleValidator<A, Object> {

    private FieldReader fields;
    private int code;

    /** Reads the annotation's two component names and its code; called from {@code initialize}. */
    final void pair(String field, String other, int code) {
        this.fields = new FieldReader(field, other);
        this.code = code;
    }

    @Override
    public final void check(Object bean, Reporter reporter) {
        if (bean == null) {
            return;
        }
        Object value = fields.get(bean, 0);
        if (value == null) {
            return;
        }
        Object rejected = check(value, fields.get(bean, 1));
        if (rejected != null) {
            reporter.reportAt(fields.name(0), code, rejected);
        }
    }

    /**
     * Checks a present {@code value} of the field against the other field's {@code other} (maybe null).
     *
     * @return the rejected value to report, or null when the rule holds
     */
    abstract Object check(Object value, Object other);
}
