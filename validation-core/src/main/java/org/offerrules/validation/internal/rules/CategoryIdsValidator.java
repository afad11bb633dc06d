package org.offerrules.validation.internal.rules;

import java.util.Map;

import org.offerrules.validation.constraints.CategoryIds;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link CategoryIds}: a comma-separated list of integer ids, each greater than 0. */
public final class CategoryIdsValidator extends RuleValidator<CategoryIds, String> {

    private int malformed;
    private int invalidId;
    private int empty;

    @Override
    public void initialize(CategoryIds annotation) {
        malformed = annotation.malformedCode();
        invalidId = annotation.invalidIdCode();
        empty = annotation.emptyCode() != 0 ? annotation.emptyCode() : malformed;
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            reporter.report(empty, value);
            return;
        }
        int n = value.length();
        int start = 0;
        boolean wellFormed = true;
        for (int i = 0; i <= n && wellFormed; i++) {
            if (i == n || value.charAt(i) == ',') {
                wellFormed = isInteger(value, start, i);
                start = i + 1;
            }
        }
        if (!wellFormed) {
            reporter.report(malformed, value);
            return;
        }
        start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == ',') {
                long id = parse(value, start, i);
                if (id <= 0 || id > Integer.MAX_VALUE) {
                    reporter.report(null, -1, invalidId, value.substring(start, i).strip(), Map.of());
                }
                start = i + 1;
            }
        }
    }

    /** The ids of a well-formed list, for lookups; the caller has validated the text. */
    public static int[] ids(String value) {
        String[] parts = value.split(",");
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = (int) parse(parts[i], 0, parts[i].length());
        }
        return ids;
    }

    private static boolean isInteger(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from < to && s.charAt(from) == '-') {
            from++;
        }
        if (from == to || to - from > 18) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parse(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        boolean negative = from < to && s.charAt(from) == '-';
        long v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return negative ? -v : v;
    }

    @Override
    public void schema(CategoryIds annotation, SchemaPiece piece) {
        String id = " *0*[1-9][0-9]* *";
        piece.pattern("^" + id + "(," + id + ")*$");
        // the integer a reader takes as the text of a list of one (NumberText): the bounds of one id
        piece.minimum(1).maximum(Integer.MAX_VALUE);
    }
}
