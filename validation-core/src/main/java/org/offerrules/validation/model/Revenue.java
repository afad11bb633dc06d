package org.offerrules.validation.model;

import java.util.Optional;

/**
 * The revenue side of a price, {@link Flattened} into {@link Offer} and {@link Event}: the component
 * names are the wire names' ({@code revenue_type}, {@code revenue}, {@code revenue_percent}). No rules of
 * its own: the owner's codes are on the owner's component.
 *
 * @param revenueType {@code revenue_type}: a {@link RevenueType}'s wire value
 * @param revenue {@code revenue}: the flat amount
 * @param revenuePercent {@code revenue_percent}: the percentage
 */
public record Revenue(String revenueType, Double revenue, Double revenuePercent) implements Pricing {

    @Override
    public String type() {
        return revenueType;
    }

    @Override
    public Double amount() {
        return revenue;
    }

    @Override
    public Double percent() {
        return revenuePercent;
    }

    /** {@code revenue_type} read as a {@link RevenueType}: empty when absent or not one of its spellings. */
    public Optional<RevenueType> revenueTypeValue() {
        return RevenueType.fromApiValue(revenueType);
    }
}
