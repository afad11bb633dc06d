package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.constraints.IdList;
import org.offerrules.validation.constraints.MaxItems;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the affiliate API's {@code getOfferById} request: the offers an affiliate asks for, by id,
 * narrowed to countries and categories, with the backup and GEO-redirect offers it may be sent to
 * instead (the 66xx codes; parameter names decided from the dictionary's messages, see
 * {@code docs/decisions/requests.md}).
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(GetOfferById.class)} lists the rules).
 *
 * <p>The method's page (<a href="https://support.fuseclick.com/api/afn/getoffermethods/2016/0808/224.html">224</a>)
 * gives {@code id} and {@code status} with their codes (6301, 6302, 6303) and governs them; the other
 * parameters are the brief's.
 *
 * @param id {@code id}: required, not blank (6301); comma-separated offer ids (6302), at most 100 (6608).
 * @param countries {@code countries}: comma-separated ISO 3166-1 alpha-2 codes (6820), at most 50 (6609).
 * @param categories {@code categories}: comma-separated category ids (6820), at most 50 (6610).
 * @param backupOfferId {@code backup_offer_id}: > 0 (6603).
 * @param geoRedirectOfferId {@code geo_redirect_offer_id}: > 0 (6605).
 * @param status {@code status}: an {@link OfferStatusFilter} (6303); absent: {@code All}.
 */
@GenerateBuilder
public record GetOfferById(
        @Required(6301) @NotBlank(6301) @IdList(6302) @MaxItems(code = 6608, max = 100)
        String id,
        @CountryList(6820) @MaxItems(code = 6609, max = 50)
        String countries,
        @IdList(6820) @MaxItems(code = 6610, max = 50)
        String categories,
        @Positive(6603)
        Integer backupOfferId,
        @Positive(6605)
        Integer geoRedirectOfferId,
        @OneOf(code = 6303, value = OfferStatusFilter.class)
        String status) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "getOfferById";

    /** The request without a {@code status} filter (every status). */
    public GetOfferById(String id, String countries, String categories, Integer backupOfferId,
                        Integer geoRedirectOfferId) {
        this(id, countries, categories, backupOfferId, geoRedirectOfferId, null);
    }

    /** An empty builder. */
    public static GetOfferByIdBuilder builder() {
        return new GetOfferByIdBuilder();
    }

    /** A builder holding this record's values. */
    public GetOfferByIdBuilder toBuilder() {
        return new GetOfferByIdBuilder(this);
    }
}
