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
import org.offerrules.validation.model.WireName;

/**
 * Java record-component names to the API's wire names: the wire name is the component name in
 * snake case ({@code capAffiliateIntervalLimit} is {@code cap_affiliate_interval_limit},
 * {@code eTkn} is {@code e_tkn}), unless the component carries a {@link WireName}, which says it
 * ({@code orderBy}). Components marked {@link Flattened} have no wire name of their own. Both are decided
 * by the annotation on the component, for any record type, never by its name.
 */
public final class WireNames {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    /** Per record type: its flattened components' names, and the record type each component leads to. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Set<String> flattened = new HashSet<>();
            Map<String, Class<?>> next = new HashMap<>();
            Map<String, String> named = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    if (isFlattened(component)) {
                        flattened.add(component.getName());
                    }
                    next.put(component.getName(), valueType(component));
                    WireName name = component.getAnnotation(WireName.class);
                    if (name != null) {
                        named.put(component.getName(), name.value());
                    }
                }
            }
            return new Shape(Set.copyOf(flattened), Map.copyOf(next), Map.copyOf(named));
        }
    };

    private record Shape(Set<String> flattened, Map<String, Class<?>> next, Map<String, String> named) {
    }

    private WireNames() {
    }

    /**
     * The wire name of component {@code javaName} of record {@code owner}: its {@link WireName}, or the
     * snake case of {@code javaName} when it has none (or {@code owner} is null or not a record).
     */
    public static String of(Class<?> owner, String javaName) {
        String named = owner == null ? null : SHAPES.get(owner).named().get(javaName);
        return named != null ? named : of(javaName);
    }

    /** The wire name of {@code component}: its {@link WireName}, or the snake case of its name. */
    public static String of(RecordComponent component) {
        WireName named = component.getAnnotation(WireName.class);
        return named != null ? named.value() : of(component.getName());
    }

    /**
     * Whether component {@code javaName} of {@code owner} carries a {@link WireName}, so that its wire
     * name is not {@link #of(String)}'s: for callers that cache wire names by Java name alone.
     */
    public static boolean isNamed(Class<?> owner, String javaName) {
        return owner != null && SHAPES.get(owner).named().containsKey(javaName);
    }

    /** The wire name of a Java component name that carries no {@link WireName}: its snake case. */
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
