package org.offerrules.validation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.spi.JsonPointers;
import org.offerrules.validation.spi.Reporter;

/**
 * The compiled plan's reporter. It keeps the current position as a stack of (escaped) wire names and
 * indexes for the cascades, plus the component whose rules are running (the {@link Leaf}, made once per
 * component when the plan is compiled and set with one field store instead of a push and a pop), and
 * builds a JSON Pointer only when a rule reports, so that a valid offer costs no more than this object
 * and its two small stack arrays.
 */
final class PlanReporter implements Reporter {

    /**
     * Where the rules about to run report: the escaped wire name of their component (null for a record's
     * class rules and for a flattened component), {@code "/" + name} for reports at the top level, and the
     * type of the value they check, whose components a report may name.
     */
    record Leaf(String name, String rootPointer, Class<?> owner) {
    }

    /** {@code "/" + escaped wire name} of components reported on at the top level. */
    private static final ConcurrentHashMap<String, String> ROOT_POINTERS = new ConcurrentHashMap<>();

    private String[] names;   // escaped wire names; null marks an index segment
    private int[] indexes;
    private int depth;
    private final Leaf[] leaves;   // the plan's positions
    private int leaf;              // the index in leaves of the running rules' position; set before any rule runs
    private final boolean failFast;
    private final Clock clock;
    private boolean stopped;
    private List<Violation> violations;
    private FindingCap cap;   // made at the first report: a valid document allocates none

    /**
     * @param capacity the plan's deepest cascade, so that the stack never grows
     * @param leaves   the plan's positions, which {@link #leaf} selects
     * @param clock    what {@link #clock()} answers
     */
    PlanReporter(boolean failFast, int capacity, Leaf[] leaves, Clock clock) {
        this.failFast = failFast;
        this.leaves = leaves;
        this.clock = clock;
        this.names = new String[Math.max(capacity, 1)];
        this.indexes = new int[names.length];
    }

    /**
     * The position of the rules that run next, {@code leaves[next]}: every rule runs after one such call.
     * An index rather than the reference: a store of an int needs no garbage collector's write barrier,
     * and it is made once for every component that holds a value.
     */
    void leaf(int next) {
        leaf = next;
    }

    /** Enters a cascade into the component {@code escapedName}. */
    void push(String escapedName) {
        grow();
        names[depth] = escapedName;
        depth++;
    }

    /** Enters a list element. */
    void pushIndex(int index) {
        grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    void pop() {
        depth--;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    boolean stopped() {
        return stopped;
    }

    List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    @Override
    public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
        if (cap == null) {
            cap = new FindingCap();
        }
        if (!cap.admit(property, code, arguments)) {
            return; // counted: no pointer, no violation built
        }
        add(code, pointer(property, index), rejected, arguments);
    }

    private void add(int code, String at, Object rejected, Map<String, ?> arguments) {
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        ErrorCode error = ErrorCode.of(code);
        violations.add(FindingCap.violation(error, at, rejected, ParamNames.fill(error, at, arguments)));
        stopped = failFast;
    }

    /** The rule that ran last is done: what it reported beyond the cap becomes one summary finding. */
    void ruleDone() {
        if (cap == null || cap.clear()) {
            return; // most rules report nothing: no reset to write
        }
        if (cap.omitted() > 0) {
            add(cap.code(), pointer(cap.property(), -1), null, cap.summaryArguments());
        }
        cap.reset();
    }

    private String pointer(String property, int index) {
        Leaf at = leaves[leaf];
        String name = at.name();
        Class<?> owner = at.owner();
        if (depth == 0 && index < 0) {
            if (property == null) {
                return name == null ? "" : at.rootPointer();
            }
            if (name == null) {
                return rootPointer(owner, property);
            }
        }
        StringBuilder pointer = new StringBuilder(32);
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (names[i] == null) {
                pointer.append(indexes[i]);
            } else {
                pointer.append(names[i]);
            }
        }
        if (name != null) {
            pointer.append('/').append(name);
        }
        if (index >= 0) {
            pointer.append('/').append(index);
        }
        if (property != null) {
            pointer.append('/').append(JsonPointers.escape(WireNames.of(owner, property)));
        }
        return pointer.toString();
    }

    /** {@code "/" + escaped wire name} of component {@code property} of {@code owner}. */
    static String rootPointer(Class<?> owner, String property) {
        if (WireNames.isNamed(owner, property)) {
            // the cache is by Java name alone, which says nothing of a named component's wire name
            return "/" + JsonPointers.escape(WireNames.of(owner, property));
        }
        String pointer = ROOT_POINTERS.get(property);
        return pointer != null ? pointer
                : ROOT_POINTERS.computeIfAbsent(property, p -> "/" + JsonPointers.escape(WireNames.of(p)));
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
    }
}
