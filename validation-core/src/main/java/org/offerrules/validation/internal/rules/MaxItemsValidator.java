package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.MaxItems;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link MaxItems}: a comma-separated list has at most so many items. */
public final class MaxItemsValidator extends RuleValidator<MaxItems, String> {

    private int code;
    private int max;

    @Override
    public void initialize(MaxItems annotation) {
        code = annotation.code();
        max = annotation.max();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null || value.isEmpty()) {
            return;
        }
        // n items have n - 1 commas; stop counting once past the limit, whatever the string's length
        int items = 1;
        for (int i = 0; i < value.length() && items <= max; i++) {
            if (value.charAt(i) == ',') {
                items++;
            }
        }
        if (items > max) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(MaxItems annotation, SchemaPiece piece) {
        piece.pattern("^([^,]*(,[^,]*){0," + (annotation.max() - 1) + "})?$");
    }
}
