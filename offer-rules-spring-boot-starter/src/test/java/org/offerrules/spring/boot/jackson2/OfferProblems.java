package org.offerrules.spring.boot.jackson2;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.jackson.InvalidOfferException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problem details of the Boot 3.5 recipe in docs/spring-boot.md. */
// snippet: boot35-problems
@RestControllerAdvice
class OfferProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidOfferException invalid) {
            return problem(invalid.report());
        }
        throw e;   // not an offer: Spring's own handling
    }

    @ExceptionHandler(OfferValidationException.class)
    ResponseEntity<String> invalid(OfferValidationException e) {
        return problem(e.report());
    }

    static ResponseEntity<String> problem(ValidationReport report) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.parseMediaType(ProblemDetails.MEDIA_TYPE))
                .body(ProblemDetails.of(report).toJson());
    }
}
// end: boot35-problems
