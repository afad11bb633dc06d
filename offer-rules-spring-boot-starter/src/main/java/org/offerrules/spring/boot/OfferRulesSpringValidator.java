package org.offerrules.spring.boot;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Update;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;

/**
 * {@code @Valid} on an offer or another request: the library's validation in the endpoint's mode, each
 * error an {@link ObjectError} that wraps its {@link Violation} (code and wire pointer), where
 * Hibernate Validator would check the {@code Default} group only.
 */
final class OfferRulesSpringValidator implements SmartValidator {

    private final OfferValidator validator;
    private final ValidationMode mode;

    /** {@code mode} is the endpoint's, or null for the validator's own. */
    OfferRulesSpringValidator(OfferValidator validator, ValidationMode mode) {
        this.validator = validator;
        this.mode = mode;
    }

    /** Whether {@code type} is an offer or another request of {@link Request}. */
    static boolean isRequest(Class<?> type) {
        return Request.ofType(type).isPresent();
    }

    @Override
    public boolean supports(Class<?> type) {
        return isRequest(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        validate(target, errors, new Object[0]);
    }

    /** The hints of {@code @Validated(Update.class)} or {@code @Validated(Create.class)} choose the mode too. */
    @Override
    public void validate(Object target, Errors errors, Object... hints) {
        ValidationMode chosen = mode;
        for (Object hint : hints) {
            if (hint == Update.class) {
                chosen = ValidationMode.UPDATE;
            } else if (hint == Create.class) {
                chosen = ValidationMode.CREATE;
            } else if (hint instanceof ValidationMode m) {
                chosen = m;
            }
        }
        for (Violation v : validator.validate(target, chosen == null ? validator.mode() : chosen).errors()) {
            ObjectError error = new ObjectError(errors.getObjectName(),
                    new String[] {"offerRules." + v.code().id(), v.code().id()},
                    null, v.message() + " (" + v.pointer() + ")");
            error.wrap(v);
            if (errors instanceof BindingResult result) {
                result.addError(error);
            } else {
                errors.reject(v.code().id(), error.getDefaultMessage());
            }
        }
    }
}
