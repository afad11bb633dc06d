package org.offerrules.validation.internal.rules;

import java.util.Map;

import org.offerrules.validation.constraints.Between;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Between}: a present number is finite and within the range. */
public final class BetweenValidator extends RuleValidator<Between, Number> {

    private int code;
    private double min;
    private double max;
    private Map<String, ?> arguments;

    @Override
    public void initialize(Between annotation) {
        code = annotation.code();
        min = annotation.min();
        max = annotation.max();
        arguments = RangeArguments.of(code, min, max);
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value == null) {
            return;
        }
        if (!accepts(value.doubleValue(), min, max)) {
            reporter.report(code, value, arguments);
        }
    }

    @Override
    public Map<String, ?> arguments(Between annotation) {
        return RangeArguments.of(annotation.code(), annotation.min(), annotation.max());
    }

    /** Whether {@code v} is within {@code [min, max]} (so not NaN). */
    static boolean accepts(double v, double min, double max) {
        return v >= min && v <= max;
    }

    @Override
    public void schema(Between annotation, SchemaPiece piece) {
        piece.minimum(annotation.min()).maximum(annotation.max());
    }
}
