package org.offerrules.validation.spi;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a constraint annotation whose rule has no piece in the JSON Schema (it compares fields in ways
 * the schema cannot say, or looks across a list): the schema only describes it, in its sentence, and its
 * validator does not override {@link RuleValidator#schema}. Every other rule gives its piece.
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface DescribedOnly {

    /** Why the schema cannot say the rule, in a few words. */
    String value();
}
