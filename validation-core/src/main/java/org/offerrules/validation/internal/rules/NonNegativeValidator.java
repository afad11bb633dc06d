package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.NonNegative;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link NonNegative}: a present number is finite and at least 0. */
public final class NonNegativeValidator extends RuleValidator<NonNegative, Number> {

    private int code;

    @Override
    public void initialize(NonNegative annotation) {
        code = annotation.value();
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value == null) {
            return;
        }
        if (!accepts(value.doubleValue())) {
            reporter.report(code, value);
        }
    }

    /** Whether {@code v} is finite and at least 0. */
    static boolean accepts(double v) {
        return v >= 0 && !Double.isInfinite(v);
    }

    @Override
    public void schema(NonNegative annotation, SchemaPiece piece) {
        boolean decimal = piece.decimal();
        piece.minimum(0).pattern("^([0-9]+" + SchemaText.fraction(decimal) + "|-0+" + SchemaText.zeros(decimal) + ")$");
    }
}
