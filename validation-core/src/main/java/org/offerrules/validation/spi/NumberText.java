package org.offerrules.validation.spi;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a constraint annotation on a string that holds numbers (an id list {@code "11,12"}, a number
 * list {@code "1,2"}, an App Store id {@code "284882215"}): the readers take a JSON integer there as its
 * text, a list of one. Every value reaches the API as text, so {@code "id": 11} is {@code id=11} on the
 * wire, the same request as {@code "id": "11"} (brief 1.8); with strict types it stays a type error. The
 * JSON Schema of such a field allows an integer too, within the bounds the rule's schema piece gives
 * ({@code minimum}, {@code maximum}: they hold numbers only). Not for text whose leading zeros count
 * (a postal code, a phone number): an integer has lost them, so there it stays a type error.
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface NumberText {
}
