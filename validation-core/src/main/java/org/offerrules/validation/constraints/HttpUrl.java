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

import org.offerrules.validation.internal.rules.HttpUrlValidator;

/**
 * A present string must be an absolute {@code http} or {@code https} URL: scheme, {@code ://}, a host
 * of letters, digits, dots and hyphens (or a bracketed IPv6 address), an optional port, and no white
 * space or control character anywhere. With {@link #token()}, the URL must also contain that literal
 * text (the offer URL's {@code {TID}}). Null is valid.
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@RuleText("`{field}` must be an absolute http(s) URL[ containing `{token}`].")
public @interface HttpUrl {
    /** The error code reported when the value is not an absolute http(s) URL. */
    int value();

    /** Literal text the URL must contain; empty for none. */
    String token() default "";

    /** The error code reported when {@link #token()} is missing from an otherwise valid URL. */
    int missingTokenCode() default 0;


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
