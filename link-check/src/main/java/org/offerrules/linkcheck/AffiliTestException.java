package org.offerrules.linkcheck;

/**
 * An answer that ends the whole run: 401 (authentication: a missing, malformed or invalid key, an
 * expired session, an unverified account) or 403 (no permission, no calls left), one of the error
 * page's 401-type messages in any status ({@code Invalid API Key}: the page names no status for them),
 * or a budget that cannot be read. The message is the server's.
 */
public final class AffiliTestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    AffiliTestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the answer, or -1 when there was none, or none understood (the budget's failure only). */
    public int status() {
        return status;
    }
}
