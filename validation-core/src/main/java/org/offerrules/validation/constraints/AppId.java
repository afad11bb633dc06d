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

import org.offerrules.validation.internal.rules.AppIdValidator;
import org.offerrules.validation.spi.NumberText;

/**
 * A present app id must be an App Store id (5 to 12 digits, with or without the {@code id} prefix:
 * {@code id284882215}, {@code 284882215}) or an Android package name
 * ({@code com.example.app}: two or more dot-separated parts, each a letter followed by letters, digits
 * or underscores). Null is valid. A JSON integer is its text, a store id ({@code "app_id": 284882215}
 * is {@code app_id=284882215} on the wire, brief 1.8; {@link NumberText}).
 */
@Documented
@NumberText
@Constraint(validatedBy = AppIdValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be an App Store id of 5 to 12 digits, with or without `id` "
        + "(id284882215, 284882215, or the JSON number 284882215), or an Android package name (com.example.app).")
public @interface AppId {
    /** The error code reported when the rule is broken. */
    int value();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
