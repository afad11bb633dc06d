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

import org.offerrules.validation.internal.rules.JsonArrayOfObjectsValidator;
import org.offerrules.validation.spi.DescribedOnly;

/**
 * A present string must be JSON text (RFC 8259; {@link #malformedCode()} otherwise) holding an array whose
 * elements are objects ({@link #shapeCode()} otherwise): a parameter that carries a JSON-encoded list in a
 * form body. The objects' members are not checked. Null is valid.
 */
@Documented
@Constraint(validatedBy = JsonArrayOfObjectsValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
@DescribedOnly("parses JSON text inside a string")
public @interface JsonArrayOfObjects {
    /** The error code reported when the text is not JSON. */
    @RuleText("`{field}` must be JSON text (RFC 8259).")
    int malformedCode();

    /** The error code reported when the JSON is not an array of objects. */
    @RuleText("`{field}` must be a JSON array whose elements are objects.")
    int shapeCode();

    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for a value rule. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
