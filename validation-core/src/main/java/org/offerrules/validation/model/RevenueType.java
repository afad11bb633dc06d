package org.offerrules.validation.model;

import java.util.List;
import java.util.Optional;

/** {@code revenue_type} of an offer or event: flat ({@code RPA RPC RPI}) needs {@code revenue},
 * percentage ({@code RPS}) needs {@code revenue_percent}, combined ({@code RPA+RPS}) needs both. The values
 * the offer and event method pages list: no {@code RPL}, which only client code had (brief 1.8,
 * docs/decisions/vendor-conformance.md). */
public enum RevenueType implements PricingType {
    /** {@code RPA}. */
    RPA("RPA"),
    /** {@code RPC}. */
    RPC("RPC"),
    /** {@code RPS}. */
    RPS("RPS"),
    /** {@code RPI}. */
    RPI("RPI"),
    /** {@code RPA+RPS}. */
    RPA_RPS("RPA+RPS");

    private final String apiValue;

    RevenueType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    /** Flat (RPA RPC RPI) and combined (RPA_RPS) types need an amount. */
    @Override
    public boolean requiresAmount() {
        return this != RPS;
    }

    /** Percentage (RPS) and combined (RPA_RPS) types need a percentage. */
    @Override
    public boolean requiresPercent() {
        return this == RPS || this == RPA_RPS;
    }

    /** {@code RPA+RPS} also as the event page spells it, {@code RPA + RPS}; the others as {@link #apiValue()}. */
    @Override
    public List<String> spellings() {
        return this == RPA_RPS ? List.of(apiValue, "RPA + RPS") : List.of(apiValue);
    }

    /** The constant spelled {@code apiValue} on the wire; empty for null or any other text. */
    public static Optional<RevenueType> fromApiValue(String apiValue) {
        return ApiValue.find(RevenueType.class, apiValue);
    }
}
