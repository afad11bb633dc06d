package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.CapLimit;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link CapLimit}: a present limit is greater than 0 or -1 (unlimited). */
public final class CapLimitValidator extends RuleValidator<CapLimit, Number> {

    private int code;

    @Override
    public void initialize(CapLimit annotation) {
        code = annotation.value();
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value != null) {
            double v = value.doubleValue();
            if (!(v > 0 && v != Double.POSITIVE_INFINITY) && v != -1) {
                reporter.report(code, value);
            }
        }
    }

    @Override
    public void schema(CapLimit annotation, SchemaPiece piece) {
        piece.anyOf(piece.another().exclusiveMinimum(0), piece.another().constant(-1));
        piece.pattern("^(0*[1-9][0-9]*(\\.[0-9]+)?|0+\\.[0-9]*[1-9][0-9]*|-0*1(\\.0+)?)$");
    }
}
