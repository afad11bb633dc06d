package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one way to list members by reflection for anything printed or generated (the rule index,
 * {@code offer-lint explain}, docs/rules.md): in an order the code defines, since the order of
 * {@link Class#getDeclaredMethods()} and {@link AnnotatedElement#getAnnotations()} is not specified
 * and has changed with what the JVM had loaded before. Annotation attributes are listed by name,
 * annotations by type name (a repeatable container's contents keep their array order, which is
 * the source's). Record components need no help: {@link Class#getRecordComponents()} is
 * declaration order by specification.
 */
public final class Members {

    /** The members as the running JVM lists them, put in the defined order. */
    public static final Members JVM = new Members(UnaryOperator.identity());

    private final UnaryOperator<List<Object>> reflected;

    /**
     * Members whose reflective lists are first passed through {@code reflected}: a test hands in a
     * reversing or shuffling function to show that the order reflection gives does not reach the output.
     */
    public Members(UnaryOperator<List<Object>> reflected) {
        this.reflected = Objects.requireNonNull(reflected, "reflected");
    }

    /** The attributes of an annotation type, by name. */
    public List<Method> attributes(Class<? extends Annotation> type) {
        List<Method> methods = reflected(type.getDeclaredMethods(), Method.class);
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    /** The annotations of {@code element}, by the name of their type. */
    public List<Annotation> annotations(AnnotatedElement element) {
        List<Annotation> annotations = reflected(element.getAnnotations(), Annotation.class);
        annotations.sort(Comparator.comparing(a -> a.annotationType().getName()));
        return annotations;
    }

    private <T> List<T> reflected(T[] members, Class<T> type) {
        List<Object> listed = reflected.apply(new ArrayList<>(Arrays.asList(members)));
        List<T> typed = new ArrayList<>(listed.size());
        for (Object member : listed) {
            typed.add(type.cast(member));
        }
        return typed;
    }
}
