package org.offerrules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;

/**
 * The compiled plan's reporter. It keeps the current position as a stack of wire names and indexes
 * and builds a JSON Pointer only when a rule reports, so that a valid offer costs no allocation here.
 */
final class PlanReporter implements Reporter {

    private String[] names = new String[8];   // null marks an index segment
    private int[] indexes = new int[8];
    private int depth;
    private final boolean failFast;
    private List<Violation> violations;

    PlanReporter(boolean failFast) {
        this.failFast = failFast;
    }

    void push(String wireName) {
        grow();
        names[depth] = wireName;
        depth++;
    }

    void pushIndex(int index) {
        grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    void pop() {
        depth--;
    }

    boolean stopped() {
        return failFast && violations != null;
    }

    List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    @Override
    public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
        StringBuilder pointer = new StringBuilder(32);
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (names[i] == null) {
                pointer.append(indexes[i]);
            } else {
                pointer.append(JsonPointers.escape(names[i]));
            }
        }
        if (index >= 0) {
            pointer.append('/').append(index);
        }
        if (property != null) {
            pointer.append('/').append(JsonPointers.escape(WireNames.of(property)));
        }
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        violations.add(Violation.of(ErrorCode.of(code), pointer.toString(), rejected, arguments));
    }

    private void grow() {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
    }
}
