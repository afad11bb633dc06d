package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link IdList}: a comma-separated list of integer ids, each greater than 0; empty is an empty list. */
public final class IdListValidator extends RuleValidator<IdList, String> {

    private int code;

    @Override
    public void initialize(IdList annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !value.isBlank() && !isIdList(value)) {
            reporter.report(code, value);
        }
    }

    /** Whether {@code value} is ids greater than 0 separated by commas, blanks around each allowed. */
    static boolean isIdList(String value) {
        int n = value.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == ',') {
                String part = value.substring(start, i).strip();
                if (!isPositiveInt(part)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean isPositiveInt(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        long v = Long.parseLong(s);
        return v > 0 && v <= Integer.MAX_VALUE;
    }

    @Override
    public void schema(IdList annotation, SchemaPiece piece) {
        String id = SchemaText.WS + "*0*[1-9][0-9]*" + SchemaText.WS + "*";
        piece.pattern("^(" + SchemaText.WS + "*|" + id + "(," + id + ")*)$");
    }
}
