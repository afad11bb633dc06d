/**
 * The network API's client: {@link org.offerrules.client.NetworkClient} validates a request, writes it
 * in the wire format, sends it with the key and returns a {@link org.offerrules.client.Result}.
 */
package org.offerrules.client;
