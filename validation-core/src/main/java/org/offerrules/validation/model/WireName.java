package org.offerrules.validation.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The API's name for a record component whose wire name is not the snake case of its Java name: the V1
 * paging's {@code orderBy} is camel case on the wire. Readers, writers and JSON Pointers all use it.
 */
@Documented
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WireName {
    /** The parameter's name on the wire, exactly as the API spells it. */
    String value();
}
