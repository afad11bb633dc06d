package org.offerrules.validation.spi;

import java.time.Clock;
import java.util.Map;

/**
 * Where a rule reports what it found. Each rule is written once against this interface; Hibernate
 * Validator's traversal and the compiled plan each supply an implementation, so both report the
 * very same violations.
 *
 * <p>Properties are named by their Java record-component names; the engines turn them into wire names.
 */
public interface Reporter {

    /**
     * Reports a violation.
     *
     * @param property  a record component of the validated value to report on, or null for the value itself
     * @param index     an index into the validated list, or -1
     * @param code      the error code
     * @param rejected  the offending value
     * @param arguments the message placeholders' values; empty when the message has none
     */
    void report(String property, int index, int code, Object rejected, Map<String, ?> arguments);

    /**
     * The clock of the validator running the rule, for rules about the current time: the one its
     * builder was given, so that results do not depend on when a test runs.
     */
    Clock clock();

    /** Reports on the validated value itself. */
    default void report(int code, Object rejected) {
        report(null, -1, code, rejected, Map.of());
    }

    /** Reports on the validated value itself, with message arguments. */
    default void report(int code, Object rejected, Map<String, ?> arguments) {
        report(null, -1, code, rejected, arguments);
    }

    /** Reports on a record component of the validated value. */
    default void reportAt(String property, int code, Object rejected) {
        report(property, -1, code, rejected, Map.of());
    }
}
