package org.offerrules.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The sentence of a rule, kept with its constraint: on the constraint annotation type (the sentence of
 * every code it reports) or on one of its code attributes (the sentence of that code, and where below
 * the annotated field it is reported). {@link org.offerrules.validation.RuleCatalog} renders it.
 *
 * <p>Placeholders are filled from the annotated element and the annotation's attributes:
 * {@code {field}} the field's wire name; {@code {when}}, {@code {other}} a field named by that attribute,
 * as a wire name; {@code {others}}, {@code {than}} such fields, each in backticks, comma-separated;
 * {@code {in}} the attribute's values joined with "or"; {@code {values}} the API values of an enum
 * attribute {@code value}, each in backticks; {@code {groups}} the validation groups, lower case; any
 * other attribute ({@code {min}}, {@code {max}}, {@code {token}}, {@code {maxEvents}}) its value. A part
 * in square brackets is left out when a placeholder in it is empty (no groups, no token). A placeholder
 * the constraint has no attribute for fails when the registry is read.
 */
@Documented
@Target({ANNOTATION_TYPE, METHOD})
@Retention(RUNTIME)
public @interface RuleText {

    /** The sentence template, e.g. {@code "`{field}` must have at most {max} characters."}. */
    String value();

    /**
     * Where a code attribute's rule is reported, below the annotated field's pointer: {@code /*} for
     * an element of the list, {@code /*}{@code /id} for a member of one. Empty: the field itself.
     */
    String pointer() default "";

    /**
     * For a constraint on a {@link org.offerrules.validation.model.Flattened} group: the index of the
     * group's record component the code attribute's rule is about and is reported at. {@code {field}} is
     * then that component's wire name, and {@code {componentN}} names component N. -1: the annotated
     * field itself.
     */
    int component() default -1;
}
