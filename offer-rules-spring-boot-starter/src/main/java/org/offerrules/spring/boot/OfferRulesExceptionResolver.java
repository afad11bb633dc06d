package org.offerrules.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.jackson3.InvalidOfferException;
import org.offerrules.validation.Severity;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every failure of an offer or another request with RFC 9457 problem details, status 400:
 * a body the starter could not read or found invalid, a {@code @Valid} body, and
 * {@link OfferValidationException} from {@code requireValid}; and with status 415 (code 6055) a body
 * of a content type the starter does not read, sent to an endpoint that takes a request. Other
 * exceptions are left to the application's handlers.
 */
final class OfferRulesExceptionResolver implements HandlerExceptionResolver, Ordered {

    private final String typeBase;

    OfferRulesExceptionResolver(String typeBase) {
        this.typeBase = typeBase;
    }

    // before the composite of @ExceptionHandler methods and Spring's defaults (order 0), which would
    // answer a bad request body without its codes; after Boot's DefaultErrorAttributes
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (response.isCommitted()) {
            return null;
        }
        if (exception instanceof HttpMediaTypeNotSupportedException unsupported && readsARequest(handler)) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.toString(OfferRulesHttpMessageConverter.READ));
            return unsupported(response, unsupportedType(unsupported.getContentType(), request.getContentType()));
        }
        if (exception instanceof UnsupportedCoding coding) {
            // RFC 9110 12.5.3: a 415 for a content coding says in Accept-Encoding which it takes
            response.setHeader(HttpHeaders.ACCEPT_ENCODING, "identity");
            return unsupported(response, coding.report());
        }
        Optional<ValidationReport> report = reportOf(exception);
        if (report.isEmpty() || report.get().violations().isEmpty()) {
            return null;
        }
        return answer(response, ProblemDetails.of(report.get()));
    }

    /** The problem of a body that was not looked at, status 415. */
    private ModelAndView unsupported(HttpServletResponse response, ValidationReport report) {
        ProblemDetails problem = ProblemDetails.of(report);
        return answer(response, new ProblemDetails(problem.type(), problem.title(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), problem.detail(), problem.violations()));
    }

    private ModelAndView answer(HttpServletResponse response, ProblemDetails details) {
        ProblemDetails problem = details.withTypeBase(typeBase);
        try {
            response.setStatus(problem.status());
            // JSON is UTF-8 (RFC 8259): the media type takes no charset parameter
            response.setContentType(ProblemDetails.MEDIA_TYPE);
            response.getOutputStream().write(problem.toJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
                // the client left before its answer (a broken pipe): nothing failed here, nothing to answer;
                // thrown, it was an ERROR with a stack trace in the log for every client that hangs up
                return new ModelAndView();
            }
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Whether {@code handler} is a method with a {@code @RequestBody} of an offer or another request. */
    static boolean readsARequest(Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)
                        && OfferRulesSpringValidator.isRequest(parameter.getParameterType())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 6055 for a body whose type is none the starter reads (415: the body was not looked at); {@code sent}
     * is the header as sent, for a type Spring could not parse ({@code type} null).
     */
    private static ValidationReport unsupportedType(MediaType type, String sent) {
        String what = type != null ? type + " is not read"
                : sent == null || sent.isBlank() ? "(none) is not read"
                : sent + " is not read (not a media type, or a charset Java does not know)";
        return unreadable("the content type " + what + "; send application/json or "
                + MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /**
     * A body with a content coding ({@code Content-Encoding: gzip}): its bytes are no text of the request,
     * and reading them as such was a 400 "Invalid UTF-8" at some column of the compressed bytes. Answered
     * 415 (RFC 9110 8.4), as problem details with 6055, unread.
     */
    static final class UnsupportedCoding extends OfferValidationException {

        private static final long serialVersionUID = 1L;

        UnsupportedCoding(String coding) {
            super(unreadable("the content coding " + coding + " is not read; send the body without Content-Encoding"));
        }
    }

    /** 6055 at the document, with {@code why} after the code's message. */
    private static ValidationReport unreadable(String why) {
        String message = RequestBodies.UNREADABLE.message(Map.of()) + ": " + why;
        return ValidationReport.of(List.of(new Violation(RequestBodies.UNREADABLE, "", message, Severity.ERROR, null,
                Map.of(), 0, 0)));
    }

    // the Jackson module's reading failures arrive wrapped in Spring's HttpMessageNotReadableException
    private static Optional<ValidationReport> reportOf(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OfferValidationException invalid) {
                return Optional.of(BodyPositions.place(invalid.report()));
            }
            if (cause instanceof InvalidOfferException unreadable) {
                return Optional.of(unreadable.report());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (exception instanceof BindException bind) {
            return reportOf(bind.getAllErrors());
        }
        return Optional.empty();
    }

    /**
     * The violations of a {@code @Valid} failure: the library's own validator's, and Hibernate
     * Validator's of the library's constraints (a binder whose validator the application chose); none
     * when any error is of another kind, which the application's handlers know better.
     */
    static Optional<ValidationReport> reportOf(List<ObjectError> errors) {
        List<Violation> violations = new ArrayList<>(errors.size());
        for (ObjectError error : errors) {
            Optional<Violation> violation = error.contains(Violation.class)
                    ? Optional.of(error.unwrap(Violation.class))
                    : error.contains(ConstraintViolation.class)
                    ? Violation.from(error.unwrap(ConstraintViolation.class))
                    : Optional.empty();
            if (violation.isEmpty()) {
                return Optional.empty();
            }
            violations.add(violation.get());
        }
        return Optional.of(ValidationReport.of(violations));
    }
}
