package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.client.standin.StandInNetwork.Seen;
import org.offerrules.validation.ClientAction;

/** {@link NetworkClient#list}: the pages of a list method, against the stand-in network. */
class NetworkClientListTest {

    private static final String KEY = NetworkClientTest.KEY;
    private static final String AFFILIATES = "/api/v1/getAffiliates";
    /** The smallest page the API allows (its default). */
    private static final int LIMIT = 500;

    private StandInNetwork network;
    private final List<Map<String, Object>> received = new ArrayList<>();
    private final List<Integer> pageSizes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        network = new StandInNetwork(KEY, 0);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private static List<String> records(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "{\"id\":\"" + i + "\",\"email\":\"a" + i + "@example.com\"}")
                .toList();
    }

    private Listing list(String key, String method, Map<String, String> filters, int limit, int maxPages) {
        try (NetworkClient client = NetworkClient.builder(network.url(), key)
                .retries(2, NetworkClientTest.QUICK, NetworkClientTest.QUICK.multipliedBy(2))
                .throttling(3, Duration.ofMillis(300), Duration.ofSeconds(2)).build()) {
            return client.list(method, filters, limit, maxPages, page -> {
                pageSizes.add(page.size());
                received.addAll(page);
            });
        }
    }

    private List<String> pagesAsked() {
        return network.seen().stream().map(s -> s.query().get("page") + "/" + s.query().get("limit")).toList();
    }

    @Test
    void everyPageIsReadInOrderUntilAShortOne() {
        network.list(AFFILIATES, records(2 * LIMIT + 1));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "All");
        Listing listing = list(KEY, "getAffiliates", filters, LIMIT, 100);
        assertThat(listing).isEqualTo(new Listing.Done("getAffiliates", 3, 2 * LIMIT + 1));
        assertThat(pageSizes).containsExactly(LIMIT, LIMIT, 1);
        assertThat(received).extracting(r -> r.get("id")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 2 * LIMIT + 1).mapToObj(String::valueOf).toList());
        assertThat(received.get(2 * LIMIT)).containsEntry("email", "a" + (2 * LIMIT + 1) + "@example.com");
        assertThat(pagesAsked()).containsExactly("1/" + LIMIT, "2/" + LIMIT, "3/" + LIMIT);
        Seen first = network.seen().get(0);
        assertThat(first.verb()).isEqualTo("GET");
        assertThat(first.path()).isEqualTo(AFFILIATES);
        assertThat(first.query()).containsEntry("status", "All").containsEntry("key", KEY);
    }

    @Test
    void anEmptyPageEndsTheList() {
        network.list(AFFILIATES, records(2 * LIMIT));
        assertThat(list(KEY, "getAffiliates", Map.of(), LIMIT, 100)).isEqualTo(new Listing.Done("getAffiliates", 2, 2 * LIMIT));
        assertThat(pagesAsked()).containsExactly("1/" + LIMIT, "2/" + LIMIT, "3/" + LIMIT);
        assertThat(pageSizes).containsExactly(LIMIT, LIMIT);
    }

    @Test
    void aServerThatAlwaysHasMoreIsStoppedAtTheBound() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":[" + String.join(",", records(LIMIT)) + "]}"));
        assertThat(list(KEY, "getAffiliates", Map.of(), LIMIT, 7)).isEqualTo(new Listing.TooManyPages("getAffiliates", 7, 7 * LIMIT));
        assertThat(network.seen()).hasSize(7);
    }

    @Test
    void aV2MethodIsReadUnderV2AndItsRecordsFoundBesideThePageCounts() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":{\"page\":1,\"totalPages\":1,\"offers\":["
                + String.join(",", records(3)) + "]}}"));
        assertThat(list(KEY, "getOffersV2", Map.of(), 500, 10)).isEqualTo(new Listing.Done("getOffersV2", 1, 3));
        assertThat(network.seen()).singleElement().satisfies(s -> assertThat(s.path()).isEqualTo("/api/v2/getOffers"));
    }

    /** Taken as an empty list, such an answer made a pull replace the data folder's file with an empty one. */
    @Test
    void aV2AnswerWithNoListOrTwoListsIsNotUnderstoodNeverEmpty() {
        network.then(Reply.of(200, "{\"httpStatus\":200,\"data\":{\"page\":1,\"totalPages\":1,\"items\":null}}"))
                .then(Reply.of(200, "{\"httpStatus\":200,\"data\":{\"errors\":[],\"items\":[" + String.join(",", records(2)) + "]}}"));
        String request = "GET " + network.url() + "/api/v2/getOffers?key=***&page=1&limit=500: ";
        assertThatThrownBy(() -> list(KEY, "getOffersV2", Map.of(), 500, 10)).isInstanceOf(NetworkException.class)
                .hasMessage(request + "the answer's data is an object with no list of records: "
                        + "{\"page\": number, \"totalPages\": number, \"items\": null}; a list answers the records, or an "
                        + "object with one list beside its page counts");
        assertThatThrownBy(() -> list(KEY, "getOffersV2", Map.of(), 500, 10)).isInstanceOf(NetworkException.class)
                .hasMessage(request + "the answer's data is an object with 2 lists, and which holds the records is not "
                        + "known: {\"errors\": list, \"items\": list}; a list answers the records, or an object with one "
                        + "list beside its page counts");
        assertThat(received).isEmpty();
    }

    @Test
    void aRefusedKeyFailsAtTheFirstPage() {
        network.list(AFFILIATES, records(5));
        Listing listing = list("not-the-key", "getAffiliates", Map.of(), LIMIT, 100);
        assertThat(listing).isInstanceOfSatisfying(Listing.Failed.class, f -> {
            assertThat(f.page()).isEqualTo(1);
            assertThat(f.error().number()).isEqualTo(6012);
            assertThat(f.action()).isEqualTo(ClientAction.REAUTHENTICATE);
            assertThat(f.attempts()).isEqualTo(1);
        });
        assertThat(received).isEmpty();
    }

    @Test
    void aFailingPageAfterTheRetriesKeepsThePagesBeforeIt() {
        network.list(AFFILIATES, records(2 * LIMIT + 1));
        network.then(Reply.of(200, "{\"httpStatus\":200,\"data\":[" + String.join(",", records(LIMIT)) + "]}"))
                .then(Reply.error(500, 0, "Internal Server Error")).then(Reply.error(500, 0, "Internal Server Error"))
                .then(Reply.error(500, 0, "Internal Server Error"));
        Listing listing = list(KEY, "getAffiliates", Map.of(), LIMIT, 100);
        assertThat(listing).isEqualTo(new Listing.Failed("getAffiliates", 2,
                ((Listing.Failed) listing).error(), 3, LIMIT));
        assertThat(((Listing.Failed) listing).error().httpStatus()).isEqualTo(500);
        assertThat(pagesAsked()).containsExactly("1/" + LIMIT, "2/" + LIMIT, "2/" + LIMIT, "2/" + LIMIT);
    }

    @Test
    void anHttpErrorWhoseBodyClaimsSuccessIsTheErrorNotAnEmptyList() {
        // a cached or proxied body must not turn a failing server into "no records": data pull would
        // replace a list file with nothing
        network.always(Reply.of(500, "{\"httpStatus\":200,\"data\":[]}"));
        Listing listing = list(KEY, "getAffiliates", Map.of(), LIMIT, 10);
        assertThat(listing).isInstanceOfSatisfying(Listing.Failed.class, f -> {
            assertThat(f.error().httpStatus()).isEqualTo(500);
            assertThat(f.attempts()).isEqualTo(3);
        });
        assertThat(received).isEmpty();
    }

    @Test
    void anErrorCodeOrStatusWrittenAsTextIsTheErrorNotAnEmptyList() {
        // the API writes its values as text ("id": "12"); an error read as a success without data would be
        // an empty list, which data pull writes over the list file
        network.always(Reply.of(200, "{\"httpStatus\":200,\"errorCode\":\"6012\",\"message\":\"Invalid key\"}"));
        assertThat(list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isInstanceOfSatisfying(Listing.Failed.class, f -> {
            assertThat(f.error().number()).isEqualTo(6012);
            assertThat(f.action()).isEqualTo(ClientAction.REAUTHENTICATE);
        });
        network.always(Reply.of(200, "{\"httpStatus\":\"503\",\"data\":null}"));
        assertThat(list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isInstanceOfSatisfying(Listing.Failed.class, f -> {
            assertThat(f.error().httpStatus()).isEqualTo(503);
            assertThat(f.attempts()).isEqualTo(3);
        });
        assertThat(received).isEmpty();
    }

    /**
     * A success that is not one answer of the API is not understood, never an empty list (data pull would
     * empty a list file with it): two answers run together (a broken proxy), whose first was read; and a JSON
     * object without httpStatus, data or errorCode (a health page behind a misrouted proxy); an empty body, a
     * bare list of records, JSON's null.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"httpStatus\":200,\"data\":[]} {\"httpStatus\":500,\"errorCode\": | more than one JSON value (line 1, column 30)",
        "{\"status\":\"UP\"} | an object without httpStatus, data or errorCode", "'' | the body is empty",
        "[{\"id\":\"1\"}] | a list, not the API's object", "null | null, not the API's object"})
    void aSuccessThatIsNotOneAnswerOfTheApiIsNotUnderstoodNeverAnEmptyList(String body, String why) {
        network.always(Reply.of(200, body));
        assertThatThrownBy(() -> list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isInstanceOf(NetworkException.class)
                .hasMessageEndingWith("failed after 1 attempt: HTTP 200 without the API's JSON answer: " + why);
        assertThat(received).isEmpty();
    }

    /**
     * An answer of the API's shape without {@code data} is no page: {@code {"httpStatus": 200}} alone was read as
     * an empty one, a list of no records that data pull wrote over the list's file. {@code "data": null} stays
     * an empty page.
     */
    @Test
    void anAnswerWithoutDataIsNotUnderstoodNeverAnEmptyPage() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"errorCode\":0,\"message\":\"\"}"));
        assertThatThrownBy(() -> list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isInstanceOf(NetworkException.class)
                .hasMessage("GET " + network.url() + AFFILIATES + "?key=***&page=1&limit=500: the answer has no data, "
                        + "where a page of a list answers its records (an empty page: \"data\": [])");
        assertThat(network.seen()).hasSize(1);
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":null}"));
        assertThat(list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isEqualTo(new Listing.Done("getAffiliates", 0, 0));
        assertThat(received).isEmpty();
    }

    @Test
    void aRecordThatIsNoObjectIsAFailureWithoutTheKey() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":[1,2]}"));
        assertThatThrownBy(() -> list(KEY, "getAffiliates", Map.of(), LIMIT, 10)).isInstanceOf(NetworkException.class)
                .hasMessageContaining("no JSON object").hasMessageContaining("key=***").hasMessageNotContaining(KEY);
    }

    /**
     * The page sizes getOffers' pages document: V2's "500(Default)/1000/5000/10000"
     * (https://support.fuseclick.com/api/v2/network/offer/2018/0423/455.html), V1's "Integer, >0"
     * (https://support.fuseclick.com/api/apifaff/apimethpds/2017/1201/450.html), every list paging as getOffers
     * of its version does: any other limit is the paging's violation, and nothing is sent.
     */
    @ParameterizedTest(name = "{0} limit {1}")
    @CsvSource({"getAffiliates, 0, 6442", "getAffiliates, -500, 6442",
        "getOffersV2, 600, 6911", "getOffersV2, -1, 6911", "getOffersV2, 2, 6911"})
    void aLimitTheApiDoesNotAllowIsAViolationAndNothingIsSent(String method, int limit, int code) {
        Listing listing = list(KEY, method, Map.of(), limit, 10);
        assertThat(listing).isInstanceOfSatisfying(Listing.Invalid.class, invalid -> {
            assertThat(invalid.method()).isEqualTo(method);
            assertThat(invalid.records()).isZero();
            assertThat(invalid.report().errors()).extracting(v -> v.code().number(), v -> v.pointer().toString())
                    .containsExactly(tuple(code, "/limit"));
        });
        assertThat(network.seen()).isEmpty();
    }

    /** V1's limit is any size above 0 (page 450): a V1 list sends it as asked. */
    @ParameterizedTest
    @ValueSource(ints = {4, 100, 500, 1000, 5000, 10000, 20000})
    void everyDocumentedLimitIsSent(int limit) {
        network.list(AFFILIATES, records(3));
        assertThat(list(KEY, "getAffiliates", Map.of(), limit, 10)).isEqualTo(new Listing.Done("getAffiliates", 1, 3));
        assertThat(pagesAsked()).containsExactly("1/" + limit);
    }

    /** V2's four sizes (page 455) are sent; any other is refused above. */
    @ParameterizedTest
    @ValueSource(ints = {500, 1000, 5000, 10000})
    void everyDocumentedV2LimitIsSent(int limit) {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":[" + String.join(",", records(3)) + "]}"));
        assertThat(list(KEY, "getOffersV2", Map.of(), limit, 10)).isEqualTo(new Listing.Done("getOffersV2", 1, 3));
        assertThat(network.seen()).singleElement().satisfies(s -> assertThat(s.path()).isEqualTo("/api/v2/getOffers"));
    }

    @Test
    void aWriteIsNoList() {
        assertThatThrownBy(() -> list(KEY, "setOffer", Map.of(), LIMIT, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a list is read with GET (a get... method, or generateLink), with maxPages above 0: "
                        + "setOffer, 10");
        assertThat(network.seen()).isEmpty();
    }

    /** The refusal names what a list accepts: a method sent as GET by its page is listed as its name says. */
    @Test
    void aMethodSentAsGetByItsPageIsAcceptedAsTheRefusalSays() {
        network.list("/api/v1/generateLink", records(1));
        assertThat(list(KEY, "generateLink", Map.of(), LIMIT, 10)).isEqualTo(new Listing.Done("generateLink", 1, 1));
        assertThat(network.seen()).extracting(Seen::verb).containsExactly("GET");
    }
}
