package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.IntegerWhen;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link IntegerWhen}: a present {@code field} is a whole number when {@code when} has one of the listed values. */
public final class IntegerWhenValidator extends RuleValidator<IntegerWhen, Object> {

    private FieldReader fields;
    private WireValues values;
    private int code;

    @Override
    public void initialize(IntegerWhen annotation) {
        fields = new FieldReader(annotation.field(), annotation.when());
        values = new WireValues(ConstraintAnnotations.wholeWhen(annotation));
        code = annotation.code();
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null) {
            return;
        }
        Object value = fields.get(bean, 0);
        if (value instanceof Number n && !isWhole(n) && values.contains(fields.get(bean, 1))) {
            reporter.reportAt(fields.name(0), code, value);
        }
    }

    private static boolean isWhole(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return true;
        }
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d);
    }

    @Override
    public void schema(IntegerWhen annotation, SchemaPiece piece) {
        piece.rule(piece.another().required(annotation.when())
                        .property(annotation.when(), piece.equalTo(annotation.when(), ConstraintAnnotations.wholeWhen(annotation))),
                piece.another().property(annotation.field(), piece.another().multipleOf(1).pattern("^-?[0-9]+(\\.0+)?$")));
    }
}
