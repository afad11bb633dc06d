package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;

import org.offerrules.validation.constraints.IntegerWhen;
import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.constraints.RuleText;
import org.offerrules.validation.model.CountingType;
import org.offerrules.validation.model.PricingType;
import org.offerrules.validation.model.PricingType.Need;

/**
 * Reading the model's constraint annotations, shared by the compiled plan, the rule index and the
 * tests. Convention: an attribute holds an error code when it is an {@code int} named {@code value},
 * {@code code}, or ending in {@code Code}; 0 means "none".
 */
public final class ConstraintAnnotations {

    private ConstraintAnnotations() {
    }

    /** The constraint itself, the constraints of a repeatable container, or nothing. */
    public static List<Annotation> unwrap(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type.isAnnotationPresent(Constraint.class)) {
            return List.of(annotation);
        }
        try {
            Method value = type.getMethod("value");
            if (value.getReturnType().isArray()
                    && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
                return Arrays.asList((Annotation[]) value.invoke(annotation));
            }
        } catch (NoSuchMethodException e) {
            return List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
        return List.of();
    }

    /** The constraints among {@code annotations}, repeatable containers unwrapped. */
    public static List<Annotation> constraints(Annotation[] annotations) {
        return constraints(Arrays.asList(annotations));
    }

    /** The constraints among {@code annotations}, in their order, repeatable containers unwrapped. */
    public static List<Annotation> constraints(List<Annotation> annotations) {
        List<Annotation> constraints = new ArrayList<>();
        for (Annotation annotation : annotations) {
            constraints.addAll(unwrap(annotation));
        }
        return constraints;
    }

    /** The error codes a constraint declares, by attribute name ({@link Members}). */
    public static List<Integer> codes(Annotation constraint) {
        List<Integer> codes = new ArrayList<>();
        for (Method method : Members.JVM.attributes(constraint.annotationType())) {
            if (isCodeAttribute(method)) {
                int code = (int) attribute(constraint, method.getName());
                if (code != 0) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /**
     * The code a reader reports when a field's JSON value has the wrong type: of the first
     * default-group constraint among {@code annotations} (presence rules say "missing", not
     * "invalid"), its {@code malformedCode}, else {@code formatCode}, else {@code value}, else
     * {@code code}. 0 when there is none. "First" in the order of {@link Members}: reflection's own
     * order is not specified.
     */
    public static int invalidCode(AnnotatedElement element) {
        for (Annotation constraint : constraints(Members.JVM.annotations(element))) {
            Object groups = attribute(constraint, "groups");
            if (groups instanceof Class<?>[] g && g.length > 0) {
                continue;
            }
            for (String name : new String[] {"malformedCode", "formatCode", "value", "code"}) {
                try {
                    Method method = constraint.annotationType().getMethod(name);
                    if (isCodeAttribute(method)) {
                        int code = (int) method.invoke(constraint);
                        if (code != 0) {
                            return code;
                        }
                    }
                } catch (NoSuchMethodException e) {
                    // try the next name
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + constraint, e);
                }
            }
        }
        return 0;
    }

    /**
     * {@link #invalidCode(AnnotatedElement)} of component {@code component} of a flattened group whose
     * rules are on the group ({@code @PriceCheck}): the first default-group constraint on {@code group}
     * with a code attribute whose {@link RuleText#component()} is {@code component}. 0 when there is none.
     */
    public static int invalidCode(AnnotatedElement group, int component) {
        for (Annotation constraint : constraints(Members.JVM.annotations(group))) {
            Object groups = attribute(constraint, "groups");
            if (groups instanceof Class<?>[] g && g.length > 0) {
                continue;
            }
            for (Method method : Members.JVM.attributes(constraint.annotationType())) {
                RuleText text = method.getAnnotation(RuleText.class);
                if (isCodeAttribute(method) && text != null && text.component() == component) {
                    int code = (int) attribute(constraint, method.getName());
                    if (code != 0) {
                        return code;
                    }
                }
            }
        }
        return 0;
    }

    /** Whether an annotation attribute holds an error code, by the convention above. */
    public static boolean isCodeAttribute(Method attribute) {
        String name = attribute.getName();
        return attribute.getReturnType() == int.class
                && (name.equals("value") || name.equals("code") || name.endsWith("Code"));
    }

    /**
     * An attribute's value, or null when the annotation has no such attribute. The {@code in} of a
     * {@link Requires} or an {@link IntegerWhen} that names its values through an enum is those
     * values, as if spelled ({@link #requiredWhen}, {@link #wholeWhen}); so are a {@link PricePresence}'s
     * {@code amountTypes} and {@code percentTypes}, the types that need the amount and the percentage.
     */
    public static Object attribute(Annotation annotation, String name) {
        if (annotation instanceof Requires requires && name.equals("in")) {
            return requiredWhen(requires);
        }
        if (annotation instanceof IntegerWhen integerWhen && name.equals("in")) {
            return wholeWhen(integerWhen);
        }
        if (annotation instanceof PricePresence presence && (name.equals("amountTypes") || name.equals("percentTypes"))) {
            return (name.equals("amountTypes") ? Need.AMOUNT : Need.PERCENT).apiValues(presence.value()).toArray(String[]::new);
        }
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
        }
    }

    /**
     * The values of {@link Requires#when()} that make {@link Requires#field()} required, as text: its
     * {@link Requires#in()}, or the API values of the {@link Requires#pricing()} constants that
     * {@link Requires#needs()} the part.
     *
     * @throws IllegalStateException when both or neither are given
     */
    public static String[] requiredWhen(Requires requires) {
        boolean typed = requires.pricing() != PricingType.class;
        if (typed == (requires.in().length > 0)) {
            throw new IllegalStateException("@Requires(field = \"" + requires.field() + "\") must give exactly one of "
                    + "in and pricing: " + requires);
        }
        return typed ? requires.needs().apiValues(requires.pricing()).toArray(String[]::new) : requires.in();
    }

    /**
     * The values of {@link IntegerWhen#when()} that make {@link IntegerWhen#field()} whole, as text:
     * its {@link IntegerWhen#in()}, or the API values of the {@link IntegerWhen#counting()} constants
     * that count whole units.
     *
     * @throws IllegalStateException when both or neither are given
     */
    public static String[] wholeWhen(IntegerWhen integerWhen) {
        boolean typed = integerWhen.counting() != CountingType.class;
        if (typed == (integerWhen.in().length > 0)) {
            throw new IllegalStateException("@IntegerWhen(field = \"" + integerWhen.field() + "\") must give exactly one "
                    + "of in and counting: " + integerWhen);
        }
        return typed ? CountingType.countingApiValues(integerWhen.counting()).toArray(String[]::new) : integerWhen.in();
    }
}
