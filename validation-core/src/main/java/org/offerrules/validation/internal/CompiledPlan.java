package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
import org.offerrules.validation.internal.rules.RuleValidator;

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

    private CompiledPlan(Node root) {
        this.root = root;
        this.depth = root.depth(new HashMap<>());
    }

    /**
     * Compiles the constraints of {@code type} (a record) and everything it cascades to, keeping the
     * constraints of the given groups.
     */
    public static CompiledPlan compile(Class<?> type, Set<Class<?>> groups) {
        return PLANS.get(type).computeIfAbsent(Set.copyOf(groups), g -> new CompiledPlan(new Compiler(g).node(type)));
    }

    /** Validates {@code bean}; the violations in traversal order, an empty list when valid. */
    public List<Violation> validate(Object bean, boolean failFast) {
        PlanReporter reporter = new PlanReporter(failFast, depth);
        root.validate(bean, reporter);
        return reporter.violations();
    }

    /** The checks of one record type. */
    private static final class Node {
        RuleValidator<?, Object>[] classRules;
        Property[] properties;

        void validate(Object bean, PlanReporter reporter) {
            if (classRules.length > 0) {
                reporter.leaf(null, null);
                for (RuleValidator<?, Object> rule : classRules) {
                    rule.check(bean, reporter);
                    if (reporter.stopped()) {
                        return;
                    }
                }
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
     * The checks of one record component: its rules, then the cascade into it or its elements. The
     * rules run with the component as the reporter's leaf; only a cascade pushes a position.
     */
    private static final class Property {
        String wireName;               // escaped; null when flattened
        String rootPointer;            // "/" + wireName; null when flattened
        Function<Object, Object> accessor;
        RuleValidator<?, Object>[] rules;
        Node nested;                   // cascade into a record value
        Node elements;                 // cascade into the elements of a list value

        void validate(Object bean, PlanReporter reporter) {
            Object value = accessor.apply(bean);
            if (rules.length > 0) {
                reporter.leaf(wireName, rootPointer);
                for (RuleValidator<?, Object> rule : rules) {
                    rule.check(value, reporter);
                    if (reporter.stopped()) {
                        return;
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

    private static final class Compiler {
        private final Set<Class<?>> groups;
        private final Map<Class<?>, Node> nodes = new HashMap<>();

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
            nodes.put(type, node);
            node.classRules = rules(type.getAnnotations());
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = field(type, component.getName());
                Property property = new Property();
                if (!WireNames.isFlattened(component.getName())) {
                    property.wireName = JsonPointers.escape(WireNames.of(component.getName()));
                    property.rootPointer = "/" + property.wireName;
                }
                property.accessor = Accessors.of(type, component.getName());
                property.rules = rules(field.getAnnotations());
                if (field.isAnnotationPresent(Valid.class)) {
                    if (List.class.isAssignableFrom(field.getType())) {
                        property.elements = node(elementType(field));
                    } else {
                        property.nested = node(field.getType());
                    }
                } else if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                    AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                    if (element.isAnnotationPresent(Valid.class)) {
                        property.elements = node(elementType(field));
                    }
                }
                if (property.rules.length > 0 || property.nested != null || property.elements != null) {
                    properties.add(property);
                }
            }
            node.properties = properties.toArray(Property[]::new);
            return node;
        }

        @SuppressWarnings("unchecked")
        private RuleValidator<?, Object>[] rules(Annotation[] annotations) {
            List<RuleValidator<?, Object>> rules = new ArrayList<>();
            for (Annotation constraint : ConstraintAnnotations.constraints(annotations)) {
                if (inGroups(constraint)) {
                    rules.add((RuleValidator<?, Object>) instantiate(constraint));
                }
            }
            return rules.toArray(RuleValidator[]::new);
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
        private static RuleValidator<?, ?> instantiate(Annotation constraint) {
            Class<? extends ConstraintValidator<?, ?>>[] validators =
                    constraint.annotationType().getAnnotation(Constraint.class).validatedBy();
            if (validators.length != 1 || !RuleValidator.class.isAssignableFrom(validators[0])) {
                throw new IllegalStateException("@" + constraint.annotationType().getSimpleName()
                        + " is not an offer-rules constraint: the compiled plan runs RuleValidator rules only");
            }
            try {
                RuleValidator validator = (RuleValidator) validators[0].getDeclaredConstructor().newInstance();
                validator.initialize(constraint);
                return validator;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + validators[0].getName(), e);
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
