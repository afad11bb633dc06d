package org.offerrules.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offerrules.validation.constraints.TierPayouts;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link TierPayouts}: integer ids greater than 0, payouts of at least 0, no id twice. */
public final class TierPayoutsValidator extends RuleValidator<TierPayouts, List<PayoutTier>> {

    private int code;

    @Override
    public void initialize(TierPayouts annotation) {
        code = annotation.value();
    }

    @Override
    public void check(List<PayoutTier> tiers, Reporter reporter) {
        if (tiers == null) {
            return;
        }
        int n = tiers.size();
        // a set only for long lists: the usual handful is cheaper to scan, a hostile one must not be quadratic
        Set<Long> seen = n > 16 ? new HashSet<>() : null;
        for (int i = 0; i < n; i++) {
            PayoutTier tier = tiers.get(i);
            long tierId = tier == null ? -1 : tierId(tier.tierId());
            boolean duplicate = tierId > 0 && (seen != null ? !seen.add(tierId) : seenBefore(tiers, i, tierId));
            if (tierId <= 0 || !isPayout(tier.payout()) || duplicate) {
                String id = tier == null ? "" : String.valueOf(tier.tierId());
                reporter.report(code, tier == null ? null : tier.toCompact(), Map.of("tierId", id));
            }
        }
    }

    /** The tier id as a positive int, or -1 when it is not one. */
    public static long tierId(String text) {
        if (text == null || text.isEmpty() || text.length() > 10) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > Integer.MAX_VALUE ? -1 : v;
    }

    /** A decimal number of at least 0: digits with an optional fraction, no sign or exponent. */
    static boolean isPayout(String text) {
        if (text == null || text.isEmpty() || text.length() > 32) {
            return false;
        }
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dot != 0 && dot != text.length() - 1;
    }

    /** Whether a tier before {@code i} has the positive tier id {@code id}. */
    private static boolean seenBefore(List<PayoutTier> tiers, int i, long id) {
        for (int k = 0; k < i; k++) {
            PayoutTier other = tiers.get(k);
            if (other != null && tierId(other.tierId()) == id) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void schema(TierPayouts annotation, SchemaPiece piece) {
        String tier = "0*[1-9][0-9]*:[0-9]+(\\.[0-9]+)?";
        piece.pattern("^(" + tier + "(," + tier + ")*)?$");
    }
}
