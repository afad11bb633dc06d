package org.offerrules.client;

import java.util.Optional;

import org.offerrules.validation.ApiError;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationReport;

/**
 * What became of one request: {@link Done} (the API accepted it), {@link Invalid} (it broke the
 * library's rules and was not sent) or {@link Failed} (the API refused it, or kept failing). A value:
 * switch over it; nothing here is thrown.
 */
public sealed interface Result {

    /** The request this is the result of. */
    Request request();

    /**
     * The API accepted the request.
     *
     * @param request    the request
     * @param httpStatus 201 created, 202 updated, 200 read
     * @param data       the answer's {@code data}: the new id, the object or the list, as plain Java
     *                   values ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean});
     *                   null when the answer had none
     */
    record Done(Request request, int httpStatus, Object data) implements Result {

        /**
         * The new object's id of a create: {@code data} when it is a whole number, or the text of one
         * ({@code "1042"}: the API writes its values as text).
         */
        public Optional<Long> id() {
            if (data instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                return Optional.of(n.longValue());
            }
            return data instanceof String text ? Optional.ofNullable(Answer.wholeText(text)) : Optional.empty();
        }
    }

    /**
     * The request broke the library's rules: it was not sent.
     *
     * @param request the request
     * @param report  the violations, with the API's codes and pointers
     */
    record Invalid(Request request, ValidationReport report) implements Result {
    }

    /**
     * The API answered with an error that retrying did not cure (or must not: a 4xx of the request's
     * content, a key that is not valid).
     *
     * @param request  the request
     * @param error    the decoded answer
     * @param attempts how many times the request was sent
     */
    record Failed(Request request, ApiError error, int attempts) implements Result {

        /** What to do about it: the error's client action. */
        public ClientAction action() {
            return error.action();
        }
    }
}
