package org.offerrules.validation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code tierId:payout} pair of the compact {@code tier_payout} string, as written. The tier rule
 * decides what is valid (an integer id greater than 0, a payout of at least 0, no id twice).
 *
 * @param tierId the tier id as written
 * @param payout the payout as written; null when the pair had no {@code :}
 */
public record PayoutTier(String tierId, String payout) {

    /** A tier with a numeric id and payout. */
    public static PayoutTier of(int tierId, double payout) {
        return new PayoutTier(Integer.toString(tierId), stripZeros(payout));
    }

    /** Splits {@code tierId:payout,tierId:payout}; never throws. An empty text is an empty list. */
    public static List<PayoutTier> parseList(String text) {
        List<PayoutTier> tiers = new ArrayList<>();
        if (text.isEmpty()) {
            return tiers;
        }
        int start = 0;
        while (true) {
            int end = text.indexOf(',', start);
            String pair = text.substring(start, end < 0 ? text.length() : end);
            int colon = pair.indexOf(':');
            tiers.add(colon < 0 ? new PayoutTier(pair, null)
                    : new PayoutTier(pair.substring(0, colon), pair.substring(colon + 1)));
            if (end < 0) {
                return tiers;
            }
            start = end + 1;
        }
    }

    /** The compact form of a tier list. */
    public static String toCompact(List<PayoutTier> tiers) {
        StringBuilder out = new StringBuilder();
        for (PayoutTier tier : tiers) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(tier == null ? "" : tier.toCompact());
        }
        return out.toString();
    }

    /** This pair's compact form. */
    public String toCompact() {
        return payout == null ? String.valueOf(tierId) : tierId + ":" + payout;
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
