package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.MaxLength;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link MaxLength}: a present string has at most the maximum of characters (code points). */
public final class MaxLengthValidator extends RuleValidator<MaxLength, String> {

    private int code;
    private int max;

    @Override
    public void initialize(MaxLength annotation) {
        code = annotation.code();
        max = annotation.max();
    }

    @Override
    public void check(String value, Reporter reporter) {
        // a code point is one or two units: only a string of more units than the maximum can be too long
        if (value != null && value.length() > max && value.codePointCount(0, value.length()) > max) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(MaxLength annotation, SchemaPiece piece) {
        piece.maxLength(annotation.max());
    }
}
