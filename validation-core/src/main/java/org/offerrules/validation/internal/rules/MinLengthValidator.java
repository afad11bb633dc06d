package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.MinLength;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link MinLength}: a present string is not shorter than the minimum. */
public final class MinLengthValidator extends RuleValidator<MinLength, String> {

    private int code;
    private int min;

    @Override
    public void initialize(MinLength annotation) {
        code = annotation.code();
        min = annotation.min();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && value.length() < min) {
            reporter.report(code, null);   // a password: never echoed
        }
    }

    @Override
    public void schema(MinLength annotation, SchemaPiece piece) {
        // minLength counts code points, the rule UTF-16 code units: an emoji is one and two
        piece.minLength((annotation.min() + 1) / 2);
    }
}
