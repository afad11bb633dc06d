package org.offerrules.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.offerrules.validation.spi.JsonPointers;

/**
 * Everything a validation found, in a deterministic order: by source position when the violations
 * came from a document, then by JSON Pointer (array indexes compared as numbers), then by code.
 * A violation is listed once: two with the same code, pointer, message, severity and position are
 * the same problem to a user (and Hibernate Validator merges them too).
 *
 * @param violations the violations, errors and warnings together; never null
 */
public record ValidationReport(List<Violation> violations) {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /** How many violations {@link #summary()} lists; the report has them all. */
    public static final int SUMMARIZED = 20;

    /** The order every report uses. */
    public static final Comparator<Violation> ORDER = Comparator
            .comparingInt(Violation::line)
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::pointer, JsonPointers.ORDER)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message)
            .thenComparing(Violation::severity)
            .thenComparing(v -> String.valueOf(v.rejectedValue()));

    /** Copies and sorts the violations. */
    public ValidationReport {
        if (violations == null || violations.isEmpty()) {
            violations = List.of();
        } else {
            // one array, sorted and made distinct in place: a report is built for every invalid document
            Violation[] sorted = violations.toArray(new Violation[0]);
            Arrays.sort(sorted, ORDER);
            int distinct = 0;
            for (Violation v : sorted) {
                if (distinct == 0 || !sameProblem(sorted[distinct - 1], v)) {
                    sorted[distinct++] = v;
                }
            }
            violations = List.of(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
        }
    }

    private static boolean sameProblem(Violation a, Violation b) {
        return a.code() == b.code() && a.pointer().equals(b.pointer()) && a.message().equals(b.message())
                && a.severity() == b.severity() && a.line() == b.line() && a.column() == b.column();
    }

    /** The report of a valid offer: no violations. */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /** A report of these violations, sorted. */
    public static ValidationReport of(List<Violation> violations) {
        return violations == null || violations.isEmpty() ? EMPTY : new ValidationReport(violations);
    }

    /** True when there is no error (warnings may remain). */
    public boolean isValid() {
        for (Violation v : violations) {
            if (v.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /** The violations of severity {@link Severity#ERROR}. */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /** The violations of severity {@link Severity#WARNING}. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** The codes' numbers in report order, handy in tests and logs. */
    public List<Integer> codeNumbers() {
        return violations.stream().map(Violation::codeNumber).toList();
    }

    /** This report and {@code other}'s violations together. */
    public ValidationReport merge(ValidationReport other) {
        if (other.violations.isEmpty()) {
            return this;
        }
        if (violations.isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationReport(all);
    }

    /**
     * The report on one line, what an exception message or a log line holds: the count of violations,
     * then the first {@value #SUMMARIZED} as {@code line:column: severity code message (pointer)} (the
     * position left out where the input had none), separated by {@code "; "}, and the number of the rest.
     * A control character or line separator that a document put into a message is escaped
     * ({@code \n}, {@code \r}, {@code \u2028}), so the summary is one line whatever the input held.
     *
     * @return {@code "valid"} for a report without violations
     */
    public String summary() {
        int count = violations.size();
        if (count == 0) {
            return "valid";
        }
        StringBuilder b = new StringBuilder().append(count).append(count == 1 ? " violation: " : " violations: ");
        for (int i = 0; i < Math.min(count, SUMMARIZED); i++) {
            if (i > 0) {
                b.append("; ");
            }
            oneLine(violations.get(i).toString(), b);
        }
        if (count > SUMMARIZED) {
            b.append("; and ").append(count - SUMMARIZED).append(" more");
        }
        return b.toString();
    }

    private static void oneLine(String text, StringBuilder b) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
    }

    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "valid";
        }
        StringBuilder out = new StringBuilder();
        for (Violation v : violations) {
            out.append(v).append('\n');
        }
        return out.toString();
    }
}
