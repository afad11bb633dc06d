package org.offerrules.validation.model;

import java.util.Optional;

/**
 * A record that holds a {@link Payout} and a {@link Revenue} group ({@link Offer}, {@link Event}): the
 * flat reads of their fields, each null when its group is absent, and the typed reads beside them. Not
 * record components: neither the wire formats nor the rules see these methods.
 */
public interface Priced {

    /** The payout group, or null when none of its fields is present. */
    Payout payoutTerms();

    /** The revenue group, or null when none of its fields is present. */
    Revenue revenueTerms();

    /** {@code payout_type}: {@code payoutTerms().payoutType()}, null when the payout group is absent. */
    default String payoutType() {
        return payoutTerms() == null ? null : payoutTerms().payoutType();
    }

    /** {@code payout}: {@code payoutTerms().payout()}, null when the payout group is absent. */
    default Double payout() {
        return payoutTerms() == null ? null : payoutTerms().payout();
    }

    /** {@code payout_percent}: {@code payoutTerms().payoutPercent()}, null when the payout group is absent. */
    default Double payoutPercent() {
        return payoutTerms() == null ? null : payoutTerms().payoutPercent();
    }

    /** {@code revenue_type}: {@code revenueTerms().revenueType()}, null when the revenue group is absent. */
    default String revenueType() {
        return revenueTerms() == null ? null : revenueTerms().revenueType();
    }

    /** {@code revenue}: {@code revenueTerms().revenue()}, null when the revenue group is absent. */
    default Double revenue() {
        return revenueTerms() == null ? null : revenueTerms().revenue();
    }

    /** {@code revenue_percent}: {@code revenueTerms().revenuePercent()}, null when the revenue group is absent. */
    default Double revenuePercent() {
        return revenueTerms() == null ? null : revenueTerms().revenuePercent();
    }

    /** {@code payout_type} read as a {@link PayoutType}: empty when absent or not one of its spellings. */
    default Optional<PayoutType> payoutTypeValue() {
        return PayoutType.fromApiValue(payoutType());
    }

    /** {@code revenue_type} read as a {@link RevenueType}: empty when absent or not one of its spellings. */
    default Optional<RevenueType> revenueTypeValue() {
        return RevenueType.fromApiValue(revenueType());
    }
}
