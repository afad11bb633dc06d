package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Required}: the value is present. */
public final class RequiredValidator extends RuleValidator<Required, Object> {

    private int code;

    @Override
    public void initialize(Required annotation) {
        code = annotation.value();
    }

    @Override
    public void check(Object value, Reporter reporter) {
        if (value == null) {
            reporter.report(code, null);
        }
    }

    @Override
    public void schema(Required annotation, SchemaPiece piece) {
        piece.required();
    }
}
