package org.offerrules.validation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A payout or revenue type ({@link PayoutType}, {@link RevenueType}): which of the flat amount
 * ({@code payout}, {@code revenue}) and the percentage ({@code payout_percent},
 * {@code revenue_percent}) it needs. The model's cross-field rules name the types through these
 * methods ({@code @PricePresence(PayoutType.class, ...)}, {@code @Requires(pricing = PayoutType.class, needs =
 * Need.AMOUNT)}), never by spelling.
 */
public interface PricingType extends ApiValue {

    /** Whether a price of this type needs a flat amount (flat and combined types). */
    boolean requiresAmount();

    /** Whether a price of this type needs a percentage (percentage and combined types). */
    boolean requiresPercent();

    /** The part of a price a type may need. */
    enum Need {
        /** The flat amount: {@link PricingType#requiresAmount()}. */
        AMOUNT,
        /** The percentage: {@link PricingType#requiresPercent()}. */
        PERCENT;

        /** Whether {@code type} needs this part. */
        public boolean of(PricingType type) {
            return this == AMOUNT ? type.requiresAmount() : type.requiresPercent();
        }

        /** The spellings of the constants of {@code type} that need this part, in declaration order. */
        public List<String> apiValues(Class<? extends PricingType> type) {
            List<String> values = new ArrayList<>();
            PricingType[] constants = type.getEnumConstants();
            if (constants == null) {
                throw new IllegalArgumentException(type.getName() + " is not an enum");
            }
            for (PricingType constant : constants) {
                if (of(constant)) {
                    values.addAll(constant.spellings());
                }
            }
            return List.copyOf(values);
        }
    }
}
