package org.offerrules.validation.model;

import java.util.List;

/**
 * The GEO targeting fields of an offer ({@code geo_*}).
 *
 * @param geoTargeting {@code geo_targeting}: 0 or 1; when 0 nothing else is required.
 * @param geoType {@code geo_type}: 1 include / 0 exclude the listed countries.
 * @param geoCountries {@code geo_countries}: the country entries.
 * @param geoEnforce {@code geo_enforce}: 0 or 1.
 * @param geoRedirectType {@code geo_redirect_type}: 0 offer / 1 GEO offer group.
 * @param geoRedirectTargetId {@code geo_redirect_target_id}: the redirect offer or group id.
 */
public record GeoTargeting(
        Integer geoTargeting,
        Integer geoType,
        List<GeoEntry> geoCountries,
        Integer geoEnforce,
        Integer geoRedirectType,
        Integer geoRedirectTargetId) {

    /** Copies the lists, keeping null elements for the rules to report. */
    public GeoTargeting {
        geoCountries = Lists.copy(geoCountries);
    }

    /** A builder with every field absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.geoTargeting = geoTargeting;
        b.geoType = geoType;
        b.geoCountries = geoCountries;
        b.geoEnforce = geoEnforce;
        b.geoRedirectType = geoRedirectType;
        b.geoRedirectTargetId = geoRedirectTargetId;
        return b;
    }

    /** Builds {@link GeoTargeting} values; not thread-safe. Setters accept null to clear a field. */
    public static final class Builder {
        private Integer geoTargeting;
        private Integer geoType;
        private List<GeoEntry> geoCountries;
        private Integer geoEnforce;
        private Integer geoRedirectType;
        private Integer geoRedirectTargetId;

        private Builder() {
        }

        /** Sets {@code geo_targeting}. */
        public Builder geoTargeting(Integer geoTargeting) {
            this.geoTargeting = geoTargeting;
            return this;
        }

        /** Sets {@code geo_type}. */
        public Builder geoType(Integer geoType) {
            this.geoType = geoType;
            return this;
        }

        /** Sets {@code geo_countries}. */
        public Builder geoCountries(List<GeoEntry> geoCountries) {
            this.geoCountries = geoCountries;
            return this;
        }

        /** Sets {@code geo_enforce}. */
        public Builder geoEnforce(Integer geoEnforce) {
            this.geoEnforce = geoEnforce;
            return this;
        }

        /** Sets {@code geo_redirect_type}. */
        public Builder geoRedirectType(Integer geoRedirectType) {
            this.geoRedirectType = geoRedirectType;
            return this;
        }

        /** Sets {@code geo_redirect_target_id}. */
        public Builder geoRedirectTargetId(Integer geoRedirectTargetId) {
            this.geoRedirectTargetId = geoRedirectTargetId;
            return this;
        }

        /** The record; never throws: the rules report what is wrong. */
        public GeoTargeting build() {
            return new GeoTargeting(geoTargeting, geoType, geoCountries, geoEnforce, geoRedirectType, geoRedirectTargetId);
        }
    }
}