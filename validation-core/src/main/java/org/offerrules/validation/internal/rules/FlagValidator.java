package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Flag}: a present integer is 0 or 1. */
public final class FlagValidator extends RuleValidator<Flag, Number> {

    private int code;

    @Override
    public void initialize(Flag annotation) {
        code = annotation.value();
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value != null) {
            long v = value.longValue();
            if ((v != 0 && v != 1) || v != value.doubleValue()) {
                reporter.report(code, value);
            }
        }
    }

    @Override
    public void schema(Flag annotation, SchemaPiece piece) {
        String zeros = SchemaText.zeros(piece.decimal());
        piece.minimum(0).maximum(1).multipleOf(1).pattern("^(-?0+|0*1)" + zeros + "$");
    }
}
