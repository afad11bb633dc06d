package org.offerrules.validation.model;

import java.util.List;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.GeoCountries;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.constraints.Requires;

/**
 * The GEO targeting fields of an offer ({@code geo_*}).
 *
 * @param geoTargeting {@code geo_targeting}: 0 or 1 (6352); required when any GEO field is given (6351); when 0 nothing else is required.
 * @param geoType {@code geo_type}: 1 include / 0 exclude the listed countries (6354); required when targeting is on (6353).
 * @param geoCountries {@code geo_countries}: the country entries (6356, 6357, 6358, 6359); required, not empty, when targeting is on (6355).
 * @param geoEnforce {@code geo_enforce}: 0 or 1 (6361); required when targeting is on (6360).
 * @param geoRedirectType {@code geo_redirect_type}: 0 offer / 1 GEO offer group (6363); required when enforce is on (6362).
 * @param geoRedirectTargetId {@code geo_redirect_target_id}: the redirect offer or group id, > 0 (6365); required when enforce is on (6364).
 */
@RequiredWithAny(field = "geoTargeting", others = {"geoType", "geoCountries", "geoEnforce", "geoRedirectType", "geoRedirectTargetId"}, code = 6351, groups = {Create.class, Merge.class})
@Requires(field = "geoType", when = "geoTargeting", in = "1", code = 6353, groups = {Create.class, Merge.class})
@Requires(field = "geoCountries", when = "geoTargeting", in = "1", code = 6355, groups = {Create.class, Merge.class})
@Requires(field = "geoEnforce", when = "geoTargeting", in = "1", code = 6360, groups = {Create.class, Merge.class})
@Requires(field = "geoRedirectType", when = "geoEnforce", in = "1", code = 6362, groups = {Create.class, Merge.class})
@Requires(field = "geoRedirectTargetId", when = "geoEnforce", in = "1", code = 6364, groups = {Create.class, Merge.class})
@GenerateBuilder
public record GeoTargeting(
        @Flag(6352)
        Integer geoTargeting,
        @Flag(6354)
        Integer geoType,
        @GeoCountries(malformedCode = 6356, countryCode = 6357, regionRuleCode = 6358, regionCode = 6359)
        List<GeoEntry> geoCountries,
        @Flag(6361)
        Integer geoEnforce,
        @Flag(6363)
        Integer geoRedirectType,
        @Positive(6365)
        Integer geoRedirectTargetId) {

    /** Copies the lists, keeping null elements for the rules to report. */
    public GeoTargeting {
        geoCountries = Lists.copy(geoCountries);
    }

    /** A builder with every field absent. */
    public static GeoTargetingBuilder builder() {
        return new GeoTargetingBuilder();
    }

    /** A builder holding this record's values. */
    public GeoTargetingBuilder toBuilder() {
        return new GeoTargetingBuilder(this);
    }
}
