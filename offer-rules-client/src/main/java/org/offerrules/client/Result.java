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

        /** 2^53: a JSON number with a fraction or exponent ({@code 1042.0}) below it is the whole number written. */
        private static final double EXACT = 0x1p53;

        /**
         * The new object's id of a create: {@code data} when it is a whole number above 0, or the text of one
         * ({@code "1042"}: the API writes its values as text); {@code 1042.0} is 1042. Empty for anything else:
         * no {@code data}, an object, a list, a fraction, 0 or less, a number past a {@code long} or, written
         * with a fraction or an exponent, 2^53 or more (past 2^53 a double holds a whole number only to the
         * nearest even one: {@code 9007199254740993.0} is read as 2^53; {@code 1e300} was the id
         * 9223372036854775807).
         */
        public Optional<Long> id() {
            Long id = null;
            if (data instanceof Integer || data instanceof Long) {
                id = ((Number) data).longValue();
            } else if (data instanceof java.math.BigInteger big && big.bitLength() < Long.SIZE) {
                id = big.longValue();
            } else if (data instanceof Number n && !(data instanceof java.math.BigInteger)) {
                double d = n.doubleValue();
                // below 2^53 only: 9007199254740993.0 reads as the double 2^53, which is no longer known to be the id
                id = d == Math.rint(d) && Math.abs(d) < EXACT ? (long) d : null;
            } else if (data instanceof String text) {
                id = Answer.wholeText(text);
            }
            return id != null && id > 0 ? Optional.of(id) : Optional.empty();
        }
    }

    /**
     * The request broke the library's rules: it was not sent. Also a request that passed them but whose
     * form body cannot carry a value as it is (a text with a lone surrogate, which has no UTF-8 form: the
     * field's invalid code at its pointer, see {@code OfferForm.write}).
     *
     * @param request the request
     * @param report  the violations, with the API's codes and pointers
     */
    record Invalid(Request request, ValidationReport report) implements Result {
    }

    /**
     * The API answered with an error that retrying did not cure (or must not: a 4xx of the request's
     * content, a key that is not valid, a create the server may have acted on).
     *
     * @param request        the request
     * @param error          the decoded answer
     * @param attempts       how many times the request was sent
     * @param mayHaveCreated the request creates ({@link Request#creates}) and its last answer was a server
     *                       error (5xx) that does not say the request was refused (as 6006, 6814, 429 and
     *                       6041 do): the network may have made the object before it failed, so the
     *                       request was not sent again after that answer. Look the object up before
     *                       sending it again: sent twice, a create may make two
     */
    record Failed(Request request, ApiError error, int attempts, boolean mayHaveCreated) implements Result {

        /** A failure after which nothing was created: {@code mayHaveCreated} false. */
        public Failed(Request request, ApiError error, int attempts) {
            this(request, error, attempts, false);
        }

        /** What to do about it: the error's client action. */
        public ClientAction action() {
            return error.action();
        }
    }
}
