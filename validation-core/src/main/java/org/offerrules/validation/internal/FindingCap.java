package org.offerrules.validation.internal;

import java.util.HashMap;
import java.util.Map;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;

/**
 * The bound on what one rule reports on one value: its first {@link #PER_RULE} findings are listed,
 * the rest only counted and reported as one summary finding at the value (the list) itself, with the
 * code and arguments of the first one left out and the argument {@value #OMITTED} holding the count.
 * Without it a 4 MB list of a million bad entries gives a million findings: out of memory, or a report
 * of hundreds of megabytes. Both engines count through it, so that they still agree.
 *
 * <p>The bound is {@value #DEFAULT} unless the system property {@value #PROPERTY} gives another (read
 * once, when the class loads).
 */
public final class FindingCap {

    /** The system property that changes the bound. */
    public static final String PROPERTY = "org.offerrules.validation.findingsPerRule";
    static final int DEFAULT = 100;
    /** How many findings one rule lists for one value. */
    public static final int PER_RULE = Math.max(1, Integer.getInteger(PROPERTY, DEFAULT));
    /** The summary finding's argument: how many findings were left out. */
    public static final String OMITTED = "omitted";

    private int listed;
    private int omitted;
    private String property;
    private int code;
    private Map<String, ?> arguments;

    /** Whether this report is listed; when it is not, it is counted (the first one left out is kept). */
    public boolean admit(String property, int code, Map<String, ?> arguments) {
        if (listed < PER_RULE) {
            listed++;
            return true;
        }
        if (omitted++ == 0) {
            this.property = property;
            this.code = code;
            this.arguments = arguments;
        }
        return false;
    }

    /** Whether the rule that runs now reported nothing yet: then {@link #reset()} has nothing to undo. */
    public boolean clear() {
        return listed == 0;
    }

    /** How many reports were left out since the last {@link #reset()}. */
    public int omitted() {
        return omitted;
    }

    /** The property (a component's Java name, or null for the value itself) of the first report left out. */
    public String property() {
        return property;
    }

    /** The code of the first report left out. */
    public int code() {
        return code;
    }

    /** The arguments of the summary finding: the first left-out report's, and {@value #OMITTED}. */
    public Map<String, ?> summaryArguments() {
        Map<String, Object> all = new HashMap<>(arguments == null ? Map.of() : arguments);
        all.put(OMITTED, omitted);
        return all;
    }

    /** Starts counting for the next rule. */
    public void reset() {
        listed = 0;
        omitted = 0;
        property = null;
        arguments = null;
    }

    /**
     * The finding as the engines report it: {@link Violation#of}, except that a summary (its arguments
     * hold {@value #OMITTED}) says how many findings it stands for.
     */
    public static Violation violation(ErrorCode code, String pointer, Object rejected, Map<String, ?> arguments) {
        if (arguments == null || !arguments.containsKey(OMITTED)) {
            return Violation.of(code, pointer, rejected, arguments);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        return new Violation(code, pointer, message(code, args), Severity.ERROR, rejected, args, 0, 0);
    }

    /** The message of a finding, and for a summary how many it stands for. */
    public static String message(ErrorCode code, Map<String, ?> arguments) {
        String message = code.message(arguments);
        Object omitted = arguments.get(OMITTED);
        return omitted == null ? message : message + " (and " + omitted + " more findings of this rule here, not "
                + "listed: a rule lists " + PER_RULE + " per value)";
    }
}
