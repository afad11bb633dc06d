package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.internal.Reporter;
import org.offerrules.validation.model.ApiValue;

/** {@link OneOf}: a present string is one of the accepted values. A linear scan: the sets are small. */
public final class OneOfValidator extends RuleValidator<OneOf, String> {

    private int code;
    private String[] values;

    @Override
    public void initialize(OneOf annotation) {
        code = annotation.code();
        ApiValue[] constants = annotation.value().getEnumConstants();
        values = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            values[i] = constants[i].apiValue();
        }
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        // values read by the Jackson module are the API spellings themselves (shared), so identity
        // settles most checks before any character is compared
        for (String accepted : values) {
            if (accepted == value) {
                return;
            }
        }
        for (String accepted : values) {
            if (accepted.equals(value)) {
                return;
            }
        }
        reporter.report(code, value);
    }
}
