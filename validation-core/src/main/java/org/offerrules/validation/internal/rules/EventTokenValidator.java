package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.EventToken;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link EventToken}: a present token is one or more of {@code A-Z a-z 0-9 _ -}. */
public final class EventTokenValidator extends RuleValidator<EventToken, String> {

    private int code;

    @Override
    public void initialize(EventToken annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !isToken(value)) {
            reporter.report(code, value);
        }
    }

    /** Whether {@code text} is a non-empty run of ASCII letters, digits, {@code _} and {@code -}. */
    public static boolean isToken(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void schema(EventToken annotation, SchemaPiece piece) {
        piece.pattern("^[A-Za-z0-9_-]+$");
    }
}
