package org.offerrules.validation.spi;

import java.util.function.Function;

import org.offerrules.validation.internal.Accessors;

/**
 * Reading record components by name without per-call reflection: for rules on a whole record (a
 * comparison of two of its fields) and for format modules that write records.
 */
public final class Records {

    private Records() {
    }

    /**
     * The accessor of record component {@code name} of {@code type}, made once per class; it returns
     * primitives boxed.
     *
     * @throws IllegalArgumentException when the record has no such component
     */
    public static Function<Object, Object> accessor(Class<?> type, String name) {
        return Accessors.of(type, name);
    }
}
