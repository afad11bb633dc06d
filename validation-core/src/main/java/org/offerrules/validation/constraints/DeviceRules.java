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

import org.offerrules.validation.internal.rules.DeviceRulesValidator;

/**
 * Every {@code device_rules} entry {@code m:PARAM:V1;V2} must have method 0/1, a known parameter
 * ({@code OS}, {@code Device Brand}, {@code Device Model}, {@code Device Type}, {@code Browser}) and
 * at least one value, each valid for that parameter; each problem is reported at the entry's index.
 * Null is valid.
 */
@Documented
@Constraint(validatedBy = DeviceRulesValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DeviceRules {
    /** Reported for a null entry or one that is not three {@code :}-separated parts. */
    @RuleText(value = "`{field}`: a rule is m:PARAM:V1;V2", pointer = "/*")
    int malformedCode();

    /** Reported for a method other than 0 or 1. */
    @RuleText(value = "`{field}`: a rule's method is 0 or 1", pointer = "/*")
    int methodCode();

    /** Reported for an unknown parameter. */
    @RuleText(value = "`{field}`: a rule's parameter is OS, Device Brand, Device Model, Device Type or "
            + "Browser", pointer = "/*")
    int parameterCode();

    /** Reported for an entry without values. */
    @RuleText(value = "`{field}`: a rule has at least one value and no empty value", pointer = "/*")
    int noValueCode();

    /** Reported for each value the parameter does not accept. */
    @RuleText(value = "`{field}`: a rule's values are accepted for its parameter (see docs/decisions)", pointer = "/*")
    int valueCode();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
