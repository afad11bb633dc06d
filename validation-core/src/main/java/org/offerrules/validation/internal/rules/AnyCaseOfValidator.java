package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.AnyCaseOf;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/** {@link AnyCaseOf}: a present string is one of the accepted values, ignoring letter case. */
public final class AnyCaseOfValidator extends RuleValidator<AnyCaseOf, String> {

    private int code;
    private String[] values;

    @Override
    public void initialize(AnyCaseOf annotation) {
        code = annotation.code();
        values = OneOfValidator.spellings(annotation.value());
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        for (String accepted : values) {
            if (accepted.equalsIgnoreCase(value)) {
                return;
            }
        }
        reporter.report(code, value);
    }
}
