package org.offerrules.validation.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Fast access to record components by name: one generated {@link Function} per component, made once
 * per class, so that rules and the compiled plan read values without per-call reflection.
 */
public final class Accessors {

    private static final ClassValue<Map<String, Function<Object, Object>>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            Map<String, Function<Object, Object>> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    accessors.put(component.getName(), make(type, component));
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private Accessors() {
    }

    /**
     * The accessor of record component {@code name} of {@code type}.
     *
     * @throws IllegalArgumentException when the record has no such component
     */
    public static Function<Object, Object> of(Class<?> type, String name) {
        Function<Object, Object> accessor = BY_CLASS.get(type).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(type.getName() + " has no record component '" + name + "'");
        }
        return accessor;
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> make(Class<?> type, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    getter, MethodType.methodType(component.getType().isPrimitive()
                            ? MethodType.methodType(component.getType()).wrap().returnType()
                            : component.getType(), type));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot access " + type.getName() + "." + component.getName(), e);
        }
    }
}
