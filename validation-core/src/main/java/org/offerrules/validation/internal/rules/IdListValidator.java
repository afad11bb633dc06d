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
        return CommaList.every(value, IdListValidator::isPositiveInt);
    }

    /** Whether {@code value}'s characters {@code from} to {@code to} are a whole number in 1…2147483647. */
    private static boolean isPositiveInt(String value, int from, int to) {
        if (from == to || to - from > 10) {
            return false;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0 && v <= Integer.MAX_VALUE;
    }

    @Override
    public void schema(IdList annotation, SchemaPiece piece) {
        String id = SchemaText.WS + "*0*[1-9][0-9]*" + SchemaText.WS + "*";
        piece.pattern("^(" + SchemaText.WS + "*|" + id + "(," + id + ")*)$");
        // the integer a reader takes as the text of a list of one (NumberText): the bounds of one id
        piece.minimum(1).maximum(Integer.MAX_VALUE);
    }
}
