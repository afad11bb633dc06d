package org.offerrules.validation;

/** How an error code can be detected before a request is sent. */
public enum CheckKind {
    /** An input rule: decidable from the request's own content. */
    OFFLINE,
    /** Needs the network's data (does the advertiser, offer or tier exist?): see {@link OfferLookup}. */
    LOOKUP,
    /** Only the server can know: a failure to save, throttling, the state of keys and accounts. */
    SERVER,
    /**
     * Decided by the HTTP call — path, method, keys — not by the request body: the HTTP client's concern
     * (no such API path, no network id, no API method, the wrong HTTP verb). No rule checks a body for it.
     */
    TRANSPORT
}
