package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.internal.rules.NotEqualValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * Cross-field: a present, non-zero {@link #field()} must differ from {@link #other()} (a secondary
 * offer is never the offer itself). Reported on {@link #field()}.
 */
@Documented
@Constraint(validatedBy = NotEqualValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(NotEqual.List.class)
@RuleText("`{field}` must differ from `{other}`.")
@DescribedOnly("compares two fields")
public @interface NotEqual {
    /** The record component that must differ. */
    String field();

    /** The record component it must differ from. */
    String other();

    /** The error code reported on {@link #field()}. */
    int code();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @NotEqual} on one element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The repeated constraints. */
        NotEqual[] value();
    }
}
