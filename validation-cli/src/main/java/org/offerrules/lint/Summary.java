package org.offerrules.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;

/** The totals of a run; filled by the report thread only. */
final class Summary {

    private final int files;
    private long documents;
    private long withErrors;
    private long withWarnings;
    private long errors;
    private long warnings;
    private long notListed;
    private boolean baselineGiven;
    private long baselined;
    private long fixed;
    private final Map<ErrorCode, Long> byCode = new TreeMap<>();

    Summary(int files) {
        this.files = files;
    }

    void add(Outcome outcome) {
        documents += outcome.documents();
        withErrors += outcome.withErrors();
        withWarnings += outcome.withWarnings();
        for (Outcome.Flagged flagged : outcome.flagged()) {
            for (Violation v : flagged.violations()) {
                if (v.severity() == Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
                byCode.merge(v.code(), 1L, Long::sum);
            }
        }
    }

    /** A baseline was given: {@code baselined} findings were in it, {@code fixed} of its findings were not found. */
    void baseline(long baselined, long fixed) {
        this.baselined = baselined;
        this.fixed = fixed;
        this.baselineGiven = true;
    }

    /** Whether the run compared its findings with a baseline. */
    boolean baselineGiven() {
        return baselineGiven;
    }

    /** Findings of the run that the baseline holds; not counted in {@link #errors()} and {@link #warnings()}. */
    long baselined() {
        return baselined;
    }

    /** Findings of the baseline the run did not find: fixed since it was written. */
    long fixed() {
        return fixed;
    }

    /** Findings counted here but left out of the report, past its bound. */
    void notListed(long count) {
        notListed += count;
    }

    long notListed() {
        return notListed;
    }

    int files() {
        return files;
    }

    long documents() {
        return documents;
    }

    long valid() {
        return documents - withErrors;
    }

    long withErrors() {
        return withErrors;
    }

    long withWarnings() {
        return withWarnings;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    /**
     * The heading of {@code code}, as {@code offer-lint explain} shows it ({@code Invalid <parameter>
     * parameter.}), or a house code's message: the count is of findings at any field, so no one finding's
     * message labels it.
     */
    String message(ErrorCode code) {
        return code.heading();
    }

    /** The {@code limit} most frequent codes, most frequent first, ties by code (the API's by number, then house codes). */
    List<Map.Entry<ErrorCode, Long>> mostFrequent(int limit) {
        List<Map.Entry<ErrorCode, Long>> entries = new ArrayList<>(byCode.entrySet());
        entries.sort(Map.Entry.<ErrorCode, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(limit, entries.size()));
    }
}
