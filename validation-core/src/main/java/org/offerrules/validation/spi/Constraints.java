package org.offerrules.validation.spi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;

import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.internal.Members;

/**
 * Reading the constraint annotations of a record, for tools that derive something from the rules (a
 * schema, a catalogue): which constraints an element carries, their groups, and each rule's own schema
 * piece ({@link RuleValidator#schema}).
 */
public final class Constraints {

    /** One instance per validator class, asked only for its schema piece (never initialised). */
    private static final ClassValue<RuleValidator<Annotation, ?>> VALIDATORS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected RuleValidator<Annotation, ?> computeValue(Class<?> type) {
            try {
                return (RuleValidator<Annotation, ?>) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getName(), e);
            }
        }
    };

    private Constraints() {
    }

    /**
     * The constraints on {@code element}, repeatable containers unwrapped, in a fixed order (by
     * annotation type name, then as declared: reflection's own order is not specified).
     */
    public static List<Annotation> of(AnnotatedElement element) {
        return ConstraintAnnotations.constraints(Members.JVM.annotations(element));
    }

    /** The validation groups of {@code constraint}: empty for the default group. */
    public static List<Class<?>> groups(Annotation constraint) {
        return List.of((Class<?>[]) ConstraintAnnotations.attribute(constraint, "groups"));
    }

    /**
     * Puts the rule of {@code constraint} into {@code piece}, by its validator's
     * {@link RuleValidator#schema}.
     *
     * @return false when the rule is {@link DescribedOnly}, and so has no piece
     * @throws IllegalStateException when its validator is not a {@link RuleValidator} that gives a piece
     *     and the annotation is not {@link DescribedOnly} either
     */
    public static boolean schema(Annotation constraint, SchemaPiece piece) {
        Class<? extends Annotation> type = constraint.annotationType();
        if (type.isAnnotationPresent(DescribedOnly.class)) {
            return false;
        }
        validator(type).schema(constraint, piece);
        return true;
    }

    /**
     * The message arguments the rule of {@code constraint} gives its code ({@link RuleValidator#arguments}):
     * empty for a rule whose message takes none from it.
     */
    public static Map<String, ?> arguments(Annotation constraint) {
        return validator(constraint.annotationType()).arguments(constraint);
    }

    /**
     * Whether the rule of the constraint annotation {@code type} gives a schema piece: its validator
     * overrides {@link RuleValidator#schema}.
     */
    public static boolean hasSchema(Class<? extends Annotation> type) {
        try {
            Method schema = validator(type).getClass().getMethod("schema", Annotation.class, SchemaPiece.class);
            return schema.getDeclaringClass() != RuleValidator.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new validator of the rule of {@code constraint}, initialized with it: for a reader that checks a
     * value the records do not hold (a name the pages leave open) with the rule a field carries.
     *
     * @throws IllegalStateException when the annotation's validator is not a {@link RuleValidator}
     */
    @SuppressWarnings("unchecked")
    public static RuleValidator<Annotation, Object> initialized(Annotation constraint) {
        Class<?> type = validator(constraint.annotationType()).getClass();
        try {
            RuleValidator<Annotation, Object> rule =
                    (RuleValidator<Annotation, Object>) type.getConstructor().newInstance();
            rule.initialize(constraint);
            return rule;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static RuleValidator<Annotation, ?> validator(Class<? extends Annotation> type) {
        Constraint constraint = type.getAnnotation(Constraint.class);
        if (constraint == null || constraint.validatedBy().length != 1
                || !RuleValidator.class.isAssignableFrom(constraint.validatedBy()[0])) {
            throw new IllegalStateException("@" + type.getSimpleName() + " names no RuleValidator");
        }
        return VALIDATORS.get(constraint.validatedBy()[0]);
    }
}
