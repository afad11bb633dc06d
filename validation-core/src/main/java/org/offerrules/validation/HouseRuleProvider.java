package org.offerrules.validation;

import java.util.List;

/**
 * A set of {@linkplain HouseRule house rules} a jar provides, found through {@link java.util.ServiceLoader}: as
 * checkstyle and PMD load custom checks, {@code offer-lint --plugin rules.jar} loads every provider the jar names
 * in {@code META-INF/services/org.offerrules.validation.HouseRuleProvider} (or {@code provides} in its module
 * descriptor). An implementation is public, has a public no-argument constructor, and returns the same rules
 * each time.
 */
public interface HouseRuleProvider {

    /** The provider's rules, each with its own house code. */
    List<HouseRule> rules();
}
