package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.CapType;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.Offer;

/** Where the vendor's own method pages decide (domain brief 1.8), on both engines. */
class VendorConformanceTest {

    private static ValidationReport validate(Engine engine, Offer offer) {
        return OfferValidator.builder().engine(engine).build().validate(offer);
    }

    private static Offer withCaps(CapType type, double overall) {
        Caps caps = Offers.caps().toBuilder().capType(type).capOverallLimit(overall).build();
        return Offers.full().toBuilder().caps(caps).build();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBudgetCapIsMoneyAndMayHaveDecimals(Engine engine) {
        assertThat(validate(engine, withCaps(CapType.BUDGET, 1500.5)).violations()).isEmpty();
        Caps allDecimal = Offers.caps().toBuilder().capType(CapType.BUDGET).capOverallLimit(1000.25)
                .capIntervalLimit(100.5).capAffiliateOverallLimit(500.75).capAffiliateIntervalLimit(50.01).build();
        assertThat(validate(engine, Offers.full().toBuilder().caps(allDecimal).build()).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aConversionCapCountsConversionsAndMustBeWhole(Engine engine) {
        assertThat(validate(engine, withCaps(CapType.CONVERSION, 1500.5)).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6340, "/cap_overall_limit"));
        assertThat(validate(engine, withCaps(CapType.CONVERSION, 1500)).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void withoutAValidCapTypeDecimalsPass(Engine engine) {
        Caps unknownType = Offers.caps().toBuilder().capType("Clicks").capOverallLimit(1500.5).build();
        assertThat(validate(engine, Offers.full().toBuilder().caps(unknownType).build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6338, "/cap_type"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDecimalBelowZeroIsNoLimit(Engine engine) {
        // -1 is "unlimited"; -1.5 is neither a positive limit nor -1 (and not whole, reported once)
        assertThat(validate(engine, withCaps(CapType.CONVERSION, -1.5)).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6340, "/cap_overall_limit"));
        Caps small = Offers.caps().toBuilder().capType(CapType.BUDGET).capOverallLimit(0.5).capIntervalLimit(-1L)
                .capAffiliateOverallLimit(-1L).capAffiliateIntervalLimit(-1L).build();
        assertThat(validate(engine, Offers.full().toBuilder().caps(small).build()).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAppStoreIdMayComeWithOrWithoutItsIdPrefix(Engine engine) {
        for (String valid : new String[] {"284882215", "id284882215", "12345", "id123456789012", "com.example.app"}) {
            assertThat(validate(engine, Offers.minimal().toBuilder().appId(valid).build()).violations())
                    .as(valid).isEmpty();
        }
        for (String invalid : new String[] {"appid_packagename", "1234", "1234567890123", "id1234", "id12a45678", ""}) {
            assertThat(validate(engine, Offers.minimal().toBuilder().appId(invalid).build()).violations())
                    .as(invalid)
                    .extracting(Violation::codeNumber, Violation::pointer)
                    .containsExactly(tuple(63993, "/app_id"));
        }
    }

    /**
     * Letter case (issue 24; docs/decisions/vendor-conformance.md): the changeOfferApplicationStatus page
     * (https://support.fuseclick.com/api/afn/setofferMethods/2016/1227/394.html) lists {@code Approve} and sends
     * {@code approve}, so the API reads a named value whatever its letter case; the one rule holds for every
     * named value and every country and region. Each of these was an error before (6303, 6357, 6359, 6121,
     * 6122, 6368); spelling still counts.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyNamedValueCountryAndRegionIsReadLetterCaseAside(Engine engine) {
        OfferValidator validator = OfferValidator.builder().engine(engine).build();
        Offer lower = Offers.full().toBuilder().status("active").type("MOBILE")
                .geo(Offers.full().geo().toBuilder().geoCountries(java.util.List.of(
                        org.offerrules.validation.model.GeoEntry.parse("us:1:tx;Ca"))).build())
                .caps(Offers.caps().toBuilder().capType("conversion").capOverallLimit(1500.5).build()).build();
        // the cap type read as Conversion still makes a decimal limit 6340: the rules read the value as the API does
        assertThat(validator.validate(lower).violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6340, "/cap_overall_limit"));
        assertThat(validator.validate(lower.toBuilder().caps(Offers.caps()).build()).violations()).isEmpty();
        assertThat(validator.validate(org.offerrules.validation.model.SetAdvertiser.builder().email("ads@example.com")
                .status("ACTIVE").company("Acme").firstName("Ada").country("us").state("ca").build()).violations())
                .isEmpty();
        assertThat(validator.validate(org.offerrules.validation.model.ChangeOfferApplicationStatus.builder().id(12)
                .action("Approve").build()).violations()).isEmpty();
        assertThat(validator.validate(Offers.full().toBuilder().payoutType("cpa + cps").payout(1.0).payoutPercent(10.0)
                .build()).violations()).isEmpty();
        assertThat(validator.validate(Offers.full().toBuilder().status("Actived").build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6303, "/status"));
        assertThat(validator.validate(Offers.full().toBuilder().payoutType("cpa  + cps").build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).contains(tuple(6368, "/payout_type"));
    }
}
