package org.offerrules.builder;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.SOURCE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Asks {@link BuilderProcessor} to write {@code <Record>Builder} beside the record it marks: a setter per
 * component, the overloads the components' annotations imply, a constructor copying a record (for the
 * record's {@code toBuilder()}) and {@code build()}. Source retention: nothing of it reaches the class files.
 */
@Documented
@Target(TYPE)
@Retention(SOURCE)
public @interface GenerateBuilder {
}
