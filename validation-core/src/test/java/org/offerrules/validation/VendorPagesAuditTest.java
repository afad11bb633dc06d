package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;

/**
 * The audit of the rules against the vendor's method pages (vendor11, domain brief 1.8): each finding where a page
 * and the rules disagreed, held on both engines.
 */
class VendorPagesAuditTest {

    private static List<Violation> validate(Engine engine, ValidationMode mode, Object request) {
        return OfferValidator.builder().engine(engine).mode(mode).build().validate(request).violations();
    }

    private static List<Violation> validate(Engine engine, Object request) {
        return validate(engine, ValidationMode.CREATE, request);
    }

    /**
     * The affiliate API's V1 getOffers (https://support.fuseclick.com/api/apifaff/apimethpds/2017/1201/450.html)
     * types {@code limit} "Integer, >0" and sends {@code a=2&page=1}: a size the V2 pages do not list is valid in
     * V1, and the page's own filters are the request's fields, not unknown parameters.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aV1LimitIsAnySizeAboveZeroAsTheAffiliatePageSays(Engine engine) {
        for (int limit : new int[] {1, 100, 500, 20_000}) {
            assertThat(validate(engine, ListPaging.builder().a(2).page(1).limit(limit).build())).as("limit " + limit)
                    .isEmpty();
        }
        for (int limit : new int[] {0, -500}) {
            assertThat(validate(engine, ListPaging.builder().a(2).page(1).limit(limit).build()))
                    .extracting(Violation::codeNumber, Violation::pointer)
                    .containsExactly(tuple(6442, "/limit"));
        }
        // V2 keeps the four sizes of its pages (455, 506)
        assertThat(validate(engine, Requests.pagingV2().toBuilder().limit(100).build()))
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6911, "/limit"));
    }

    /** The five components ListPaging had before the affiliate page's filters still make one (review11). */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void theConstructorOfTheFiveComponentsBeforeTheAuditStays(Engine engine) {
        ListPaging paging = new ListPaging(1, 500, "id", "active", "2030/01/32");
        assertThat(paging).isEqualTo(ListPaging.builder().page(1).limit(500).orderBy("id").status("active")
                .from("2030/01/32").build());
        assertThat(validate(engine, paging)).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6820, "/from"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theAffiliatePagesV1FiltersAreCheckedEachAtItsOwnPointer(Engine engine) {
        ListPaging page = ListPaging.builder().a(2).page(1).type("Desktop, mobile,TABLET").country("cn, US")
                .category("6,7").id("3,123,445").offerName("VPN").build();
        assertThat(validate(engine, page)).isEmpty();

        ListPaging bad = page.toBuilder().a(-2).type("desktop,phone").country("CN,UK").category("6,,7").id("1,x")
                .build();
        assertThat(validate(engine, bad)).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactlyInAnyOrder(tuple(6820, "/a"), tuple(6820, "/type"), tuple(6820, "/country"),
                        tuple(6820, "/category"), tuple(6820, "/id"));
    }

    /**
     * Countries are compared letter case aside (decided in issue 24 from the changeOfferApplicationStatus page's own
     * {@code "approve"}); the rule sentences said "(upper case)", which the rules never held a value to.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCountryInLowerCaseIsValidAndItsRuleSaysSo(Engine engine) {
        SetAdvertiser advertiser = Requests.advertiser().toBuilder().country("ca").state("on").build();
        assertThat(validate(engine, advertiser)).isEmpty();
        assertThat(validate(engine, advertiser.toBuilder().country("uk").state(null).build()))
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6121, "/country"));
        ReportQuery report = Requests.report().toBuilder().country("cn, us").clickCountry("gb").build();
        assertThat(validate(engine, report)).isEmpty();
        assertThat(validate(engine, Offers.full().toBuilder()
                .geo(Offers.full().geo().toBuilder().geoCountries(List.of(GeoEntry.include("us", "tx"))).build())
                .build())).isEmpty();

        assertThat(sentences(Request.SET_ADVERTISER.catalog(), 6121, "/country"))
                .containsExactly("`country` must be an ISO 3166-1 alpha-2 country code (letter case aside).");
        assertThat(sentences(Request.GET_OFFER_REPORT.catalog(), 6820, "/click_country")).containsExactly(
                "`click_country` must be comma-separated ISO 3166-1 alpha-2 country codes (letter case aside).");
        assertThat(sentences(Request.SET_OFFER.catalog(), 6357, "/geo_countries/*")).containsExactly(
                "`geo_countries`: an entry's country is an ISO 3166-1 alpha-2 code, letter case aside");
    }

    /**
     * setAffiliateBaseInfo's page (https://support.fuseclick.com/api/afn/setaffiliateapimethods/2016/0808/267.html)
     * marks {@code password} "*Required" without "for Creating"; decided (decisions/requests.md): required on
     * create only, since an update that leaves the password out is what the update rules of every request allow.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAffiliatesPasswordIsRequiredOnCreateOnly(Engine engine) {
        SetAffiliateBaseInfo affiliate = AffiliateRequests.affiliate();
        assertThat(validate(engine, affiliate.toBuilder().password(null).build()))
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6218, "/password"));
        assertThat(validate(engine, ValidationMode.UPDATE,
                SetAffiliateBaseInfo.builder().id(7).status("Active").build())).isEmpty();
    }

    private static List<String> sentences(RuleCatalog catalog, int code, String pointer) {
        return catalog.rules(code).stream().filter(r -> r.pointer().equals(pointer)).map(Rule::sentence).toList();
    }
}
