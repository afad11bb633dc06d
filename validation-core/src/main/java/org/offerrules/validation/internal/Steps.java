package org.offerrules.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the {@link PropertyStep} of each record component as an instance of a hidden copy of that
 * class (same bytes), one copy per <em>shape</em>: the classes of the component's rules, in order, and
 * its kind of cascade. Within a copy the rule calls then see one receiver class each, and the JIT
 * inlines them, where one shared class would see every rule of the model and dispatch each call.
 * One copy per shape rather than per component: a copy per component (about 140) made the JIT's
 * work at start-up half as large again (C2 3.9 s → 6.0 s of compile time on a 100,000-offer lint,
 * {@code -XX:+CITime}) for components that differ only in their accessor. Where a copy cannot be made
 * (the class file is not readable as a resource, or the runtime refuses), the shared class is used:
 * the same checks, only slower.
 */
final class Steps {

    private static final byte[] TEMPLATE = template();
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class, CompiledPlan.Property.class);
    /** The constructor of each shape's copy. */
    private static final Map<List<Object>, MethodHandle> COPIES = new ConcurrentHashMap<>();

    private Steps() {
    }

    /** The step of {@code spec}: its shape's copy's instance when {@code specialize}, else the shared class's. */
    static Step of(CompiledPlan.Property spec, boolean specialize) {
        if (specialize && TEMPLATE != null) {
            try {
                return (Step) COPIES.computeIfAbsent(shape(spec), shape -> copy()).invoke(spec);
            } catch (LinkageError | RuntimeException | ReflectiveOperationException e) {
                return new PropertyStep(spec); // a runtime that refuses to define the copy
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e); // the constructor throws no checked exception
            }
        }
        return new PropertyStep(spec);
    }

    /** The rule classes of {@code spec} in order, then its kind of cascade. */
    static List<Object> shape(CompiledPlan.Property spec) {
        List<Object> shape = new ArrayList<>(spec.rules.length + 1);
        for (Object rule : spec.rules) {
            shape.add(rule.getClass());
        }
        shape.add(spec.nested != null ? "nested" : spec.elements != null ? "elements" : "leaf");
        return List.copyOf(shape);
    }

    private static MethodHandle copy() {
        try {
            MethodHandles.Lookup copy = MethodHandles.lookup().defineHiddenClass(TEMPLATE, true);
            return copy.findConstructor(copy.lookupClass(), CONSTRUCTOR);
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException(e); // caught by the caller: the shared class is used
        }
    }

    /** Whether steps are hidden copies on this runtime. */
    static boolean specializes() {
        return TEMPLATE != null;
    }

    private static byte[] template() {
        try (InputStream in = PropertyStep.class.getResourceAsStream("PropertyStep.class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
