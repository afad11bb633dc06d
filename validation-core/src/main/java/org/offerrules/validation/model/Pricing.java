package org.offerrules.validation.model;

/**
 * One side of an offer's or an event's price: a {@link PricingType} as its wire value, a flat amount and
 * a percentage. {@link Payout} and {@link Revenue} are its two records; {@link Offer} and {@link Event}
 * each hold both, {@link Flattened}, so their fields stand at the owner's level on the wire. The records
 * carry no rules of their own: the owner's {@code @PriceCheck} and {@code @PricePresence} give each
 * field its owner's codes.
 */
public sealed interface Pricing permits Payout, Revenue {

    /** The type's wire value ({@code payout_type}, {@code revenue_type}), or null. */
    String type();

    /** The flat amount ({@code payout}, {@code revenue}), or null. */
    Double amount();

    /** The percentage ({@code payout_percent}, {@code revenue_percent}), or null. */
    Double percent();

    /**
     * {@code price}, or null when it is null or none of its fields is present: how {@link Offer} and
     * {@link Event} hold a group, so that a record built from a document with the group's fields absent
     * (or null) equals one built without them.
     */
    static <P extends Pricing> P presentOrNull(P price) {
        return price == null || price.type() == null && price.amount() == null && price.percent() == null ? null : price;
    }

    /** The record whose type component holds a value of {@code type}: {@link Payout} or {@link Revenue}. */
    static Class<? extends Pricing> recordOf(Class<? extends PricingType> type) {
        if (type == PayoutType.class) {
            return Payout.class;
        }
        if (type == RevenueType.class) {
            return Revenue.class;
        }
        throw new IllegalArgumentException("no pricing record for " + type.getName());
    }
}
