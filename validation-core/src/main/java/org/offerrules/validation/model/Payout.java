package org.offerrules.validation.model;

import java.util.Optional;

/**
 * The payout side of a price, {@link Flattened} into {@link Offer} and {@link Event}: the component
 * names are the wire names' ({@code payout_type}, {@code payout}, {@code payout_percent}). No rules of
 * its own: the owner's codes are on the owner's component.
 *
 * @param payoutType {@code payout_type}: a {@link PayoutType}'s wire value
 * @param payout {@code payout}: the flat amount
 * @param payoutPercent {@code payout_percent}: the percentage
 */
public record Payout(String payoutType, Double payout, Double payoutPercent) implements Pricing {

    @Override
    public String type() {
        return payoutType;
    }

    @Override
    public Double amount() {
        return payout;
    }

    @Override
    public Double percent() {
        return payoutPercent;
    }

    /** {@code payout_type} read as a {@link PayoutType}: empty when absent or not one of its spellings. */
    public Optional<PayoutType> payoutTypeValue() {
        return PayoutType.fromApiValue(payoutType);
    }
}
