package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.offerrules.client.standin.FullBacklog;
import org.offerrules.client.standin.HostileServer;

/**
 * The AffiliTest client against servers that misbehave below the API (the network client's
 * {@code HostileServer}): each case ends as an {@code error} that says what the server did, within the
 * timeout, and nothing ends the run but a 401 or 403.
 */
@Timeout(30)
class HostileAffiliTestTest {

    private static final LinkCase PLAIN = new LinkCase("us", Device.ANDROID, "https://track.example.com/c?tid=t", null);
    /** Far above what a test needs, far below what a hang would take: never a benchmark. */
    private static final long BOUND_MILLIS = 10_000;

    private static AffiliTestClient client(String url) {
        return AffiliTestClient.builder().baseUrl(url).apiKey(AffiliTestClientTest.KEY).timeout(Duration.ofSeconds(1))
                .serverErrorBackoff(Duration.ofMillis(10)).build();
    }

    /** A redirect is not followed (the key would go along): the case's error and the budget's failure say where it led. */
    @Test
    void aRedirectIsAnErrorThatSaysWhereItLed() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.head(302,
                "Location: https://login.affilitest.example/?next=" + AffiliTestClientTest.KEY, "Content-Length: 0")))) {
            AffiliTestClient client = client(server.url());
            CaseResult result = client.check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.message()).isEqualTo("HTTP 302 redirected to "
                    + "https://login.affilitest.example/?next=<the API key>, not followed");
            assertThatThrownBy(client::callsLeft).isInstanceOf(AffiliTestException.class).hasMessage(
                    "cannot read the calls left: HTTP 302 redirected to https://login.affilitest.example/?next=<the API key>, "
                            + "not followed");
            assertThat(server.requests()).hasSize(2);
        }
    }

    /**
     * A redirect to a live server of another host is not followed, whatever its status: the other server gets
     * no request, so not the {@code Authorization} header with the key, nor a GET made of the POST; the case
     * is one error line, sent once; a redirect whose body says "Too many requests" is no throttle.
     */
    @Test
    void aRedirectToALiveServerSendsItNothing() throws Exception {
        for (int status : new int[] {301, 302, 303, 307, 308}) {
            try (HostileServer other = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(200,
                    "{\"error\":null,\"data\":[\"https://track.example.com/c\"]}")));
                    HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(status,
                            "{\"error\":\"Too many requests per second Limit is 50\",\"data\":null}",
                            "Location: http://localhost:" + other.port() + request.target())))) {
                CaseResult result = client(server.url()).check(PLAIN);
                assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
                assertThat(result.message()).isEqualTo("HTTP " + status + " redirected to http://localhost:" + other.port()
                        + "/api/v1/test?codes, not followed");
                assertThat(server.requests()).as("HTTP %d", status).hasSize(1);
                assertThat(server.requests().get(0).head()).contains("AT-API " + AffiliTestClientTest.KEY);
                assertThat(other.requests()).as("HTTP %d", status).isEmpty();
            }
        }
    }

    /** A compressed answer is refused unread, and said so. */
    @Test
    void aCompressedAnswerIsAnErrorThatSaysSo() throws Exception {
        byte[] body = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            out.write(HostileServer.head(200, "Content-Encoding: gzip", "Content-Length: " + body.length));
            out.write(body);
        })) {
            CaseResult result = client(server.url()).check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.message()).isEqualTo(
                    "the answer is compressed (Content-Encoding: gzip), which no request asks for and the client does not decode");
        }
    }

    /**
     * A status outside RFC 9110's 100 to 599 is an answer not understood: an error of its case and the
     * budget's failure, each sent once, naming the status. It was retried as a 5xx, four times, and
     * reported as "server error 600 after 3 retries".
     */
    @Test
    void aStatusPast599IsAnErrorNotRetried() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(600,
                "{\"error\":\"Odd\",\"data\":null}")))) {
            AffiliTestClient client = client(server.url());
            CaseResult result = client.check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.message()).isEqualTo("the answer's status 600 is no HTTP status (RFC 9110: 100 to 599)");
            assertThat(server.requests()).hasSize(1);
            AffiliTestException e = catchThrowableOfType(AffiliTestException.class, client::callsLeft);
            assertThat(e).hasMessage("cannot read the calls left: the answer's status 600 is no HTTP status (RFC 9110: 100 to 599)");
            assertThat(e.status()).isEqualTo(-1);
            assertThat(server.requests()).hasSize(2);
        }
    }

    /** A refused connection names its reason: the JDK's exception has no message, and the error said only "java.net.ConnectException". */
    @Test
    void aRefusedConnectionSaysSo() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CaseResult result = client("http://127.0.0.1:" + closed).check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).startsWith("cannot reach http://127.0.0.1:" + closed + ": ConnectException: ")
                .doesNotEndWith(": ");
    }

    /**
     * A 429 whose {@code Retry-After} is an hour ahead in RFC 850's form of an HTTP date (which a recipient
     * must read) is longer than the timeout: its case is an error at once. It was read as no date, waited
     * out for a window and sent again, ten times over.
     */
    @Test
    void a429AnHourAheadInAnObsoleteDateFormIsNotWaitedFor() throws Exception {
        String inAnHour = ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)
                .format(DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ROOT));
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(429,
                "{\"error\":\"Too many requests per second Limit is 50\",\"data\":null}", "Retry-After: " + inAnHour)))) {
            long start = System.nanoTime();
            CaseResult result = client(server.url()).check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.message()).matches("rate-limited: the 429 asks to wait 3[56]\\d\\d s \\(its Retry-After\\), longer "
                    + "than the timeout of 1 s; not waited for: Too many requests per second Limit is 50");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
            assertThat(server.requests()).hasSize(1);
        }
    }

    /** A connection that is never accepted ends at the timeout: an error of its case, not a hang. */
    @Test
    void aConnectionNeverAcceptedEndsAtTheTimeout() throws Exception {
        try (FullBacklog port = new FullBacklog()) {
            assumeTrue(port.hangs(), "this system refuses a connection to a full backlog instead of holding it");
            long start = System.nanoTime();
            CaseResult result = client(port.url()).check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            // which of the connect timeout and the exchange's own comes first is the JDK's race; both say so
            assertThat(result.message()).matches("no answer within 1000 ms|cannot reach .*: HttpConnectTimeoutException: .*");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
        }
    }

    /** An answer cut short by a reset is an error of its case, not retried, and the next case is checked as usual. */
    @Test
    void anAnswerCutShortIsAnErrorOfItsCaseOnly() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            if (served.getAndIncrement() == 0) {
                out.write(HostileServer.head(200, "Content-Length: 100"));
                out.write("{\"error\":null,\"da".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                HostileServer.reset(socket);
            } else {
                out.write(HostileServer.json(200, "{\"error\":null,\"data\":[\"" + PLAIN.url() + "\"],\"meta\":{\"codes\":[200]}}"));
            }
        })) {
            AffiliTestClient client = client(server.url());
            CaseResult cut = client.check(PLAIN);
            assertThat(cut.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(cut.message()).startsWith("cannot reach " + server.url() + ": IOException: ");
            assertThat(client.check(PLAIN).status()).isEqualTo(CaseResult.Status.OK);
            assertThat(server.requests()).hasSize(2);
        }
    }
}
