package org.offerrules.validation;

/** How an error code can be detected before a request is sent. */
public enum CheckKind {
    /** An input rule: decidable from the request's own content. */
    OFFLINE,
    /** Needs the network's data (does the advertiser, offer or tier exist?): see {@link OfferLookup}. */
    LOOKUP,
    /** Only the server can know: a failure to save, throttling, the state of keys and accounts. */
    SERVER
}
