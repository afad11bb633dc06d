/**
 * A client of the network API that validates every request before it sends it
 * ({@code org.offerrules.client.NetworkClient}): the library's records in, the API's data or a typed
 * failure out. HTTP is the JDK's {@code java.net.http}; the answers are read with Jackson 2; the rate
 * limit, retries and back-off are Failsafe's.
 */
module org.offerrules.client {
    requires transitive org.offerrules.validation.wire;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires dev.failsafe.core;

    exports org.offerrules.client;
    // the throttle (rate, Retry-After, the shared pause) and the retry rules that link-check's
    // AffiliTestClient uses too;
    // not part of the client's API
    exports org.offerrules.client.transport to org.offerrules.linkcheck;
}
