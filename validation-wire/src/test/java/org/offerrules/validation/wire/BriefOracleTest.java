package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;

/**
 * Engine agreement against an oracle that shares no check code: literal documents with the (code,
 * pointer) lists the domain brief's tables give them ({@code offer-model.md} sections 1.1 to 1.8 and 2,
 * where the vendor's method pages overrule the brief as 1.8 says), and the vendor's own examples, read
 * and validated by each engine. Both engines share every rule's {@code check()}, so their agreement
 * alone proves little about the rules: here each must agree with the table.
 *
 * <p>Single quotes stand for double quotes. A create row is the base document below with the row's
 * members put in (replacing a member of the same name; {@code absent} removes it); an update row is
 * {@code {"id": 1, ...}} with the row's members.
 */
class BriefOracleTest {

    /** A valid create document: every field the brief's table 1.1 requires on create. */
    private static final String BASE = "'advertiser_id': 12, 'name': 'Summer Sale', 'status': 'Active',"
            + " 'expire_date': '2030/12/31', 'type': 'Mobile', 'url': 'https://t.example.com/c?tid={TID}',"
            + " 'access_type': 'Public', 'ssl': 1, 'tracking_protocol': 'Server Postback URL', 'currency': 1,"
            + " 'payout_type': 'CPA', 'payout': 2.5";

    /** An initial event valid by the brief (1.6) and by the event page (1.8: its prices required on create). */
    private static final String INITIAL = "{'id': 1, 'event_name': 'Install', 'pre_event_id': -1, 'status': 1,"
            + " 'is_private': 0, 'is_end_point': 0, 'revenue_type': 'RPA', 'revenue': 2, 'payout_type': 'CPA', 'payout': 1}";

    private static String event(int id, int pre, String more) {
        return "{'id': " + id + ", 'e_tkn': 'ev" + id + "', 'event_name': 'Event " + id + "', 'pre_event_id': " + pre
                + ", 'revenue_type': 'RPA', 'revenue': 2, 'payout_type': 'CPA', 'payout': 1" + more + "}";
    }

    private static final Engine[] ENGINES = Engine.values();
    private static final Map<Engine, OfferValidator> VALIDATORS = new LinkedHashMap<>();

    static {
        for (Engine e : ENGINES) {
            VALIDATORS.put(e, OfferValidator.builder().engine(e).build());
        }
    }

    static Stream<Arguments> rows() {
        List<Row> rows = new ArrayList<>();
        // --- 1.1 presence on create (the rows whose "missing" code the table gives)
        rows.add(create("the base document", ""));
        rows.add(create("advertiser_id missing", "'advertiser_id': absent", "6305 /advertiser_id"));
        rows.add(create("name missing", "'name': absent", "6308 /name"));
        rows.add(create("status missing", "'status': absent", "6310 /status"));
        rows.add(create("expire_date missing", "'expire_date': absent", "6311 /expire_date"));
        rows.add(update("id missing on update", null, "6301 /id"));
        // --- 1.1 price model
        rows.add(create("flat payout type without payout", "'payout': absent", "6382 /payout"));
        rows.add(create("percentage payout type without percent", "'payout_type': 'CPS', 'payout': absent,"
                + " 'payout_percent': absent", "6382 /payout_percent"));
        rows.add(create("percentage payout type with percent", "'payout_type': 'CPS', 'payout': absent,"
                + " 'payout_percent': 30"));
        rows.add(create("combined payout type needs both", "'payout_type': 'CPA+CPS'", "6382 /payout_percent"));
        rows.add(create("combined payout type with both", "'payout_type': 'CPA+CPS', 'payout_percent': 10"));
        rows.add(create("flat revenue type without revenue", "'revenue_type': 'RPC'", "6383 /revenue"));
        rows.add(create("percentage revenue type without percent", "'revenue_type': 'RPS'", "6383 /revenue_percent"));
        rows.add(create("combined revenue type with both", "'revenue_type': 'RPA+RPS', 'revenue': 1, 'revenue_percent': 5"));
        // --- 1.1 values
        rows.add(update("id 0", "'id': 0", "6302 /id"));
        rows.add(update("advertiser_id 0", "'advertiser_id': 0", "6306 /advertiser_id"));
        rows.add(update("advertiser_id in a string (1.8)", "'advertiser_id': '12'"));
        rows.add(update("a negative advertiser_id in a string (1.8)", "'advertiser_id': '-3'", "6306 /advertiser_id"));
        rows.add(update("a boolean advertiser_id (1.8)", "'advertiser_id': true", "6306 /advertiser_id"));
        rows.add(update("name blank", "'name': '   '", "6309 /name"));
        rows.add(update("name empty", "'name': ''", "6309 /name"));
        accepted(rows, "status", "Active", "Pending", "Paused", "Expired", "Archived");
        rows.add(update("status Live", "'status': 'Live'", "6303 /status"));
        rows.add(update("expire_date with dashes", "'expire_date': '2030-12-31'", "6398 /expire_date"));
        rows.add(update("expire_date with an hour", "'expire_date': '2030/12/31 23'"));
        rows.add(update("expire_date impossible", "'expire_date': '2030/02/30'", "6312 /expire_date"));
        accepted(rows, "type", "Desktop", "Mobile", "Tablet");
        rows.add(update("type TV", "'type': 'TV'", "6314 /type"));
        accepted(rows, "conversion_point", "Email Submit", "DOI", "SOI", "Download and Install", "Sale Offer/Credit Required",
                "SMS Confirmation", "PIN-Submit");
        rows.add(update("conversion_point Lead", "'conversion_point': 'Lead'", "6315 /conversion_point"));
        rows.add(update("preview_url https", "'preview_url': 'https://www.example.com/landing'"));
        rows.add(update("preview_url ftp", "'preview_url': 'ftp://www.example.com/landing'", "6316 /preview_url"));
        rows.add(update("url without {TID}", "'url': 'https://t.example.com/c'", "6313 /url"));
        rows.add(update("url not absolute", "'url': 't.example.com/c?tid={TID}'", "6317 /url"));
        accepted(rows, "access_type", "Private", "Public", "Need Approval");
        rows.add(update("access_type Open", "'access_type': 'Open'", "6318 /access_type"));
        rows.add(update("ssl 0", "'ssl': 0"));
        rows.add(update("ssl 2", "'ssl': 2", "6319 /ssl"));
        rows.add(update("ssl in a string (1.8)", "'ssl': '1'"));
        accepted(rows, "tracking_protocol", "Server Postback URL", "iFrame Pixel", "Image Pixel");
        rows.add(update("tracking_protocol Postback", "'tracking_protocol': 'Postback'", "6320 /tracking_protocol"));
        rows.add(update("need_security_token 2", "'need_security_token': 2", "6321 /need_security_token"));
        rows.add(update("force_unique 2", "'force_unique': 2", "6322 /force_unique"));
        accepted(rows, "session_lifespan", "1 Day", "1 Week", "2 Weeks", "1 Month", "3 Months", "6 Months");
        rows.add(update("session_lifespan 1 Year", "'session_lifespan': '1 Year'", "6323 /session_lifespan"));
        rows.add(update("currency 68", "'currency': 68"));
        rows.add(update("currency 69", "'currency': 69", "6324 /currency"));
        rows.add(update("currency 0", "'currency': 0", "6324 /currency"));
        rows.add(update("price_model CPA", "'price_model': 'CPA'"));
        rows.add(update("price_model CPM", "'price_model': 'CPM'", "6325 /price_model"));
        accepted(rows, "payout_type", "CPA", "CPC", "CPS", "CPI", "CPA+CPS");
        rows.add(update("payout_type CPM", "'payout_type': 'CPM'", "6368 /payout_type"));
        // 1.8: the offer and event pages list no CPL and no RPL (the brief had them from client code)
        rows.add(update("payout_type CPL (1.8: not on the pages)", "'payout_type': 'CPL'", "6368 /payout_type"));
        rows.add(update("price_model CPL (1.8: not on the pages)", "'price_model': 'CPL'", "6325 /price_model"));
        rows.add(update("revenue_type RPL (1.8: not on the pages)", "'revenue_type': 'RPL'", "6369 /revenue_type"));
        rows.add(update("payout -1", "'payout': -1", "6327 /payout"));
        rows.add(update("payout 0", "'payout': 0"));
        rows.add(update("payout in a string (1.8)", "'payout': '1.5'"));
        rows.add(update("payout_percent 100", "'payout_percent': 100"));
        rows.add(update("payout_percent 101", "'payout_percent': 101", "6329 /payout_percent"));
        accepted(rows, "revenue_type", "RPA", "RPC", "RPS", "RPI", "RPA+RPS");
        rows.add(update("revenue_type RPX", "'revenue_type': 'RPX'", "6369 /revenue_type"));
        rows.add(update("revenue -1", "'revenue': -1", "6326 /revenue"));
        rows.add(update("revenue_percent 101", "'revenue_percent': 101", "6328 /revenue_percent"));
        rows.add(update("hide_referrer 2", "'hide_referrer': 2", "6392 /hide_referrer"));
        rows.add(update("secondary_offer 0", "'secondary_offer': 0"));
        rows.add(update("secondary_offer -1", "'secondary_offer': -1", "6330 /secondary_offer"));
        rows.add(update("secondary_offer its own id", "'secondary_offer': 1", "6330 /secondary_offer"));
        rows.add(update("description at most 65,535", "'description': '" + "d".repeat(65_535) + "'"));
        rows.add(update("description over 65,535", "'description': '" + "d".repeat(65_536) + "'", "63990 /description"));
        rows.add(update("restriction over 65,535", "'restriction': '" + "r".repeat(65_536) + "'", "63991 /restriction"));
        rows.add(update("categories 6,7", "'categories': '6,7'"));
        rows.add(update("categories with a 0", "'categories': '6,0'", "6387 /categories"));
        rows.add(update("categories not ids", "'categories': 'six'", "63992 /categories"));
        accepted(rows, "app_id", "com.example.app", "id284882215", "284882215");
        rows.add(update("app_id the vendor's placeholder (1.8)", "'app_id': 'appid_packagename'", "63993 /app_id"));
        rows.add(update("app_id 4 digits (1.8)", "'app_id': '1234'", "63993 /app_id"));
        // --- 1.2 caps
        String caps = "'has_cap_limit': 1, 'cap_type': 'Budget', 'cap_overall_limit': 1000, 'cap_interval': 'Daily',"
                + " 'cap_interval_limit': 500, 'cap_affiliate_overall_limit': 300, 'cap_affiliate_interval': 'Weekly',"
                + " 'cap_affiliate_interval_limit': 100";
        rows.add(create("caps off", "'has_cap_limit': 0"));
        rows.add(create("caps on, every field", caps));
        rows.add(create("caps on, no field", "'has_cap_limit': 1", "6337 /cap_type", "6339 /cap_overall_limit",
                "6341 /cap_interval", "6343 /cap_interval_limit", "6345 /cap_affiliate_overall_limit",
                "6347 /cap_affiliate_interval", "6349 /cap_affiliate_interval_limit"));
        rows.add(create("has_cap_limit 2", caps + ", 'has_cap_limit': 2", "6336 /has_cap_limit"));
        rows.add(create("cap_type Clicks", caps + ", 'cap_type': 'Clicks'", "6338 /cap_type"));
        rows.add(create("cap_interval Yearly", caps + ", 'cap_interval': 'Yearly'", "6342 /cap_interval"));
        rows.add(create("cap_affiliate_interval Yearly", caps + ", 'cap_affiliate_interval': 'Yearly'",
                "6348 /cap_affiliate_interval"));
        rows.add(create("cap_overall_limit 0", caps + ", 'cap_overall_limit': 0", "6340 /cap_overall_limit"));
        rows.add(create("unlimited limits (-1)", caps + ", 'cap_overall_limit': -1, 'cap_interval_limit': -1"));
        rows.add(create("a Budget limit with decimals (1.8)", caps + ", 'cap_overall_limit': 1500.5"));
        rows.add(create("a Conversion limit with decimals (1.8)", caps + ", 'cap_type': 'Conversion',"
                + " 'cap_overall_limit': 1500.5", "6340 /cap_overall_limit"));
        rows.add(create("Conversion interval limits with decimals (1.8)", caps + ", 'cap_type': 'Conversion',"
                + " 'cap_interval_limit': 10.5, 'cap_affiliate_overall_limit': 5.5, 'cap_affiliate_interval_limit': 2.5",
                "6344 /cap_interval_limit", "6346 /cap_affiliate_overall_limit", "6350 /cap_affiliate_interval_limit"));
        rows.add(create("the overall limit below the interval limit", caps + ", 'cap_overall_limit': 400",
                "6399 /cap_overall_limit"));
        rows.add(create("cap_range 2", "'cap_range': 2", "6384 /cap_range"));
        // --- 1.3 GEO
        String geo = "'geo_targeting': 1, 'geo_type': 1, 'geo_countries': ['US:1:TX', 'CA:0:BC;NT;NU'], 'geo_enforce': 0";
        rows.add(create("GEO off", "'geo_targeting': 0"));
        rows.add(create("GEO on, every field", geo));
        rows.add(create("GEO on, no field", "'geo_targeting': 1", "6353 /geo_type", "6355 /geo_countries",
                "6360 /geo_enforce"));
        rows.add(create("geo_targeting 2", geo + ", 'geo_targeting': 2", "6352 /geo_targeting"));
        rows.add(create("geo_type 2", geo + ", 'geo_type': 2", "6354 /geo_type"));
        rows.add(create("an unknown country", geo + ", 'geo_countries': ['US', 'XX']", "6357 /geo_countries/1"));
        rows.add(create("a region mode that is not 0 or 1", geo + ", 'geo_countries': ['US:2:TX']",
                "6358 /geo_countries/0"));
        rows.add(create("an unknown region", geo + ", 'geo_countries': ['US:1:ZZ']", "6359 /geo_countries/0"));
        rows.add(create("the vendor's GEO example (1.8)", geo + ", 'geo_countries': ['CA:0:BS;SK']",
                "6359 /geo_countries/0"));
        rows.add(create("a malformed entry", geo + ", 'geo_countries': ['US:1:TX:x']", "6356 /geo_countries/0"));
        rows.add(create("enforce without a redirect", geo + ", 'geo_enforce': 1", "6362 /geo_redirect_type",
                "6364 /geo_redirect_target_id"));
        rows.add(create("enforce with a redirect", geo + ", 'geo_enforce': 1, 'geo_redirect_type': 0,"
                + " 'geo_redirect_target_id': 7"));
        rows.add(create("geo_enforce 2", geo + ", 'geo_enforce': 2", "6361 /geo_enforce"));
        rows.add(create("geo_redirect_type 2", geo + ", 'geo_enforce': 1, 'geo_redirect_type': 2,"
                + " 'geo_redirect_target_id': 7", "6363 /geo_redirect_type"));
        rows.add(create("geo_redirect_target_id 0", geo + ", 'geo_enforce': 1, 'geo_redirect_type': 1,"
                + " 'geo_redirect_target_id': 0", "6365 /geo_redirect_target_id"));
        // --- 1.4 device targeting
        String device = "'device_targeting': 1, 'device_rules': ['0:Device Brand:ASUS;BlackBerry', '1:OS:iOS;Windows phone']";
        rows.add(create("device targeting, the vendor's rules, no redirect (decided: optional)", device));
        rows.add(create("device targeting on, no rules", "'device_targeting': 1", "6373 /device_rules"));
        rows.add(create("device_targeting 2", device + ", 'device_targeting': 2", "6372 /device_targeting"));
        rows.add(create("a rule's mode that is not 0 or 1", device + ", 'device_rules': ['2:OS:iOS']",
                "6375 /device_rules/0"));
        rows.add(create("an unknown rule parameter", device + ", 'device_rules': ['1:OS:iOS', '1:Color:red']",
                "6376 /device_rules/1"));
        rows.add(create("a rule without a value", device + ", 'device_rules': ['1:OS:']", "6377 /device_rules/0"));
        rows.add(create("a malformed rule", device + ", 'device_rules': ['OS']", "6374 /device_rules/0"));
        rows.add(create("device_redirect_offer_id 0", device + ", 'device_redirect_offer_id': 0"));
        rows.add(create("device_redirect_offer_id -1", device + ", 'device_redirect_offer_id': -1",
                "6380 /device_redirect_offer_id"));
        // --- 1.5 payout tiers
        rows.add(create("tiers enabled and given", "'enable_payout_tier': 1, 'tier_payout': '1:2.5,2:3'"));
        rows.add(create("tiers given but not enabled", "'tier_payout': '1:2.5'", "6331 /enable_payout_tier"));
        rows.add(create("tiers enabled but not given", "'enable_payout_tier': 1", "6333 /tier_payout"));
        rows.add(create("enable_payout_tier 2", "'enable_payout_tier': 2, 'tier_payout': '1:2.5'",
                "6332 /enable_payout_tier"));
        rows.add(create("a tier id 0", "'enable_payout_tier': 1, 'tier_payout': '0:2'", "6334 /tier_payout"));
        rows.add(create("a tier payout below 0", "'enable_payout_tier': 1, 'tier_payout': '1:-1'", "6334 /tier_payout"));
        rows.add(create("a tier twice", "'enable_payout_tier': 1, 'tier_payout': '1:2,1:3'", "6334 /tier_payout"));
        // --- 1.6 events
        rows.add(create("no events", "'events': []"));
        rows.add(create("one initial event", "'events': [" + INITIAL + "]"));
        rows.add(create("an initial event and a chain", "'events': [" + INITIAL + ", " + event(2, 1, "") + ", "
                + event(3, 2, "") + "]"));
        rows.add(create("no initial event", "'events': [" + event(2, 3, "") + ", " + event(3, 2, "") + "]",
                "6385 /events", "6744 /events/0/pre_event_id")); // 2 and 3 wait for each other: a cycle
        rows.add(create("eleven events", "'events': [" + INITIAL + ", " + String.join(", ", Stream.iterate(2, i -> i + 1)
                .limit(10).map(i -> event(i, i - 1, "")).toList()) + "]", "6706 /events"));
        rows.add(create("an inactive initial event", "'events': [" + INITIAL.replace("'status': 1", "'status': 0") + "]",
                "6733 /events/0/status"));
        rows.add(create("a private initial event", "'events': [" + INITIAL.replace("'is_private': 0", "'is_private': 1")
                + "]", "6734 /events/0/is_private"));
        rows.add(create("an initial end point", "'events': [" + INITIAL.replace("'is_end_point': 0", "'is_end_point': 1")
                + "]", "6735 /events/0/is_end_point"));
        rows.add(create("an event id 0", "'events': [" + INITIAL + ", " + event(0, 1, "") + "]", "6702 /events/1/id"));
        rows.add(create("an event token with a space", "'events': [" + INITIAL + ", " + event(2, 1, ", 'e_tkn': 'a b'")
                .replace("'e_tkn': 'ev2', ", "") + "]", "6708 /events/1/e_tkn"));
        rows.add(create("a non-initial event without a token", "'events': [" + INITIAL + ", "
                + event(2, 1, "").replace("'e_tkn': 'ev2', ", "") + "]", "6707 /events/1/e_tkn"));
        rows.add(create("an event without a name", "'events': [" + INITIAL.replace("'event_name': 'Install', ", "") + "]",
                "6710 /events/0/event_name"));
        rows.add(create("event flags of 2", "'events': [" + INITIAL + ", " + event(2, 1, ", 'status': 2, 'is_private': 2,"
                + " 'is_end_point': 2, 'need_approval': 2, 'can_multiply_conversion': 2") + "]", "6712 /events/1/status",
                "6725 /events/1/is_private", "6727 /events/1/is_end_point", "6728 /events/1/need_approval",
                "6729 /events/1/can_multiply_conversion"));
        rows.add(create("an event tracking_method Postback", "'events': [" + INITIAL + ", "
                + event(2, 1, ", 'tracking_method': 'Postback'") + "]", "6726 /events/1/tracking_method"));
        rows.add(create("an event pre_event_id of its own id", "'events': [" + INITIAL + ", " + event(2, 2, "") + "]",
                "6731 /events/1/pre_event_id"));
        rows.add(create("an event pre_event_id of no event", "'events': [" + INITIAL + ", " + event(2, 9, "") + "]",
                "6732 /events/1/pre_event_id"));
        rows.add(create("event prices out of range", "'events': [" + INITIAL + ", " + event(2, 1, "")
                .replace("'revenue': 2", "'revenue': -1").replace("'payout': 1", "'payout': -1") + "]",
                "6717 /events/1/revenue", "6723 /events/1/payout"));
        rows.add(create("event price types unknown", "'events': [" + INITIAL + ", " + event(2, 1, "")
                .replace("'RPA'", "'RPX'").replace("'CPA'", "'CPX'") + "]",
                "6714 /events/1/revenue_type", "6720 /events/1/payout_type"));
        rows.add(create("event price types CPL and RPL (1.8: not on the event page)", "'events': [" + INITIAL + ", "
                + event(2, 1, "").replace("'RPA'", "'RPL'").replace("'CPA'", "'CPL'") + "]",
                "6714 /events/1/revenue_type", "6720 /events/1/payout_type"));
        rows.add(create("an event without a payout type", "'events': [" + INITIAL.replace("'payout_type': 'CPA', ", "")
                + "]", "6719 /events/0/payout_type"));
        rows.add(create("an event with a flat payout type and no payout", "'events': ["
                + INITIAL.replace(", 'payout': 1", "") + "]", "6721 /events/0/payout"));
        rows.add(create("an event conversion_point Lead", "'events': [" + INITIAL.replace("}", ", 'conversion_point':"
                + " 'Lead'}") + "]", "6745 /events/0/conversion_point"));
        // --- 2: the vendor's examples of the other requests, and their own rows
        rows.add(new Row("changeOfferApplicationStatus, the vendor's example", Request.CHANGE_OFFER_APPLICATION_STATUS,
                "{'id': 12, 'action': 'approve'}", ValidationMode.CREATE, List.of()));
        rows.add(new Row("changeOfferApplicationStatus, an action in capitals", Request.CHANGE_OFFER_APPLICATION_STATUS,
                "{'id': 12, 'action': 'BLOCK'}", ValidationMode.CREATE, List.of()));
        rows.add(new Row("changeOfferApplicationStatus, an unknown action", Request.CHANGE_OFFER_APPLICATION_STATUS,
                "{'id': 12, 'action': 'delete'}", ValidationMode.CREATE, List.of("6803 /action")));
        rows.add(new Row("setConversionStatus, the vendor's example", Request.SET_CONVERSION_STATUS,
                "{'conversion_ids': '201512_1010,201512_1033,201512_1034,201512_1035,201512_1036,201512_1037',"
                        + " 'status': 'Approved'}", ValidationMode.CREATE, List.of()));
        rows.add(new Row("setConversionStatus, eleven ids", Request.SET_CONVERSION_STATUS,
                "{'conversion_ids': '" + String.join(",", Stream.iterate(1010, i -> i + 1).limit(11)
                        .map(i -> "201512_" + i).toList()) + "', 'status': 'Rejected'}", ValidationMode.CREATE,
                List.of("6482 /conversion_ids")));
        rows.add(new Row("setConversionStatus, status Pending", Request.SET_CONVERSION_STATUS,
                "{'conversion_ids': '201512_1010', 'status': 'Pending'}", ValidationMode.CREATE, List.of("6483 /status")));
        rows.add(new Row("setOfferAffiliateList, the vendor's example", Request.SET_OFFER_AFFILIATE_LIST,
                "{'id': 12, 'approved_affiliate': '11,12,13', 'blocked_affiliate': '21,22,23'}", ValidationMode.CREATE,
                List.of()));
        rows.add(new Row("setOfferAffiliateList, an affiliate in both lists", Request.SET_OFFER_AFFILIATE_LIST,
                "{'id': 12, 'approved_affiliate': '11,12,13', 'blocked_affiliate': '21,12'}", ValidationMode.CREATE,
                List.of("6390 /blocked_affiliate")));
        rows.add(new Row("generateLink, the vendor's example", Request.GENERATE_LINK, "{'a': 2, 'o': 12}",
                ValidationMode.CREATE, List.of()));
        rows.add(new Row("generateLink, nothing", Request.GENERATE_LINK, "{}", ValidationMode.CREATE,
                List.of("6401 /a", "6411 /o")));
        rows.add(new Row("generateLink, ids of 0", Request.GENERATE_LINK, "{'a': 0, 'o': 0}", ValidationMode.CREATE,
                List.of("6402 /a", "6412 /o")));
        return rows.stream().flatMap(r -> Arrays.stream(ENGINES).map(e -> Arguments.of(r, e)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rows")
    void eachEngineGivesTheBriefsFindings(Row row, Engine engine) {
        WireReader.Options options = new WireReader.Options();
        options.validator(VALIDATORS.get(engine));
        options.mode(row.mode());
        options.request(row.request().type());
        Outcome outcome = options.build(TestJson.SOURCES).read(BinderTest.json(row.json()));
        assertThat(outcome.request()).isNotNull();
        assertThat(outcome.report().violations()).as("%s, %s", row.name(), engine)
                .extracting(v -> v.codeNumber() + " " + v.pointer())
                .containsExactlyInAnyOrderElementsOf(row.expected());
    }

    /** One document of {@code request} with its expected findings, "code pointer" each. */
    record Row(String name, Request request, String json, ValidationMode mode, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row create(String name, String members, String... expected) {
        Map<String, String> doc = new LinkedHashMap<>();
        put(doc, BASE);
        put(doc, members);
        return new Row(name, Request.SET_OFFER, object(doc), ValidationMode.CREATE, List.of(expected));
    }

    private static Row update(String name, String members, String... expected) {
        Map<String, String> doc = new LinkedHashMap<>();
        if (members != null) {
            doc.put("id", "1");
            put(doc, members);
        }
        return new Row(name, Request.SET_OFFER, object(doc), ValidationMode.UPDATE, List.of(expected));
    }

    /** Update rows of {@code field} with each of {@code values}, every one valid. */
    private static void accepted(List<Row> rows, String field, String... values) {
        for (String value : values) {
            rows.add(update(field + " " + value, "'" + field + "': '" + value + "'"));
        }
    }

    private static String object(Map<String, String> members) {
        StringBuilder json = new StringBuilder("{");
        members.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('\'').append(k).append("': ").append(v));
        return json.append('}').toString();
    }

    /** Puts the members of {@code text} (JSON members, single-quoted) into {@code doc}; "absent" removes one. */
    private static void put(Map<String, String> doc, String text) {
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                String member = text.substring(start, i).trim();
                start = i + 1;
                if (member.isEmpty()) {
                    continue;
                }
                int colon = member.indexOf("':");
                String name = member.substring(1, colon);
                String value = member.substring(colon + 2).trim();
                doc.remove(name);
                if (!value.equals("absent")) {
                    doc.put(name, value);
                }
            }
        }
    }
}
