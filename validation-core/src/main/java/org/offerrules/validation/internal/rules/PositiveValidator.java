package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Positive}: a present integer is greater than 0. */
public final class PositiveValidator extends RuleValidator<Positive, Number> {

    private int code;
    private int zeroCode;

    @Override
    public void initialize(Positive annotation) {
        code = annotation.value();
        zeroCode = annotation.zeroCode() != 0 ? annotation.zeroCode() : code;
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value != null && value.longValue() <= 0) {
            reporter.report(value.longValue() == 0 ? zeroCode : code, value);
        }
    }

    @Override
    public void schema(Positive annotation, SchemaPiece piece) {
        piece.minimum(1).pattern("^0*[1-9][0-9]*" + SchemaText.fraction(piece.decimal()) + "$");
    }
}
