package org.offerrules.validation.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.model.Flattened;
import org.offerrules.validation.model.Offer;

/**
 * Java record-component names to the API's wire names: the wire name is the component name in
 * snake case ({@code capAffiliateIntervalLimit} is {@code cap_affiliate_interval_limit},
 * {@code eTkn} is {@code e_tkn}). Components marked {@link Flattened} have no wire name of their own.
 */
public final class WireNames {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> FLATTENED = flattenedNames(Offer.class, new HashSet<>());

    private WireNames() {
    }

    /** The wire name of a Java component name. */
    public static String of(String javaName) {
        String wire = CACHE.get(javaName);
        return wire != null ? wire : CACHE.computeIfAbsent(javaName, WireNames::snakeCase);
    }

    /** Whether components of this name group fields that stand at the parent's level on the wire. */
    public static boolean isFlattened(String javaName) {
        return FLATTENED.contains(javaName);
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> flattenedNames(Class<?> type, Set<Class<?>> seen) {
        Set<String> names = new HashSet<>();
        if (!type.isRecord() || !seen.add(type)) {
            return names;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(Flattened.class)) {
                names.add(component.getName());
            }
            Type generic = component.getGenericType();
            Class<?> next = component.getType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                next = c;
            }
            names.addAll(flattenedNames(next, seen));
        }
        return Set.copyOf(names);
    }
}
