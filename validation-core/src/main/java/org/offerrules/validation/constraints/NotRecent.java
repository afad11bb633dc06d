package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.NotRecentValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * A present epoch second must be at least {@link #seconds()} seconds before the current time, as the
 * validator's clock tells it ({@code OfferValidator.Builder.clock}). Null is valid.
 */
@Documented
@Constraint(validatedBy = NotRecentValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be at least {seconds} seconds before the current time.")
@DescribedOnly("depends on the current time")
public @interface NotRecent {
    /** The error code reported when the time is later. */
    int code();

    /** How many seconds before the current time the value must be at the latest. */
    long seconds();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
