/**
 * The constraint annotations of the offer model. Each declares the network API error code it reports;
 * presence rules sit in the {@link org.offerrules.validation.constraints.Create} or
 * {@link org.offerrules.validation.constraints.Update} group, value rules in the default group; a presence
 * rule that depends on another field is also in {@link org.offerrules.validation.constraints.Merge}, which
 * an update merged into its current object is checked with.
 * The annotations are standard Jakarta Validation constraints: any Bean Validation provider can
 * validate the model with them.
 */
package org.offerrules.validation.constraints;
