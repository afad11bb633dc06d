package org.offerrules.validation;

/**
 * What an HTTP client does when the network API answers with a code: the classes of the API's error
 * page (fix the request, re-authenticate, check permission or budget, throttle, retry).
 */
public enum ClientAction {
    /** 400-class: change the request; sending it again unchanged gets the same answer. */
    FIX_REQUEST,
    /** The credentials are missing, malformed, invalid or expired: authenticate again. */
    REAUTHENTICATE,
    /** 403: no permission for the action, or no calls left in the budget. */
    CHECK_PERMISSION,
    /** 429: too many requests; slow down before sending again. */
    THROTTLE,
    /** 500-class or "another request is processing": send the same request again later. */
    RETRY;

    /** Whether sending the very same request again later may succeed. */
    public boolean retryable() {
        return this == RETRY || this == THROTTLE;
    }
}
