package org.offerrules.validation.constraints;

/**
 * Validation group of the presence rules that also hold on an update merged into its current object
 * (brief 1.9: the API holds the merged offer to every rule). A rule whose requirement depends on another
 * field ({@code cap_type} when {@code has_cap_limit} is 1) is in {@link Create} and here: in update mode
 * without the current object the stored values are unknown and nothing is required, but the merge has
 * them, so {@code OfferValidator.validateUpdate} checks it with the default, {@link Update} and this group.
 */
public interface Merge {
}
