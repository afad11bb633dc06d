package org.offerrules.validation.spi;

import java.lang.annotation.Annotation;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The base of every validator of the model, built-in or a rule author's: a rule is written once, as
 * {@link #check}, and runs both under Hibernate Validator ({@link #isValid}) and in the compiled plan,
 * which calls {@link #check} directly; {@link #schema} gives its piece of the JSON Schema. Subclasses are
 * public, have a public no-argument constructor, read their annotation's attributes once, in
 * {@code initialize}, and must be thread-safe after that. What {@link #check} reports for a null value
 * depends on the annotation alone: the compiled plan checks each rule once with null when it is built,
 * and calls a rule that then reported nothing (and did not read the clock) for present values only.
 *
 * @param <A> the constraint annotation
 * @param <T> the validated type
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** Checks {@code value} and reports every problem to {@code reporter}. */
    public abstract void check(T value, Reporter reporter);

    /**
     * Puts this rule's piece of the JSON Schema into {@code piece}, as the rule reads {@code annotation}
     * (this instance is not initialised for it). Every rule gives one, unless its annotation is
     * {@link DescribedOnly}; this default refuses, so that a new rule cannot be left out of the schema
     * unnoticed.
     *
     * @throws IllegalStateException always, unless overridden
     */
    public void schema(A annotation, SchemaPiece piece) {
        throw new IllegalStateException("@" + annotation.annotationType().getSimpleName() + " gives no schema piece "
                + "and is not @DescribedOnly: override " + getClass().getSimpleName() + ".schema");
    }

    /**
     * The message arguments this rule gives its code, as {@code annotation} defines them (this instance is
     * not initialised for it): what a reader reports with the same code, for a value it could not bind,
     * fills the message's placeholders with (6910's {@code {min}} and {@code {max}}: the rule's range, never
     * the rejected value). Empty by default.
     */
    public Map<String, ?> arguments(A annotation) {
        return Map.of();
    }

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        HibernateReporter reporter = new HibernateReporter(context);
        check(value, reporter);
        return reporter.isValid();
    }
}
