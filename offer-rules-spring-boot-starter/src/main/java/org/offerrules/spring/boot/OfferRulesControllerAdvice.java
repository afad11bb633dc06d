package org.offerrules.spring.boot;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Carries an endpoint's {@link OfferRules} mode to where its body is read (as a read hint) and to
 * where {@code @Valid} checks it (the binder's validator), and makes the binder of an offer or another
 * request validate with the library instead of Hibernate Validator's {@code Default} group.
 */
@ControllerAdvice
final class OfferRulesControllerAdvice extends RequestBodyAdviceAdapter {

    /** The read hint and request attribute that hold the endpoint's {@link ValidationMode}. */
    static final String MODE = OfferRules.class.getName() + ".mode";

    private final OfferValidator validator;

    OfferRulesControllerAdvice(OfferValidator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasParameterAnnotation(OfferRules.class);
    }

    @Override
    public Map<String, Object> determineReadHints(MethodParameter parameter, Type targetType,
                                                  Class<? extends SmartHttpMessageConverter<?>> converterType) {
        return Map.of(MODE, mode(parameter));
    }

    // the binder that @Valid uses is made after the body is read, and sees only the request
    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        RequestContextHolder.currentRequestAttributes().setAttribute(MODE, mode(parameter), RequestAttributes.SCOPE_REQUEST);
        return inputMessage;
    }

    @InitBinder
    void offerRulesValidator(WebDataBinder binder, WebRequest request) {
        Object target = binder.getTarget();
        OfferRulesSpringValidator ours = new OfferRulesSpringValidator(validator,
                (ValidationMode) request.getAttribute(MODE, RequestAttributes.SCOPE_REQUEST));
        if (target != null && ours.supports(target.getClass())) {
            binder.setValidator(ours);
        }
    }

    private static ValidationMode mode(MethodParameter parameter) {
        OfferRules rules = parameter.getParameterAnnotation(OfferRules.class);
        return rules == null ? null : rules.mode();
    }
}
