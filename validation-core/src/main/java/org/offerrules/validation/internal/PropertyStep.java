package org.offerrules.validation.internal;

import java.util.List;
import java.util.function.Function;

import org.offerrules.validation.internal.rules.RuleValidator;

/**
 * The checks of one record component: its rules with the component as the reporter's leaf, then the
 * cascade into it or into its elements (only a cascade pushes a position).
 *
 * <p>This class is also a template: {@link Steps} defines a hidden copy of it for every component, so
 * that each copy's call sites (the accessor, the first three rules) see one receiver class and the
 * JIT inlines them, where one shared class would see every accessor and rule of the model and call
 * them all through a virtual dispatch. Keep the rule calls written out one by one for that reason: a
 * loop or a helper method would share one call site between rules again.
 */
final class PropertyStep extends Step {

    private final String wireName;     // escaped; null when flattened
    private final String rootPointer;  // "/" + wireName; null when flattened
    private final Function<Object, Object> accessor;
    private final boolean hasRules;
    private final RuleValidator<?, Object> first;
    private final RuleValidator<?, Object> second;
    private final RuleValidator<?, Object> third;
    private final RuleValidator<?, Object>[] more;   // the fourth rule on; empty when none
    private final CompiledPlan.Node nested;          // cascade into a record value
    private final CompiledPlan.Node elements;        // cascade into the elements of a list value

    PropertyStep(CompiledPlan.Property spec) {
        RuleValidator<?, Object>[] rules = spec.rules;
        this.wireName = spec.wireName;
        this.rootPointer = spec.rootPointer;
        this.accessor = spec.accessor;
        this.hasRules = rules.length > 0;
        this.first = rules.length > 0 ? rules[0] : null;
        this.second = rules.length > 1 ? rules[1] : null;
        this.third = rules.length > 2 ? rules[2] : null;
        this.more = java.util.Arrays.copyOfRange(rules, Math.min(3, rules.length), rules.length);
        this.nested = spec.nested;
        this.elements = spec.elements;
    }

    @Override
    void validate(Object bean, PlanReporter reporter) {
        Object value = accessor.apply(bean);
        if (hasRules) {
            reporter.leaf(wireName, rootPointer);
            first.check(value, reporter);
            if (reporter.stopped()) {
                return;
            }
            if (second != null) {
                second.check(value, reporter);
                if (reporter.stopped()) {
                    return;
                }
                if (third != null) {
                    third.check(value, reporter);
                    if (reporter.stopped()) {
                        return;
                    }
                    for (RuleValidator<?, Object> rule : more) {
                        rule.check(value, reporter);
                        if (reporter.stopped()) {
                            return;
                        }
                    }
                }
            }
        }
        if (value == null) {
            return;
        }
        if (nested != null) {
            if (wireName != null) {
                reporter.push(wireName);
            }
            nested.validate(value, reporter);
            if (wireName != null) {
                reporter.pop();
            }
        } else if (elements != null) {
            if (wireName != null) {
                reporter.push(wireName);
            }
            List<?> list = (List<?>) value;
            for (int i = 0, n = list.size(); i < n && !reporter.stopped(); i++) {
                Object element = list.get(i);
                if (element != null) {
                    reporter.pushIndex(i);
                    elements.validate(element, reporter);
                    reporter.pop();
                }
            }
            if (wireName != null) {
                reporter.pop();
            }
        }
    }
}
