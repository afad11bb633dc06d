package org.offerrules.validation;

import java.util.Optional;

/**
 * An error answer of the network API, decoded into the catalog's terms so that a service handles
 * local violations and remote errors with one switch on {@link #action()}.
 *
 * <pre>{@code
 * ApiError error = ApiError.decode(response.status(), body.errorCode(), body.message());
 * switch (error.action()) {
 *     case RETRY, THROTTLE -> scheduleRetry(error.retryAfterHint());
 *     case REAUTHENTICATE -> refreshKey();
 *     case CHECK_PERMISSION -> alertBilling(error);
 *     case FIX_REQUEST -> reject(error);
 * }
 * }</pre>
 *
 * @param httpStatus the HTTP status of the answer
 * @param code       the dictionary entry of the answer's error code; empty when the API sent none or
 *                   one the dictionary does not have
 * @param number     the error code as the API sent it; 0 when it sent none
 * @param action     what to do: the code's action, or, without a known code, the HTTP status class's
 * @param message    the API's own message, or the catalog's when the API sent none
 */
public record ApiError(int httpStatus, Optional<ErrorCode> code, int number, ClientAction action, String message) {

    /**
     * Decodes an error answer.
     *
     * @param httpStatus the HTTP status
     * @param errorCode  the {@code errorCode} of the body, or null when it had none
     * @param message    the {@code message} of the body, or null
     */
    public static ApiError decode(int httpStatus, Integer errorCode, String message) {
        Optional<ErrorCode> code = errorCode == null ? Optional.empty() : ErrorCode.find(errorCode);
        ClientAction action = code.map(ErrorCode::action).orElseGet(() -> byStatus(httpStatus));
        // the HTTP class wins for the classes a client must react to whatever the body says
        if (httpStatus == 429) {
            action = ClientAction.THROTTLE;
        } else if (serverError(httpStatus) && action == ClientAction.FIX_REQUEST) {
            action = ClientAction.RETRY;
        }
        String text = message != null && !message.isBlank() ? message
                : code.map(ErrorCode::messageTemplate).orElse("HTTP " + httpStatus);
        return new ApiError(httpStatus, code, errorCode == null ? 0 : errorCode, action, text);
    }

    /** Whether sending the same request again later may succeed (500-class, busy, throttled). */
    public boolean retryable() {
        return action.retryable();
    }

    /** Whether the API asked to slow down (HTTP 429, code 6041). */
    public boolean throttled() {
        return action == ClientAction.THROTTLE;
    }

    /**
     * A starting delay in seconds for a retry, when the answer gives no {@code Retry-After}. The network
     * does not document its rate, so a throttled client waits 30 s (offer-rules-client's pause after a
     * 429 without one); a busy or failing server is tried again sooner.
     */
    public int retryAfterHint() {
        return switch (action) {
            case THROTTLE -> 30;
            case RETRY -> 5;
            default -> 0;
        };
    }

    private static ClientAction byStatus(int status) {
        if (status == 401) {
            return ClientAction.REAUTHENTICATE;
        }
        if (status == 403) {
            return ClientAction.CHECK_PERMISSION;
        }
        if (status == 429) {
            return ClientAction.THROTTLE;
        }
        if (serverError(status)) {
            return ClientAction.RETRY;
        }
        return ClientAction.FIX_REQUEST;
    }

    /**
     * The 500 class. A status above 599 is none (RFC 9110 gives statuses 100 to 599): an answer not
     * understood, which the same request would get again, so not one to retry (docs/decisions/transport.md).
     */
    private static boolean serverError(int status) {
        return status >= 500 && status <= 599;
    }
}
