package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link NotBlank}: a present string has a non-white-space character. */
public final class NotBlankValidator extends RuleValidator<NotBlank, String> {

    private int code;

    @Override
    public void initialize(NotBlank annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && value.isBlank()) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(NotBlank annotation, SchemaPiece piece) {
        piece.pattern("[^" + SchemaText.WS.substring(1));
    }
}
