package org.offerrules.validation.model;

import java.util.List;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.constraints.TierPayouts;

/**
 * The payout-tier fields of an offer.
 *
 * @param enablePayoutTier {@code enable_payout_tier}: 0 or 1 (6332); required when {@code tier_payout} is given (6331).
 * @param tierPayout {@code tier_payout}: the compact {@code tierId:payout,...} list (6334); required when enabled (6333).
 */
@RequiredWithAny(field = "enablePayoutTier", others = "tierPayout", code = 6331, groups = {Create.class, Merge.class})
@Requires(field = "tierPayout", when = "enablePayoutTier", in = "1", code = 6333, groups = {Create.class, Merge.class})
@GenerateBuilder
public record PayoutTiers(
        @Flag(6332)
        Integer enablePayoutTier,
        @TierPayouts(6334)
        List<PayoutTier> tierPayout) {

    /** Copies the lists, keeping null elements for the rules to report. */
    public PayoutTiers {
        tierPayout = Lists.copy(tierPayout);
    }

    /** A builder with every field absent. */
    public static PayoutTiersBuilder builder() {
        return new PayoutTiersBuilder();
    }

    /** A builder holding this record's values. */
    public PayoutTiersBuilder toBuilder() {
        return new PayoutTiersBuilder(this);
    }
}
