package org.offerrules.validation.internal.rules;

import java.util.Map;

import org.offerrules.validation.ErrorCode;

/** The {@code {min}} and {@code {max}} of a range rule's message (6910), when its code's message has them. */
final class RangeArguments {

    private RangeArguments() {
    }

    /** {@code min} and {@code max} as the message shows them, or no arguments when the message has none. */
    static Map<String, ?> of(int code, double min, double max) {
        if (!ErrorCode.of(code).parameterNames().contains("min")) {
            return Map.of();
        }
        return Map.of("min", number(min), "max", number(max));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
