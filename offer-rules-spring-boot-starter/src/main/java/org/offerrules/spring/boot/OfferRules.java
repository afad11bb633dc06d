package org.offerrules.spring.boot;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.offerrules.validation.ValidationMode;

/**
 * The mode an endpoint's request body is checked in. On a {@code @RequestBody} of an offer (or another
 * request of {@link org.offerrules.validation.Request}), the body is read and validated in this mode,
 * and {@code @Valid} on it validates in this mode too:
 *
 * <pre>{@code
 * @PatchMapping("/offers/{id}")
 * Offer update(@PathVariable int id, @RequestBody @Valid @OfferRules(mode = ValidationMode.UPDATE) Offer update)
 * }</pre>
 *
 * <p>A body without it is checked in the mode of the {@code OfferValidator} bean
 * ({@code offer-rules.mode}, create by default).
 */
@Documented
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface OfferRules {

    /** The mode the body is read and validated in. */
    ValidationMode mode();
}
