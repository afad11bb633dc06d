package org.offerrules.validation.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a record component that groups fields which stand at the parent's level on the wire: the
 * API's {@code setOffer} document is flat, so {@code offer.caps().capType()} is {@code /cap_type},
 * not {@code /caps/cap_type}.
 */
@Documented
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Flattened {
}
