package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.SubdivisionValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field: a present {@link #field()} must be an ISO 3166-2 subdivision code, without the country
 * prefix ({@code CA} for California), of the country in {@link #other()}. A state without a valid
 * country is reported too: no country has it. Reported on {@link #field()}.
 */
@Documented
@Constraint(validatedBy = SubdivisionValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be an ISO 3166-2 subdivision code (without the country prefix) of the country in `{other}`.")
@DescribedOnly("depends on the country in another field")
public @interface Subdivision {
    /** The record component holding the subdivision. */
    String field();

    /** The record component holding the ISO 3166-1 alpha-2 country. */
    String other();

    /** The error code reported on {@link #field()}. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
