package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.client.standin.HostileServer;
import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.Request;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;

/**
 * A write whose outcome the answer leaves open: a server error after the request arrived, a connection
 * reset or no answer after the body was sent. A request that sets (an update, a status) is sent again as
 * the brief says (5xx retryable): twice leaves what once leaves. A create ({@link Request#creates}) is
 * sent again only after an answer that says it was refused, not taken up (6006, 6814, 429, 6041) or a
 * connection that was never made; otherwise it is sent once, and the result says the object may exist.
 */
@Timeout(30)
class AmbiguousWritesTest {

    private static final String KEY = NetworkClientTest.KEY;

    private final StandInNetwork network = NetworkClientTest.standIn();

    @AfterEach
    void stop() {
        network.close();
    }

    /**
     * Failures of the server that do not say whether it acted: a bare 5xx, a proxy's page, an empty 504, a save
     * that failed (6300) or failed part-way (6388: the offer saved, its categories not), a 200 mirroring 500.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500 | {\"httpStatus\":500,\"message\":\"Internal Server Error\"}              | 500 | 0",
        "502 | <html>Bad Gateway</html>                                                | 502 | 0",
        "504 | ''                                                                      | 504 | 0",
        "500 | {\"httpStatus\":500,\"errorCode\":6300,\"message\":\"Failed to Save Offer Data\"} | 500 | 6300",
        "500 | {\"httpStatus\":500,\"errorCode\":6388,\"message\":\"Error When Adding Category Offers\"} | 500 | 6388",
        "200 | {\"httpStatus\":500,\"message\":\"Internal Server Error\"}              | 500 | 0"})
    void aCreateAnsweredAServerErrorIsSentOnceAndSaysTheObjectMayExistAnUpdateIsSentAgain(int status, String body,
            int shown, int code) {
        network.always(Reply.of(status, body));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            assertThat(client.send(Offers.minimal())).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(shown);
                assertThat(f.error().number()).isEqualTo(code);
                assertThat(f.action()).isEqualTo(ClientAction.RETRY);
                assertThat(f.attempts()).isEqualTo(1);
                assertThat(f.mayHaveCreated()).isTrue();
            });
            assertThat(network.seen()).hasSize(1);
            // the same answers to an update: sent again, as the brief says; twice, it leaves what it leaves once
            assertThat(client.send(NetworkClientTest.update())).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(shown);
                assertThat(f.error().number()).isEqualTo(code);
                assertThat(f.attempts()).isEqualTo(3);
                assertThat(f.mayHaveCreated()).isFalse();
            });
            assertThat(network.seen()).hasSize(4);
        }
    }

    /** An answer that says the request was refused, not taken up, is sent again, a create too: it cannot make a second object. */
    @ParameterizedTest
    @CsvSource({"503, 6006", "500, 6814", "200, 6814", "429, 6041", "200, 6041"})
    void aCreateRefusedAsBusyOrThrottledIsSentAgain(int status, int code) {
        network.then(Reply.error(status, code, "try later").retryAfter("0"));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            assertThat(client.send(Offers.minimal())).isInstanceOfSatisfying(Result.Done.class,
                    done -> assertThat(done.id()).contains(StandInNetwork.FIRST_ID));
        }
        assertThat(network.seen()).hasSize(2);
    }

    /** Refused, then a bare 500: the second attempt may have made the offer; it is the last. */
    @Test
    void aCreateRefusedThenAnsweredAServerErrorStopsThere() {
        network.then(Reply.error(503, 6006, "Another request has been processing"))
                .then(Reply.error(500, 0, "Internal Server Error"));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            assertThat(client.send(Offers.minimal())).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(500);
                assertThat(f.attempts()).isEqualTo(2);
                assertThat(f.mayHaveCreated()).isTrue();
            });
        }
        assertThat(network.seen()).hasSize(2);
    }

    /**
     * Every row, by its data: the valid body of a row that creates is sent once after a 500 and says so; every
     * other row's (reads, writes that set) three times.
     */
    @Test
    void everyRowIsRetriedAsItsBodyCreatesOrNot() {
        network.always(Reply.error(500, 0, "Internal Server Error"));
        int creates = 0;
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            for (Request row : Request.values()) {
                Object body = Requests.valid(row);
                boolean create = row.creates(body);
                creates += create ? 1 : 0;
                int before = network.seen().size();
                assertThat(client.send(row, body)).as(row.method()).isInstanceOfSatisfying(Result.Failed.class, f -> {
                    assertThat(f.attempts()).isEqualTo(create ? 1 : 3);
                    assertThat(f.mayHaveCreated()).isEqualTo(create);
                });
                assertThat(network.seen().size() - before).as(row.method()).isEqualTo(create ? 1 : 3);
            }
        }
        // setOffer, setAdvertiser, setAffiliateBaseInfo, setOfferEventBaseInfo, setAffiliatePostback (new URLs)
        assertThat(creates).isEqualTo(5);
    }

    /** A reset after the body was sent: a create says it may exist, an update does not; neither is sent again. */
    @Test
    void aConnectionResetAfterTheBodyIsOneAttemptAndACreateSaysItMayExist() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> HostileServer.reset(socket));
                NetworkClient client = HostileServerTest.client(server.url())) {
            NetworkException create = catchThrowableOfType(NetworkException.class, () -> client.send(Offers.minimal()));
            assertThat(create.mayHaveCreated()).isTrue();
            assertThat(create).hasMessageStartingWith("POST " + server.url() + "/api/v1/setOffer?key=*** failed after 1 attempt: ")
                    .hasMessageEndingWith("; " + NetworkClient.MAY_HAVE_CREATED).hasMessageNotContaining("\n");
            NetworkException update = catchThrowableOfType(NetworkException.class, () -> client.send(NetworkClientTest.update()));
            assertThat(update.mayHaveCreated()).isFalse();
            assertThat(update).hasMessageContaining(" failed after 1 attempt: ")
                    .hasMessageNotContaining(NetworkClient.MAY_HAVE_CREATED);
            assertThat(server.requests()).hasSize(2).allSatisfy(r -> assertThat(r.body()).contains("name="));
        }
    }

    /** No answer within the timeout: the create may exist. */
    @Test
    void noAnswerInTimeToACreateSaysItMayExist() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> Thread.sleep(5_000));
                NetworkClient client = HostileServerTest.impatient(server.url())) {
            NetworkException e = catchThrowableOfType(NetworkException.class, () -> client.send(Offers.minimal()));
            assertThat(e.mayHaveCreated()).isTrue();
            assertThat(e).hasMessageEndingWith("failed after 1 attempt: no answer within 500 ms; " + NetworkClient.MAY_HAVE_CREATED);
            assertThat(server.requests()).hasSize(1);
        }
    }

    /** A 201 whose body cannot be read: the offer was probably made, and the failure says it may have been. */
    @Test
    void aCreatedAnswerThatCannotBeReadSaysTheObjectMayExist() {
        network.always(Reply.of(201, "<html>Created</html>"));
        try (NetworkClient client = HostileServerTest.client(network.url())) {
            NetworkException e = catchThrowableOfType(NetworkException.class, () -> client.send(Offers.minimal()));
            assertThat(e.mayHaveCreated()).isTrue();
            assertThat(e).hasMessageEndingWith("failed after 1 attempt: HTTP 201 without the API's JSON answer: not JSON (line 1, column 1); "
                    + NetworkClient.MAY_HAVE_CREATED);
        }
        assertThat(network.seen()).hasSize(1);
    }

    /** A connection never made sent nothing: a create is tried again, and nothing may exist. */
    @Test
    void aCreateWhoseConnectionIsRefusedIsTriedAgainAndMayHaveMadeNothing() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (NetworkClient client = HostileServerTest.client("http://127.0.0.1:" + port)) {
            NetworkException e = catchThrowableOfType(NetworkException.class, () -> client.send(Offers.minimal()));
            assertThat(e.mayHaveCreated()).isFalse();
            assertThat(e).hasMessageContaining("/api/v1/setOffer?key=*** failed after 3 attempts: ConnectException: ")
                    .hasMessageNotContaining(NetworkClient.MAY_HAVE_CREATED);
        }
    }
}
