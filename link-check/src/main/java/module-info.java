/**
 * Follows an offer's tracking link from the countries and devices it targets, through the AffiliTest
 * API, with the JDK's HTTP client.
 *
 * <p>Exported: {@code org.offerrules.linkcheck}.
 */
module org.offerrules.linkcheck {
    requires transitive org.offerrules.validation;   // LinkPlan.of takes an Offer
    requires java.net.http;

    exports org.offerrules.linkcheck;
}
