package org.offerrules.validation.spi;

import java.time.Clock;
import java.util.Map;

import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;

/** Turns reports into Hibernate Validator constraint violations, carrying the code as dynamic payload. */
final class HibernateReporter implements Reporter {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    HibernateReporter(ConstraintValidatorContext context) {
        this.context = context;
    }

    @Override
    public Clock clock() {
        return context.getClockProvider().getClock();
    }

    boolean isValid() {
        return valid;
    }

    @Override
    public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
        if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            hibernate.addMessageParameter(argument.getKey(), argument.getValue());
        }
        // a public type, so that Violation.from can read it from any Hibernate Validator's violations
        hibernate.withDynamicPayload(Violation.of(ErrorCode.of(code), "", rejected, arguments));
        HibernateConstraintViolationBuilder builder =
                hibernate.buildConstraintViolationWithTemplate(ErrorCode.of(code).messageTemplate());
        if (property != null && index >= 0) {
            builder.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
        } else if (property != null) {
            builder.addPropertyNode(property).addConstraintViolation();
        } else if (index >= 0) {
            builder.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }
}
