/**
 * What the network client and link-check's AffiliTest client share to talk to a rate-limited API:
 * {@link org.offerrules.client.transport.Throttle}, the rate with its pause after a throttled answer,
 * {@link org.offerrules.client.transport.Retries}, the retry rules of a throttled answer and of a failing
 * server, and {@link org.offerrules.client.transport.Exchange}, one exchange within a timeout that covers
 * the body.
 * Exported to link-check only; not part of the client's API.
 */
package org.offerrules.client.transport;
