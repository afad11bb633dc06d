package org.offerrules.validation.spi;

import java.time.Clock;
import java.util.Map;

import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.internal.FindingCap;

/** Turns reports into Hibernate Validator constraint violations, carrying the code as dynamic payload. */
final class HibernateReporter implements Reporter {

    private final ConstraintValidatorContext context;
    private boolean valid = true;
    private FindingCap cap;   // made at the first report: a valid value allocates none

    HibernateReporter(ConstraintValidatorContext context) {
        this.context = context;
    }

    @Override
    public Clock clock() {
        return context.getClockProvider().getClock();
    }

    /** Called once, when the rule is done: what it reported beyond the cap becomes one summary finding. */
    boolean isValid() {
        if (cap != null && cap.omitted() > 0) {
            add(cap.property(), -1, cap.code(), null, cap.summaryArguments());
            cap.reset();
        }
        return valid;
    }

    @Override
    public void report(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
        if (cap == null) {
            cap = new FindingCap();
        }
        if (cap.admit(property, code, arguments)) {
            add(property, index, code, rejected, arguments);
        }
    }

    private void add(String property, int index, int code, Object rejected, Map<String, ?> arguments) {
        if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            hibernate.addMessageParameter(argument.getKey(), argument.getValue());
        }
        // a public type, so that Violation.from can read it from any Hibernate Validator's violations
        hibernate.withDynamicPayload(FindingCap.violation(ErrorCode.of(code), "", rejected, arguments));
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
