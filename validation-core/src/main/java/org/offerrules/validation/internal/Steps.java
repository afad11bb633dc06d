package org.offerrules.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes the {@link PropertyStep} of each record component as an instance of its own hidden copy of
 * that class (same bytes, defined once per component when a plan is compiled), so that the JIT
 * profiles and inlines each component's accessor and rules apart from all the others. Hidden classes
 * are unloaded with the plan that holds them. Where the copy cannot be made (the class file is not
 * readable as a resource, or the runtime refuses), the shared class is used: the same checks, only
 * slower.
 */
final class Steps {

    private static final byte[] TEMPLATE = template();
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class, CompiledPlan.Property.class);

    private Steps() {
    }

    /** The step of {@code spec}: a hidden copy's instance when {@code specialize}, else the shared class's. */
    static Step of(CompiledPlan.Property spec, boolean specialize) {
        if (specialize && TEMPLATE != null) {
            try {
                MethodHandles.Lookup copy = MethodHandles.lookup().defineHiddenClass(TEMPLATE, true);
                MethodHandle constructor = copy.findConstructor(copy.lookupClass(), CONSTRUCTOR);
                return (Step) constructor.invoke(spec);
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
