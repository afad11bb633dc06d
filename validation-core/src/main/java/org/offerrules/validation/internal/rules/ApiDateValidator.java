package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.ApiDate;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link ApiDate}: {@code YYYY/MM/DD} or {@code YYYY/MM/DD HH}, naming a real date and hour. */
public final class ApiDateValidator extends RuleValidator<ApiDate, String> {

    private int format;
    private int impossible;
    private int hour;

    @Override
    public void initialize(ApiDate annotation) {
        format = annotation.formatCode();
        impossible = annotation.impossibleCode();
        hour = annotation.hourCode() != 0 ? annotation.hourCode() : impossible;
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        int verdict = verdict(value);
        if (verdict == FORMAT) {
            reporter.report(format, value);
        } else if (verdict == IMPOSSIBLE) {
            reporter.report(impossible, value);
        } else if (verdict == HOUR) {
            reporter.report(hour, value);
        }
    }

    static final int OK = 0;
    static final int FORMAT = 1;
    static final int IMPOSSIBLE = 2;
    static final int HOUR = 3;

    /** {@link #OK}, {@link #FORMAT}, {@link #IMPOSSIBLE}, or {@link #HOUR} for a real date with an hour past 23. */
    static int verdict(String s) {
        int n = s.length();
        if (n != 10 && n != 13) {
            return FORMAT;
        }
        if (s.charAt(4) != '/' || s.charAt(7) != '/' || (n == 13 && s.charAt(10) != ' ')) {
            return FORMAT;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = n == 13 ? digits(s, 11, 13) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0) {
            return FORMAT;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return IMPOSSIBLE;
        }
        return hour > 23 ? HOUR : OK;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    @Override
    public void schema(ApiDate annotation, SchemaPiece piece) {
        piece.pattern("^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])"
                + "( ([01][0-9]|2[0-3]))?$");
    }
}
