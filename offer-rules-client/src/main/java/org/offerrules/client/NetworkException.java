package org.offerrules.client;

/**
 * The network could not be reached or did not answer in the API's format, after the retries that
 * were allowed: a connection refused or dropped, no answer within the timeout, an answer that is not
 * the API's JSON, or an interrupted wait. Its message names the request with the key masked.
 */
public final class NetworkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** See {@link #mayHaveCreated()}. */
    private final boolean mayHaveCreated;

    NetworkException(String message, Throwable cause) {
        this(message, cause, false);
    }

    NetworkException(String message, Throwable cause, boolean mayHaveCreated) {
        super(message, cause);
        this.mayHaveCreated = mayHaveCreated;
    }

    /**
     * Whether the request creates ({@code Request.creates}) and its last attempt reached the network without
     * an answer that says what became of it: the connection broke or timed out after the request was sent,
     * or the answer could not be read. The network may have made the object, so the request was not sent
     * again; look the object up before sending it again (sent twice, a create may make two). The message
     * says so too.
     */
    public boolean mayHaveCreated() {
        return mayHaveCreated;
    }
}
