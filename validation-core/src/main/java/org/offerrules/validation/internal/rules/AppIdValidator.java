package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.AppId;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link AppId}: an App Store id ({@code id284882215} or {@code 284882215}) or an Android package name
 * ({@code com.example.app}).
 */
public final class AppIdValidator extends RuleValidator<AppId, String> {

    private int code;

    @Override
    public void initialize(AppId annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !isStoreId(value) && !isPackageName(value)) {
            reporter.report(code, value);
        }
    }

    /** An App Store id: 5 to 12 digits, with or without the {@code id} prefix (the vendor's pages show both). */
    static boolean isStoreId(String s) {
        int from = s.startsWith("id") ? 2 : 0;
        int n = s.length();
        if (n - from < 5 || n - from > 12) {
            return false;
        }
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isPackageName(String s) {
        int parts = 0;
        int n = s.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '.') {
                if (i == start || !isLetter(s.charAt(start))) {
                    return false;
                }
                for (int k = start + 1; k < i; k++) {
                    char c = s.charAt(k);
                    if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                        return false;
                    }
                }
                parts++;
                start = i + 1;
            }
        }
        return parts >= 2 && n <= 255;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public void schema(AppId annotation, SchemaPiece piece) {
        piece.pattern("^((id)?[0-9]{5,12}|[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+)$");
        // the integer a reader takes as the text (NumberText): a store id of 5 to 12 digits
        piece.minimum(STORE_ID_MIN).maximum(STORE_ID_MAX);
    }

    /** The smallest and the largest App Store id written as a number: 5 and 12 digits. */
    private static final long STORE_ID_MIN = 10_000L;
    private static final long STORE_ID_MAX = 999_999_999_999L;
}
