package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.offerrules.validation.Violation;
import org.offerrules.validation.spi.JsonPointers;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * The model's constraints compiled into a plan that runs the rules without Hibernate Validator's
 * traversal. The plan is read from the very annotations HV reads (on the records' fields, the
 * records' classes and cascaded {@link Valid} components) and calls the very same
 * {@link RuleValidator#check} methods; the engine-equivalence tests prove both report the same
 * violations. Immutable and thread-safe once compiled.
 */
public final class CompiledPlan {

    /**
     * Plans are immutable and depend on the record type and groups only, so every validator shares
     * one per pair: a validator built per request does not compile the annotations again.
     */
    private static final ClassValue<Map<Set<Class<?>>, CompiledPlan>> PLANS = new ClassValue<>() {
        @Override
        protected Map<Set<Class<?>>, CompiledPlan> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private final Node root;
    private final int depth;
    /** Every position a rule may run at, by the number a node or property holds. */
    private final PlanReporter.Leaf[] leaves;

    private CompiledPlan(Compiler compiler, Class<?> type) {
        this.root = compiler.node(type);
        this.depth = root.depth(new HashMap<>());
        this.leaves = compiler.leaves.toArray(PlanReporter.Leaf[]::new);
    }

    /**
     * Compiles the constraints of {@code type} (a record) and everything it cascades to, keeping the
     * constraints of the given groups.
     */
    public static CompiledPlan compile(Class<?> type, Set<Class<?>> groups) {
        return PLANS.get(type).computeIfAbsent(Set.copyOf(groups), g -> new CompiledPlan(new Compiler(g), type));
    }

    /**
     * Validates {@code bean} with the system clock (UTC); the violations in traversal order, an empty list
     * when valid.
     */
    public List<Violation> validate(Object bean, boolean failFast) {
        return validate(bean, failFast, Clock.systemUTC());
    }

    /**
     * Validates {@code bean}, rules about the current time reading {@code clock}; the violations in
     * traversal order, an empty list when valid.
     */
    public List<Violation> validate(Object bean, boolean failFast, Clock clock) {
        PlanReporter reporter = new PlanReporter(failFast, depth, leaves, clock);
        root.validate(bean, reporter);
        return reporter.violations();
    }

    /** The checks of one record type. */
    private static final class Node {
        int classLeaf;                 // where the class rules report: on the record itself
        RuleValidator<?, Object>[] classRules;
        Property[] properties;

        void validate(Object bean, PlanReporter reporter) {
            if (classRules.length > 0 && !run(classRules, bean, classLeaf, reporter)) {
                return;
            }
            for (Property property : properties) {
                property.validate(bean, reporter);
                if (reporter.stopped()) {
                    return;
                }
            }
        }

        /** The deepest position stack a validation of this node needs (cycles count once). */
        int depth(Map<Node, Integer> seen) {
            Integer known = seen.get(this);
            if (known != null) {
                return known;
            }
            seen.put(this, 0);
            int max = 0;
            for (Property property : properties) {
                int own = property.wireName != null ? 1 : 0;
                if (property.nested != null) {
                    max = Math.max(max, own + property.nested.depth(seen));
                } else if (property.elements != null) {
                    max = Math.max(max, own + 1 + property.elements.depth(seen));
                }
            }
            seen.put(this, max);
            return max;
        }
    }

    /**
     * Runs {@code rules} on {@code value} at {@code leaf}, in order; false when the reporter stopped
     * (fail-fast after a violation).
     */
    private static boolean run(RuleValidator<?, Object>[] rules, Object value, int leaf,
            PlanReporter reporter) {
        reporter.leaf(leaf);
        for (RuleValidator<?, Object> rule : rules) {
            rule.check(value, reporter);
            reporter.ruleDone();
            if (reporter.stopped()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The checks of one record component: its rules, then the cascade into it or its elements. The
     * rules run with the component as the reporter's leaf; only a cascade pushes a position. An absent
     * value runs only the rules that can report one ({@link Compiler#reportsAbsent}): most rules accept
     * null, and calling each of them for every absent field of a document costs a call and a leaf each.
     */
    private static final class Property {
        String wireName;               // escaped; null when flattened
        int leaf;
        Function<Object, Object> accessor;
        RuleValidator<?, Object>[] rules;
        RuleValidator<?, Object>[] absentRules;   // those of rules that may report a null value, in order
        Node nested;                   // cascade into a record value
        Node elements;                 // cascade into the elements of a list value

        void validate(Object bean, PlanReporter reporter) {
            Object value = accessor.apply(bean);
            if (value == null) {
                if (absentRules.length > 0) {
                    run(absentRules, null, leaf, reporter);
                }
                return;
            }
            if (rules.length > 0 && !run(rules, value, leaf, reporter)) {
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

    private static final class Compiler {
        private final Set<Class<?>> groups;
        private final Map<Class<?>, Node> nodes = new HashMap<>();
        final List<PlanReporter.Leaf> leaves = new ArrayList<>();

        Compiler(Set<Class<?>> groups) {
            this.groups = groups;
        }

        Node node(Class<?> type) {
            Node existing = nodes.get(type);
            if (existing != null) {
                return existing;
            }
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            Node node = new Node();
            node.classLeaf = leaf(null, type);
            nodes.put(type, node);
            node.classRules = rules(type.getAnnotations(), type.getName());
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = field(type, component.getName());
                String where = type.getName() + "." + component.getName();
                Property property = new Property();
                if (!WireNames.isFlattened(component)) {
                    property.wireName = JsonPointers.escape(WireNames.of(component));
                }
                property.leaf = leaf(property.wireName, component.getType());
                property.accessor = Accessors.of(type, component.getName());
                property.rules = rules(field.getAnnotations(), where);
                property.absentRules = absentRules(property.rules);
                rejectGroupConversion(field, where);
                boolean elementsValid = containerElements(field, where);
                if (field.isAnnotationPresent(Valid.class)) {
                    if (List.class.isAssignableFrom(field.getType())) {
                        property.elements = node(elementType(field), where);
                    } else {
                        property.nested = node(field.getType(), where);
                    }
                } else if (elementsValid) {
                    property.elements = node(elementType(field), where);
                }
                if (property.rules.length > 0 || property.nested != null || property.elements != null) {
                    properties.add(property);
                }
            }
            node.properties = properties.toArray(Property[]::new);
            return node;
        }

        /** A new position: the escaped wire name of a component (null: the record itself, or flattened), its type. */
        private int leaf(String wireName, Class<?> owner) {
            leaves.add(new PlanReporter.Leaf(wireName, wireName == null ? null : "/" + wireName, owner));
            return leaves.size() - 1;
        }

        /** The node of the records a component cascades to; an error naming the component when they are no records. */
        private Node node(Class<?> type, String where) {
            if (!type.isRecord()) {
                throw new IllegalStateException("@Valid on " + where + ": the compiled plan cascades into records and "
                        + "lists of records only, not into " + type.getName());
            }
            return node(type);
        }

        /**
         * Whether the component is a {@code List<@Valid R>}. Any other annotation on a type argument
         * (a container-element constraint, {@code @Valid} in another container or deeper) is an error:
         * Hibernate Validator would apply it, the plan would not.
         */
        private static boolean containerElements(Field field, String where) {
            if (!(field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized)) {
                return false;
            }
            boolean valid = false;
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                for (Annotation annotation : arguments[i].getAnnotations()) {
                    boolean listElement = annotation instanceof Valid && i == 0 && List.class.isAssignableFrom(field.getType());
                    if (listElement) {
                        valid = true;
                    } else if (annotation instanceof Valid || isConstraintOrContainer(annotation)) {
                        throw unsupported(where, "@" + annotation.annotationType().getSimpleName()
                                + " on a type argument: the compiled plan supports container elements only as "
                                + "List<@Valid R>; put the rule on the component or on R");
                    }
                }
                rejectNestedTypeArguments(arguments[i], where);
            }
            return valid;
        }

        private static void rejectNestedTypeArguments(AnnotatedType type, String where) {
            if (type instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    for (Annotation annotation : argument.getAnnotations()) {
                        if (annotation instanceof Valid || isConstraintOrContainer(annotation)) {
                            throw unsupported(where, "@" + annotation.annotationType().getSimpleName()
                                    + " on a nested type argument: not supported by the compiled plan");
                        }
                    }
                    rejectNestedTypeArguments(argument, where);
                }
            }
        }

        private static boolean isConstraintOrContainer(Annotation annotation) {
            return !ConstraintAnnotations.unwrap(annotation).isEmpty();
        }

        private static void rejectGroupConversion(Field field, String where) {
            for (Annotation annotation : field.getAnnotations()) {
                String name = annotation.annotationType().getName();
                if (name.equals("jakarta.validation.groups.ConvertGroup")
                        || name.equals("jakarta.validation.groups.ConvertGroup$List")) {
                    throw unsupported(where, "@ConvertGroup: group conversion is not supported by the compiled plan");
                }
            }
        }

        private static IllegalStateException unsupported(String where, String what) {
            return new IllegalStateException("unsupported constraint on " + where + ": " + what);
        }

        @SuppressWarnings("unchecked")
        private RuleValidator<?, Object>[] rules(Annotation[] annotations, String where) {
            List<RuleValidator<?, Object>> rules = new ArrayList<>();
            for (Annotation constraint : ConstraintAnnotations.constraints(annotations)) {
                rejectComposed(constraint, where);
                RuleValidator<?, Object> validator = (RuleValidator<?, Object>) instantiate(constraint, where);
                if (inGroups(constraint)) {
                    rules.add(validator);
                }
            }
            return rules.toArray(RuleValidator[]::new);
        }

        @SuppressWarnings("unchecked")
        private static RuleValidator<?, Object>[] absentRules(RuleValidator<?, Object>[] rules) {
            return Arrays.stream(rules).filter(Compiler::reportsAbsent).toArray(RuleValidator[]::new);
        }

        /**
         * Whether {@code rule} may report an absent (null) value: whether it reports when checked with
         * null, here, once. A rule that asks for the clock or throws is kept for null values too, as if
         * it reported. The plan calls only these rules for a null value: the others would find nothing.
         */
        static boolean reportsAbsent(RuleValidator<?, Object> rule) {
            NullProbe probe = new NullProbe();
            try {
                rule.check(null, probe);
            } catch (RuntimeException e) {
                return true;
            }
            return probe.answered;
        }

        /** The reporter of {@link #reportsAbsent}: notes whether the rule reported or read the clock. */
        private static final class NullProbe implements Reporter {
            boolean answered;

            @Override
            public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
                answered = true;
            }

            @Override
            public Clock clock() {
                answered = true;
                return Clock.systemUTC();
            }
        }

        /** A constraint composed of other constraints: HV would run them too, the plan runs one validator. */
        private static void rejectComposed(Annotation constraint, String where) {
            List<Annotation> composing = ConstraintAnnotations.constraints(constraint.annotationType().getAnnotations());
            if (!composing.isEmpty()) {
                throw unsupported(where, "@" + constraint.annotationType().getSimpleName() + " is composed of "
                        + composing.stream().map(c -> "@" + c.annotationType().getSimpleName()).toList()
                        + ": composed constraints are not supported by the compiled plan");
            }
        }

        private boolean inGroups(Annotation constraint) {
            Class<?>[] declared = (Class<?>[]) ConstraintAnnotations.attribute(constraint, "groups");
            if (declared.length == 0) {
                return groups.contains(Default.class);
            }
            for (Class<?> group : declared) {
                if (groups.contains(group)) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static RuleValidator<?, ?> instantiate(Annotation constraint, String where) {
            Class<? extends ConstraintValidator<?, ?>>[] validators =
                    constraint.annotationType().getAnnotation(Constraint.class).validatedBy();
            if (validators.length != 1 || !RuleValidator.class.isAssignableFrom(validators[0])) {
                throw unsupported(where, "@" + constraint.annotationType().getName()
                        + " is not an offer-rules constraint: the compiled plan runs RuleValidator rules only");
            }
            try {
                RuleValidator validator = (RuleValidator) validators[0].getDeclaredConstructor().newInstance();
                validator.initialize(constraint);
                return validator;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + validators[0].getName() + " for " + where, e);
            }
        }


        private static Field field(Class<?> type, String name) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Class<?> elementType(Field field) {
            if (field.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            throw new IllegalStateException("cannot tell the element type of " + field);
        }
    }
}
