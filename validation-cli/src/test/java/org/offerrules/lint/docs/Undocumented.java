package org.offerrules.lint.docs;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.offerrules.lint.docs.example.NoHtmlValidator;

/** A rule whose author skipped the sentence: {@link RegistryCompletenessTest} must notice. */
@Constraint(validatedBy = NoHtmlValidator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Undocumented {
    int code();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
