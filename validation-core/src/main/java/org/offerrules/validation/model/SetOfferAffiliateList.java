package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.DisjointIds;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code setOfferAffiliateList} request: an offer's approved and blocked affiliates.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetOfferAffiliateList.class)} lists the rules).
 *
 * @param id {@code id}: the offer's id, required (6301), > 0 (6302).
 * @param approvedAffiliate {@code approved_affiliate}: comma-separated affiliate ids, each > 0 (6390).
 * @param blockedAffiliate {@code blocked_affiliate}: comma-separated affiliate ids, each > 0, none also approved (6390).
 */
@DisjointIds(field = "blockedAffiliate", other = "approvedAffiliate", code = 6390)
@GenerateBuilder
public record SetOfferAffiliateList(
        @Required(6301) @Positive(6302)
        Integer id,
        @IdList(6390)
        String approvedAffiliate,
        @IdList(6390)
        String blockedAffiliate) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setOfferAffiliateList";

    /** An empty builder. */
    public static SetOfferAffiliateListBuilder builder() {
        return new SetOfferAffiliateListBuilder();
    }

    /** A builder holding this record's values. */
    public SetOfferAffiliateListBuilder toBuilder() {
        return new SetOfferAffiliateListBuilder(this);
    }
}
