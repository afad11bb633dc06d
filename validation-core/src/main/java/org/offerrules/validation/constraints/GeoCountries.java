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

import org.offerrules.validation.internal.rules.GeoCountriesValidator;

/**
 * Every {@code geo_countries} entry must be a known ISO 3166-1 alpha-2 country (letter case aside), listed
 * once, with an optional region mode 0/1 and a non-empty list of that country's ISO 3166-2 regions;
 * each bad entry is reported at its index. Null is valid.
 */
@Documented
@Constraint(validatedBy = GeoCountriesValidator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface GeoCountries {
    /** Reported for a null or unsplittable entry, and for a country listed a second time. */
    @RuleText(value = "`{field}`: an entry is CC, CC:m or CC:m:R1;R2 and names a country once", pointer = "/*")
    int malformedCode();

    /** Reported for an unknown country, with the message argument {@code country}. */
    @RuleText(value = "`{field}`: an entry's country is an ISO 3166-1 alpha-2 code, letter case aside", pointer = "/*")
    int countryCode();

    /** Reported for a region mode other than 0/1 or a region list with an empty region. */
    @RuleText(value = "`{field}`: an entry's mode is 0 or 1 and its region list has no empty region", pointer = "/*")
    int regionRuleCode();

    /** Reported for each unknown region, with the message arguments {@code state} and {@code country}. */
    @RuleText(value = "`{field}`: an entry's regions are ISO 3166-2 subdivisions of its country, "
            + "without the country prefix", pointer = "/*")
    int regionCode();


    /** Unused: the message is the error code's catalog message. Required by Bean Validation. */
    String message() default "";

    /** The validation groups: none for value rules, {@link Create} or {@link Update} for presence rules. */
    Class<?>[] groups() default {};

    /** Unused; required by Bean Validation. */
    Class<? extends Payload>[] payload() default {};
}
