package org.offerrules.validation.model;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a record whose wire object takes more names than it has components: a name that matches
 * {@link #pattern()} and names no component is read as one more field like the component {@link #like()}
 * (its wire type, its value rules and their code), never as an unknown parameter (6820). The readers check
 * such a value as they read it; the record does not hold it.
 *
 * <p>For a family of parameters the vendor's pages document by their form but list only in part: the
 * report pages' {@code ck_*} column switches, whose lists the stored pages cut
 * (docs/decisions/vendor-conformance.md, "Column switches past the cut").
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface OpenNames {

    /** The names, a whole-name regular expression: {@code ck_[a-z0-9_]+}. */
    String pattern();

    /** The record component whose wire type and rules such a name takes. */
    String like();
}
