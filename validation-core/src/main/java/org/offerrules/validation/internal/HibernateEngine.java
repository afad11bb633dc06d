package org.offerrules.validation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;

/**
 * Validation by Hibernate Validator's own traversal, configured without Expression Language
 * ({@link ParameterMessageInterpolator}). The reference path: the compiled plan must agree with it.
 */
public final class HibernateEngine implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    /** Builds the validator factory once, with the system clock (UTC); it is thread-safe. */
    public HibernateEngine(boolean failFast) {
        this(failFast, Clock.systemUTC());
    }

    /**
     * Builds the validator factory once; it is thread-safe. Rules about the current time read
     * {@code clock}, through Bean Validation's {@code ClockProvider}.
     */
    public HibernateEngine(boolean failFast, Clock clock) {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .clockProvider(() -> clock)
                .messageInterpolator(new ParameterMessageInterpolator())
                .failFast(failFast)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /** Validates {@code bean} in {@code groups}; violations in no particular order. */
    public List<Violation> validate(Object bean, Class<?>... groups) {
        Set<ConstraintViolation<Object>> found = validator.validate(bean, groups);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> violation : found) {
            violations.add(convert(violation));
        }
        return violations;
    }

    private static Violation convert(ConstraintViolation<Object> violation) {
        Violation converted = toViolation(violation);
        if (converted == null) {
            throw new IllegalStateException("a constraint without an error code: " + violation);
        }
        return converted;
    }

    /**
     * {@code violation} as this library reports it, or null when it is not one of the library's
     * constraints: the rule's finding travels as HV's dynamic payload (a {@link Violation} without a
     * pointer), and the pointer is the property path from the root bean in wire names. The message is
     * the code's English message, whatever interpolator the violation's factory had.
     */
    public static Violation toViolation(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate;
        try {
            hibernate = violation.unwrap(HibernateConstraintViolation.class);
        } catch (ValidationException notHibernate) {
            return null;
        }
        Violation finding = hibernate.getDynamicPayload(Violation.class);
        if (finding == null) {
            return null;
        }
        String pointer = pointer(violation.getRootBeanClass(), violation.getPropertyPath());
        Map<String, ?> arguments = ParamNames.fill(finding.code(), pointer, finding.arguments());
        String message = arguments == finding.arguments() ? finding.message()
                : FindingCap.message(finding.code(), arguments);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) arguments;
        return new Violation(finding.code(), pointer, message, Severity.ERROR, finding.rejectedValue(), values, 0, 0);
    }

    /**
     * HV's property path as a JSON Pointer in wire names; {@link org.offerrules.validation.model.Flattened}
     * components leave no segment. The path is walked through the record types from {@code rootType}
     * to tell which components are flattened.
     */
    static String pointer(Class<?> rootType, Path path) {
        StringBuilder pointer = new StringBuilder();
        Class<?> type = rootType;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(JsonPointers.escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!WireNames.isFlattened(type, node.getName())) {
                    pointer.append('/').append(JsonPointers.escape(WireNames.of(type, node.getName())));
                }
                type = WireNames.valueType(type, node.getName());
            }
        }
        return pointer.toString();
    }

    @Override
    public void close() {
        factory.close();
    }
}
