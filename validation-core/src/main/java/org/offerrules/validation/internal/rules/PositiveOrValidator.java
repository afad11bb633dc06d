package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.PositiveOr;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link PositiveOr}: a present integer is greater than 0 or the one other accepted value. */
public final class PositiveOrValidator extends RuleValidator<PositiveOr, Number> {

    private int code;
    private long or;

    @Override
    public void initialize(PositiveOr annotation) {
        code = annotation.code();
        or = annotation.or();
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value != null && value.longValue() <= 0 && value.longValue() != or) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(PositiveOr annotation, SchemaPiece piece) {
        boolean decimal = piece.decimal();
        piece.anyOf(piece.another().minimum(1), piece.another().constant(annotation.or()));
        piece.pattern("^(0*[1-9][0-9]*" + SchemaText.fraction(decimal) + "|" + SchemaPiece.spellings(annotation.or())
                + SchemaText.zeros(decimal) + ")$");
    }
}
