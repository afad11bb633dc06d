package org.offerrules.validation.internal;

/** What the compiled plan runs for one record component: its rules, then the cascade into it. */
abstract class Step {

    /** Runs the checks on the component of {@code bean}; stops early when the reporter has stopped. */
    abstract void validate(Object bean, PlanReporter reporter);
}
