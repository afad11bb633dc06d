/**
 * Follows an offer's tracking link from the countries and devices it targets, through the AffiliTest
 * API, with the JDK's HTTP client; the answers are read with Jackson 2, the retries are Failsafe's, and
 * the rate with its pause after a 429 is the network client's {@code Throttle}.
 *
 * <p>Exported: {@code org.offerrules.linkcheck}.
 */
module org.offerrules.linkcheck {
    requires transitive org.offerrules.validation;   // LinkPlan.of takes an Offer
    requires java.net.http;
    requires org.offerrules.client;                  // transport.Throttle, exported to this module
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;             // JacksonException, JsonReadFeature
    requires dev.failsafe.core;

    exports org.offerrules.linkcheck;
}
