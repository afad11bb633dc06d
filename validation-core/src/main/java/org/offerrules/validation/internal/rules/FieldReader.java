package org.offerrules.validation.internal.rules;

import java.util.Collection;
import java.util.function.Function;

import org.offerrules.validation.internal.Accessors;

/**
 * Reads named record components of the validated record. Accessors are resolved on first use (the
 * annotation does not tell the record type) and kept for that type; the publication is racy but
 * idempotent.
 */
final class FieldReader {

    private final String[] names;
    private volatile Resolved resolved;

    private record Resolved(Class<?> type, Function<Object, Object>[] accessors) {
    }

    FieldReader(String... names) {
        this.names = names.clone();
    }

    /** The value of the {@code i}-th named component of {@code bean}. */
    Object get(Object bean, int i) {
        Resolved r = resolved;
        if (r == null || r.type() != bean.getClass()) {
            r = resolve(bean.getClass());
            resolved = r;
        }
        return r.accessors()[i].apply(bean);
    }

    String name(int i) {
        return names[i];
    }

    int size() {
        return names.length;
    }

    @SuppressWarnings("unchecked")
    private Resolved resolve(Class<?> type) {
        Function<Object, Object>[] accessors = new Function[names.length];
        for (int i = 0; i < names.length; i++) {
            accessors[i] = Accessors.of(type, names[i]);
        }
        return new Resolved(type, accessors);
    }

    /** Absent: null, or an empty collection. */
    static boolean isAbsent(Object value) {
        // String and the boxed numbers first: a failing interface check (String is no Collection) scans
        // the class's secondary supertypes on every call, an exact final-class check does not
        return value == null || !(value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double) && value instanceof Collection<?> c && c.isEmpty();
    }
}
