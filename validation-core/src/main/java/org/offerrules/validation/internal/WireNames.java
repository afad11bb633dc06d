package org.offerrules.validation.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.model.Flattened;

/**
 * Java record-component names to the API's wire names: the wire name is the component name in
 * snake case ({@code capAffiliateIntervalLimit} is {@code cap_affiliate_interval_limit},
 * {@code eTkn} is {@code e_tkn}). Components marked {@link Flattened} have no wire name of their own:
 * that is decided by the annotation on the component, for any record type, never by its name.
 */
public final class WireNames {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    /** Per record type: its flattened components' names, and the record type each component leads to. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Set<String> flattened = new HashSet<>();
            Map<String, Class<?>> next = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    if (isFlattened(component)) {
                        flattened.add(component.getName());
                    }
                    next.put(component.getName(), valueType(component));
                }
            }
            return new Shape(Set.copyOf(flattened), Map.copyOf(next));
        }
    };

    private record Shape(Set<String> flattened, Map<String, Class<?>> next) {
    }

    private WireNames() {
    }

    /** The wire name of a Java component name. */
    public static String of(String javaName) {
        String wire = CACHE.get(javaName);
        return wire != null ? wire : CACHE.computeIfAbsent(javaName, WireNames::snakeCase);
    }

    /** Whether the component groups fields that stand at its record's level on the wire ({@link Flattened}). */
    public static boolean isFlattened(RecordComponent component) {
        return component.isAnnotationPresent(Flattened.class);
    }

    /**
     * Whether component {@code name} of record {@code owner} is {@link Flattened}; false when
     * {@code owner} is null, not a record, or has no such component.
     */
    public static boolean isFlattened(Class<?> owner, String name) {
        return owner != null && SHAPES.get(owner).flattened().contains(name);
    }

    /**
     * The type of the values of component {@code name} of {@code owner}: its type, or its element type
     * when it is a collection; null when unknown. For walking a property path through the records.
     */
    public static Class<?> valueType(Class<?> owner, String name) {
        return owner == null ? null : SHAPES.get(owner).next().get(name);
    }

    private static Class<?> valueType(RecordComponent component) {
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
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
}
