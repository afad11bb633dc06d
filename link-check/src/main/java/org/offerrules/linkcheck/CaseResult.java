package org.offerrules.linkcheck;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What checking one {@link LinkCase} gave.
 *
 * @param linkCase the case
 * @param status   the verdict
 * @param landing  the last hop's URL, or null when there is none
 * @param hops     the redirect chain in order, the landing last; empty when AffiliTest gave none
 * @param message  why the verdict is not {@link Status#OK}, or null
 */
public record CaseResult(LinkCase linkCase, Status status, String landing, List<Hop> hops, String message) {

    /** Copies the list. */
    public CaseResult {
        Objects.requireNonNull(linkCase, "linkCase");
        Objects.requireNonNull(status, "status");
        hops = List.copyOf(hops);
    }

    /** The verdict of a case. */
    public enum Status {
        /** Lands on the preview's page, or, without a preview URL, on a 2xx page. */
        OK,
        /** Lands on another page than the preview's. */
        MISMATCH,
        /** A hop answered 4xx or 5xx, or there is no landing. */
        BROKEN,
        /** The check itself failed: a 400, a timeout, 500 after the retries, an answer that cannot be read. */
        ERROR;

        /** The lower-case name used in reports: {@code ok}, {@code mismatch}, {@code broken}, {@code error}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One step of the redirect chain.
     *
     * @param url    the URL
     * @param status its HTTP status, or null when AffiliTest did not give one
     */
    public record Hop(String url, Integer status) {

        /** Checks that the URL is given. */
        public Hop {
            Objects.requireNonNull(url, "url");
        }
    }
}
