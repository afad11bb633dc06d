package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.MinLength;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link MinLength}: a present string has at least the minimum of characters (code points). */
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
        // a code point is one or two units: fewer units than the minimum is too short without counting
        if (value != null && (value.length() < min
                || value.length() < 2 * min && value.codePointCount(0, value.length()) < min)) {
            reporter.report(code, null);   // a password: never echoed
        }
    }

    @Override
    public void schema(MinLength annotation, SchemaPiece piece) {
        piece.minLength(annotation.min()); // both count code points
    }
}
