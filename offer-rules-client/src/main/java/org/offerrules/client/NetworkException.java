package org.offerrules.client;

/**
 * The network could not be reached or did not answer in the API's format, after the retries that
 * were allowed: a connection refused or dropped, no answer within the timeout, an answer that is not
 * the API's JSON, or an interrupted wait. Its message names the request with the key masked.
 */
public final class NetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
