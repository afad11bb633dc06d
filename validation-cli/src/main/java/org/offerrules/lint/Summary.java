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
    private final Map<ErrorCode, Long> byCode = new TreeMap<>();
    private final Map<ErrorCode, String> firstMessage = new TreeMap<>();

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
                firstMessage.putIfAbsent(v.code(), v.code().parameterNames().isEmpty()
                        ? v.code().messageTemplate() : v.message());
            }
        }
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

    /** A message of {@code code} as the run reported it: its template when it has no placeholders, else the first one seen. */
    String message(ErrorCode code) {
        return firstMessage.get(code);
    }

    /** The {@code limit} most frequent codes, most frequent first, ties by code (the API's by number, then house codes). */
    List<Map.Entry<ErrorCode, Long>> mostFrequent(int limit) {
        List<Map.Entry<ErrorCode, Long>> entries = new ArrayList<>(byCode.entrySet());
        entries.sort(Map.Entry.<ErrorCode, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(limit, entries.size()));
    }
}
