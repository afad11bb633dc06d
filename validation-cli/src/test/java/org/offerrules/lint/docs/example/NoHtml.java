package org.offerrules.lint.docs.example;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.validation.constraints.RuleText;

/** The worked example of CONTRIBUTING.md: a present text must not contain HTML tags. Null is valid. */
// snippet: rule-annotation
@Documented
@Constraint(validatedBy = NoHtmlValidator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
@RuleText("`{field}` must not contain HTML tags.")
public @interface NoHtml {
    /** The error code reported when the text contains a tag. */
    int code();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
// end: rule-annotation
