/**
 * Follows an offer's tracking link from the countries and devices it targets, through the AffiliTest
 * API, with the JDK's HTTP client; the answers are read with Jackson 2, and the rate with its pause
 * after a 429 and the retry rules (on Failsafe) are the network client's {@code Throttle} and
 * {@code Retries}.
 *
 * <p>Exported: {@code org.offerrules.linkcheck}.
 */
module org.offerrules.linkcheck {
    requires transitive org.offerrules.validation;   // LinkPlan.of takes an Offer
    requires java.net.http;
    requires org.offerrules.client;                  // transport.Throttle and Retries, exported to this module
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;             // JacksonException, JsonReadFeature
    requires dev.failsafe.core;

    exports org.offerrules.linkcheck;
}
