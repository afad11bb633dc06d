package org.offerrules.spring.boot;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.ReadResult;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final RequestBodies bodies;

    OfferRulesControllerAdvice(OfferValidator validator) {
        this.validator = validator;
        this.bodies = new RequestBodies(validator);
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasParameterAnnotation(OfferRules.class)
                || OfferRulesSpringValidator.isRequest(parameter.getParameterType());
    }

    @Override
    public Map<String, Object> determineReadHints(MethodParameter parameter, Type targetType,
                                                  Class<? extends SmartHttpMessageConverter<?>> converterType) {
        ValidationMode mode = mode(parameter);
        return mode == null ? Map.of() : Map.of(MODE, mode);
    }

    // the binder that @Valid uses is made after the body is read, and sees only the request
    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        ValidationMode mode = mode(parameter);
        if (mode != null) {
            RequestContextHolder.currentRequestAttributes().setAttribute(MODE, mode, RequestAttributes.SCOPE_REQUEST);
        }
        return inputMessage;
    }

    /**
     * An empty body, which Spring does not hand to a converter: the reader's answer to it (JSON: 6055, no
     * JSON value; a form: no parameters), unless the body is optional ({@code @RequestBody(required = false)}).
     */
    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converterType) {
        RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
        if (body != null || (annotation != null && !annotation.required())
                || !OfferRulesSpringValidator.isRequest(parameter.getParameterType())) {
            return body;
        }
        MediaType type = inputMessage.getHeaders().getContentType();
        boolean form = MediaType.APPLICATION_FORM_URLENCODED.includes(type);
        // a form POST whose body gave the container no parameters (`&&`): the bytes the client sent
        FormBodyFilter.Raw raw = form ? FormBodyFilter.Raw.current() : null;
        if (raw != null && raw.bytes() == null) {
            throw OfferRulesHttpMessageConverter.tooLarge(raw.limit());
        }
        ReadResult read = bodies.read(raw == null ? new byte[0] : raw.bytes(),
                type == null || type.getCharset() == null ? java.nio.charset.StandardCharsets.UTF_8 : type.getCharset(),
                parameter.getParameterType(), mode(parameter), form);
        if (read.isValid()) {
            return read.request(); // a form without parameters that no rule needs
        }
        throw new OfferValidationException(read.report());
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
