package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read requests as their vendor pages document them (issue 24), each a query string (brief 3.1: reads
 * send their parameters so) through {@code offer-lint --request}: a documented parameter is never "unknown"
 * (6820), a documented multi-select comma list is valid, and a value the page constrains gets its code at its
 * pointer. Every case names its page.
 */
class VendorReadPagesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String OFFER_REPORT = "https://support.fuseclick.com/api/afn/reportmethods/2016/0808/289.html";
    static final String CONVERSION_REPORT = "https://support.fuseclick.com/api/afn/reportmethods/2016/0808/292.html";
    static final String AFFILIATE_OFFER_REPORT =
            "https://support.fuseclick.com/api/apifaff/reportmethods/2016/0808/314.html";
    static final String AFFILIATE_CONVERSION_REPORT =
            "https://support.fuseclick.com/api/apifaff/reportmethods/2016/0808/315.html";
    static final String OFFERS_V2 = "https://support.fuseclick.com/api/v2/network/offer/2018/0423/455.html";
    static final String AFFILIATE_OFFERS_V2 = "https://support.fuseclick.com/documentation/open/gs/2024/0827/506.html";
    static final String OFFER_BY_ID = "https://support.fuseclick.com/api/afn/getoffermethods/2016/0808/224.html";
    static final String OFFERS_V1 = "https://support.fuseclick.com/api/afn/deprecated/2016/0808/222.html";
    static final String AFFILIATE_OFFERS_V1 = "https://support.fuseclick.com/api/apifaff/apimethpds/2017/1201/450.html";
    static final String GET_LINK = "https://support.fuseclick.com/api/afn/campaignmethods/2016/0808/294.html";

    private static final String PERIOD = "from=2024/01/01&to=2024/01/31%2023&timezone=8&page=1";

    record Case(String page, String request, String query, List<String> expected) {
        @Override
        public String toString() {
            return request + " " + query + " (" + page + ")";
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        // getOfferReport, network API: every filter and switch of the page, multi-selects as comma lists
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&manager=1,2&advertiser=3&offer=4,5"
                + "&country=CN,%20US&currency=1,2&category=6,7&traffic=1,2&event_private=1&revenue=0&order=DESC"
                + "&orderBy=ck_offer_name&ck_status=1&ck_advertiser=0&ck_advertiser_id=1&ck_manager=1&ck_category=1"
                + "&ck_country=1&ck_currency=0", List.of()));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&currency=1,69", List.of("6910 /currency")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&event_private=2", List.of("6431 /event_private")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&revenue=2", List.of("6432 /revenue")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&ck_status=2", List.of("6910 /ck_status")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&category=6,x", List.of("6820 /category")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&traffic=0", List.of("6820 /traffic")));
        // getConversionReport, network API
        cases.add(new Case(CONVERSION_REPORT, "getConversionReport", PERIOD + "&affiliate=1,2&advertiser=3"
                + "&click_country=CN,US&offer=4&currency=1,2&category=5&browser=chrome,firefox,opera,safari"
                + "&event_range=0&status=1,2,4&order=ASC&orderBy=ck_advertiser_name&ck_offer_id=1&ck_offer_name=1"
                + "&ck_offer_url=0&ck_currency=1&ck_advertiser_id=1&ck_advertiser_name=1&ck_advertiser_manager=1"
                + "&ck_affiliate_id=1&ck_affiliate_name=1", List.of()));
        cases.add(new Case(CONVERSION_REPORT, "getConversionReport", PERIOD + "&status=1,3", List.of("6910 /status")));
        cases.add(new Case(CONVERSION_REPORT, "getConversionReport", PERIOD + "&browser=chrome,edge",
                List.of("6820 /browser")));
        // the affiliate API's getOfferReport: its `a` and its columns
        cases.add(new Case(AFFILIATE_OFFER_REPORT, "getOfferReport", "a=2&" + PERIOD + "&offer=4&currency=3"
                + "&country=CN,US&event_range=1&order=ASC&orderBy=ck_offer_id&ck_offer_id=1&ck_offer_name=1"
                + "&ck_offer_url=1&ck_currency=1&ck_click_country=1&ck_source=1&ck_type=1&ck_brand=1&ck_model=1"
                + "&ck_os=1&ck_browser=1&ck_event_id=1&ck_event_name=1&ck_event_tkn=1&ck_gross=1", List.of()));
        cases.add(new Case(AFFILIATE_OFFER_REPORT, "getOfferReport", "a=0&" + PERIOD, List.of("6820 /a")));
        // column switches past the stored pages' cut (289, 292, 314, 315 end mid-list): any ck_ name is a switch,
        // 0 or 1 as the listed ones (6910), never an unknown parameter
        cases.add(new Case(AFFILIATE_CONVERSION_REPORT, "getConversionReport", "a=2&" + PERIOD + "&ck_sub3=1&ck_sub4=1"
                + "&ck_sub5=0&ck_payout=1&ck_conversion_time=1", List.of()));
        cases.add(new Case(CONVERSION_REPORT, "getConversionReport", PERIOD + "&ck_affiliate_manager=1&ck_revenue=2",
                List.of("6910 /ck_revenue")));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&ck_profit=x", List.of("6910 /ck_profit")));
        // orderBy: a response field, the pages' defaults a ck_ name; the direction is `order`
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&orderBy=ck_gross&order=desc", List.of()));
        cases.add(new Case(OFFER_REPORT, "getOfferReport", PERIOD + "&orderBy=offer_name", List.of("6820 /orderBy")));
        // getOffersV2: the network page's example and all its filters, the affiliate page's filters
        cases.add(new Case(OFFERS_V2, "getOffersV2", "page=1&limit=500&country=CN&status=Active", List.of()));
        cases.add(new Case(OFFERS_V2, "getOffersV2", "page=1&limit=1000&from=2018/01/01&offer_ids=3,123,445"
                + "&advertiser_ids=4,23,54&country=CN,US,CA,BD&status=Paused&event_info=1&geo_info=1&device_info=0"
                + "&cap_info=1&category_info=0&traffic_type_info=1", List.of()));
        cases.add(new Case(OFFERS_V2, "getOffersV2", "page=1&status=Running", List.of("6303 /status")));
        cases.add(new Case(OFFERS_V2, "getOffersV2", "geo_info=2", List.of("6910 /geo_info")));
        cases.add(new Case(OFFERS_V2, "getOffersV2", "offer_ids=3;4", List.of("6809 /offer_ids")));
        cases.add(new Case(AFFILIATE_OFFERS_V2, "getOffersV2", "a=2&page=1&limit=500&type=Mobile&offer_ids=3,123"
                + "&offer_name=game&country=CN,US&top_cr=10", List.of()));
        cases.add(new Case(AFFILIATE_OFFERS_V2, "getOffersV2", "a=2&type=Phone", List.of("6820 /type")));
        // 506 is cut before its sixth filter: the affiliate offer list page 450 has `category` beside the five
        cases.add(new Case(AFFILIATE_OFFERS_V2, "getOffersV2", "a=2&category=6,7", List.of()));
        cases.add(new Case(AFFILIATE_OFFERS_V2, "getOffersV2", "a=2&category=games", List.of("6820 /category")));
        // getOfferById: the page's codes
        cases.add(new Case(OFFER_BY_ID, "getOfferById", "id=1,5,6&status=All", List.of()));
        cases.add(new Case(OFFER_BY_ID, "getOfferById", "id=1,5,6&status=Running", List.of("6303 /status")));
        cases.add(new Case(OFFER_BY_ID, "getOfferById", "status=Active", List.of("6301 /id")));
        cases.add(new Case(OFFER_BY_ID, "getOfferById", "id=1;5", List.of("6302 /id")));
        // getOffers V1: the page's example, its from
        cases.add(new Case(OFFERS_V1, "getOffers", "status=active", List.of()));
        cases.add(new Case(OFFERS_V1, "getOffers", "status=expired&from=2015/10/15", List.of()));
        cases.add(new Case(OFFERS_V1, "getOffers", "status=running", List.of("6303 /status")));
        cases.add(new Case(OFFERS_V1, "getOffers", "from=2015-10-15", List.of("6820 /from")));
        // getOffers, affiliate API (V1): the page's own example, its filters, and a limit "Integer, >0"
        cases.add(new Case(AFFILIATE_OFFERS_V1, "getOffers", "a=2&page=1", List.of()));
        cases.add(new Case(AFFILIATE_OFFERS_V1, "getOffers", "a=2&page=1&limit=100&type=desktop,mobile&country=CN,US"
                + "&category=6,7&id=1,5,6&offer_name=game", List.of()));
        cases.add(new Case(AFFILIATE_OFFERS_V1, "getOffers", "a=2&page=1&limit=0", List.of("6442 /limit")));
        cases.add(new Case(AFFILIATE_OFFERS_V1, "getOffers", "a=2&page=1&type=phone", List.of("6820 /type")));
        cases.add(new Case(AFFILIATE_OFFERS_V1, "getOffers", "a=0&page=1&id=1,x",
                List.of("6820 /a", "6820 /id")));
        // getLink: the page's example and its offline codes
        cases.add(new Case(GET_LINK, "getLink", "a=2&o=12", List.of()));
        cases.add(new Case(GET_LINK, "getLink", "o=12", List.of("6401 /a")));
        cases.add(new Case(GET_LINK, "getLink", "a=2&o=0", List.of("6412 /o")));
        cases.add(new Case(GET_LINK, "getLink", "a=2,3&o=12", List.of("6402 /a")));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPageCaseHasItsFindings(Case c, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("read.query");
        Files.writeString(file, c.query() + "\n");
        Cli cli = Cli.run("--no-progress", "--format", "json", "--request", c.request(), file.toString());
        JsonNode report = JSON.readTree(cli.out());
        List<String> found = new ArrayList<>();
        report.get("violations").forEach(v -> found.add(v.get("code").asInt() + " " + v.get("pointer").asText()));
        assertThat(found).as("%s: %s", c, cli.err()).containsExactlyInAnyOrderElementsOf(c.expected());
        assertThat(cli.status()).isEqualTo(c.expected().isEmpty() ? 0 : 1);
    }

    /** 6910's range is the rule's, never the value: a comma list where one number goes was "between 1,2 and 1,2". */
    @Test
    void aRangeMessageShowsTheRulesRange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.query");
        Files.writeString(file, PERIOD + "&event_range=1,2\n" + PERIOD + "&currency=1,69\n");
        JsonNode report = JSON.readTree(Cli.run("--no-progress", "--format", "json", "--request", "getOfferReport",
                file.toString()).out());
        assertThat(report.at("/violations/0/pointer").asText()).isEqualTo("/event_range");
        assertThat(report.at("/violations/0/message").asText())
                .startsWith("Please enter a number between 0 and 1 for event_range");
        assertThat(report.at("/violations/1/message").asText())
                .isEqualTo("Please enter a number between 1 and 68 for currency");
    }

    /** The JSON form of a number list takes one number, as the query string does (`"currency": 3`). */
    @Test
    void aNumberListTakesOneJsonNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports.ndjson");
        Files.writeString(file, "{\"from\": \"2024/01/01\", \"to\": \"2024/01/31\", \"timezone\": 8, \"page\": 1,"
                + " \"currency\": 3, \"status\": 4}\n{\"from\": \"2024/01/01\", \"to\": \"2024/01/31\", \"timezone\": 8,"
                + " \"page\": 1, \"currency\": 69}\n");
        JsonNode report = JSON.readTree(Cli.run("--no-progress", "--format", "json", "--request", "getConversionReport",
                file.toString()).out());
        assertThat(report.get("violations")).hasSize(1);
        assertThat(report.at("/violations/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/violations/0/code").asInt()).isEqualTo(6910);
        assertThat(report.at("/violations/0/pointer").asText()).isEqualTo("/currency");
    }

    /** `explain` shows a code's heading with its placeholders named, not `{param_name}`. */
    @Test
    void explainShowsAReadableHeading() {
        Cli explain = Cli.run("explain", "6820");
        assertThat(explain.status()).isZero();
        assertThat(explain.out().lines().findFirst().orElseThrow()).isEqualTo("6820  Invalid <parameter> parameter.");
        assertThat(Cli.run("explain", "6910").out().lines().findFirst().orElseThrow())
                .isEqualTo("6910  Please enter a number between <min> and <max> for <parameter>");
        assertThat(Cli.run("explain", "6820").out()).doesNotContain("{param_name}");
    }
}
