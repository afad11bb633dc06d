/**
 * Link checks: follows an offer's tracking URL from the countries and devices it targets with the
 * AffiliTest API and tells whether it lands where its {@code preview_url} says.
 *
 * <p>{@link org.offerrules.linkcheck.LinkPlan#of LinkPlan.of} derives the cases from an offer;
 * {@link org.offerrules.linkcheck.AffiliTestClient} checks each case, one API call per case, within the
 * service's rate limit, and answers a {@link org.offerrules.linkcheck.CaseResult}. The module depends on
 * {@code validation-core}, {@code offer-rules-client} (the rate and the pause after a 429), Jackson 2
 * and Failsafe; its README gives the reason for each.
 */
package org.offerrules.linkcheck;
