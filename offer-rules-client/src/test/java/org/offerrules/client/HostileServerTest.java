package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.client.standin.FullBacklog;
import org.offerrules.client.standin.HostileServer;
import org.offerrules.client.standin.HostileServer.Script;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.Request;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;

/**
 * The client against servers that misbehave below the API: redirects, compressed and cut-short bodies,
 * resets, answers that never end or never start, TLS where plain HTTP was expected. Each ends in a
 * {@link Result.Failed} or a one-line {@link NetworkException} that says what the server did, within
 * the timeout, after the attempts the rules allow: a read is sent again, a write that may have
 * arrived is not.
 */
@Timeout(30)
class HostileServerTest {

    private static final String KEY = NetworkClientTest.KEY;
    /** The timeout of the tests whose server never answers: short, as no answer is waited for in full. */
    private static final long TIMEOUT_MILLIS = 500;
    private static final Duration TIMEOUT = Duration.ofMillis(TIMEOUT_MILLIS);
    /**
     * The timeout of every other test: its server answers at once, and a timeout there would be one more
     * attempt than the test asserts (500 ms was once too short for a first exchange on a loaded machine).
     */
    private static final Duration PATIENT = Duration.ofSeconds(5);
    /** Far above what a test needs, far below what a hang would take: never a benchmark. */
    private static final long BOUND_MILLIS = 10_000;
    private static final String READ_PATH = "/api/v1/getOffers";

    /** A client with short retries and pauses, as every test of a misbehaving server wants it, for a server that answers. */
    static NetworkClient client(String url) {
        return client(url, PATIENT);
    }

    /** {@link #client(String)} with a short timeout ({@value #TIMEOUT_MILLIS} ms), for a server that never answers. */
    static NetworkClient impatient(String url) {
        return client(url, TIMEOUT);
    }

    private static NetworkClient client(String url, Duration timeout) {
        return NetworkClient.builder(url, KEY).retries(2, NetworkClientTest.QUICK, NetworkClientTest.QUICK.multipliedBy(2))
                .throttling(2, Duration.ofMillis(300), Duration.ofSeconds(2)).timeout(timeout).build();
    }

    private static Object write(HostileServer server) {
        try (NetworkClient client = client(server.url())) {
            return client.send(Offers.minimal());
        }
    }

    private static Object read(HostileServer server) {
        try (NetworkClient client = client(server.url())) {
            return client.send(Requests.valid(Request.GET_OFFERS));
        }
    }

    /**
     * A redirect is not followed, wherever it leads (itself, another scheme, a closed port): the request
     * was sent once, and the failure names where the server sent it, the key masked.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "302 | /api/v1/setOffer?key={key}      | {url}/api/v1/setOffer?key=***",
        "301 | file:///etc/passwd               | file:///etc/passwd",
        "307 | ftp://127.0.0.1/offers           | ftp://127.0.0.1/offers",
        "308 | http://127.0.0.1:1/api/v1/setOffer | http://127.0.0.1:1/api/v1/setOffer"})
    void aRedirectIsNotFollowedAndItsFailureSaysWhereItLed(int status, String location, String shown) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) ->
                out.write(HostileServer.head(status, "Location: " + location.replace("{key}", KEY), "Content-Length: 0")))) {
            assertThat(write(server)).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(status);
                assertThat(f.error().message()).isEqualTo("redirected to " + shown.replace("{url}", server.url())
                        + ", not followed");
                assertThat(f.action()).isEqualTo(ClientAction.FIX_REQUEST);
                assertThat(f.attempts()).isEqualTo(1);
            });
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A redirect to a live server, of the same host or another, of a write or a read, is not followed: the
     * other server sees nothing (not the key in the query string, not the write's body, not a GET made of a
     * POST as a 301, 302 or 303 would make it), the request was sent once, and the failure is one line.
     */
    @ParameterizedTest
    @CsvSource({"301, write", "302, write", "303, write", "307, write", "308, write", "302, read", "307, read"})
    void aRedirectToALiveServerSendsItNothing(int status, String how) throws Exception {
        try (HostileServer other = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(201,
                "{\"httpStatus\":201,\"data\":1}")));
                HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.head(status,
                        "Location: http://localhost:" + other.port() + request.target(), "Content-Length: 0")))) {
            Object result = how.equals("read") ? read(server) : write(server);
            String path = how.equals("read") ? READ_PATH : "/api/v1/setOffer";
            assertThat(result).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(status);
                assertThat(f.error().message()).startsWith("redirected to http://localhost:" + other.port() + path + "?key=***")
                        .endsWith(", not followed").doesNotContain(KEY).doesNotContain("\n");
                assertThat(f.attempts()).isEqualTo(1);
                assertThat(f.mayHaveCreated()).isFalse();
            });
            assertThat(server.requests()).hasSize(1);
            assertThat(other.requests()).isEmpty();
        }
    }

    /**
     * A redirect is never sent again, whatever code its body carries: a 307 with {@code 6006} was retried as
     * busy, one with {@code 6041} waited out as throttled, each time to be redirected again.
     */
    @ParameterizedTest
    @CsvSource({"307, 6006", "302, 6814", "308, 6041"})
    void aRedirectWhoseBodySaysBusyOrThrottledIsNotSentAgain(int status, int code) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(status,
                "{\"httpStatus\":" + status + ",\"errorCode\":" + code + ",\"message\":\"try later\"}",
                "Location: /api/v1/elsewhere", "Retry-After: 0")))) {
            assertThat(read(server)).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().number()).isEqualTo(code);
                assertThat(f.error().message()).isEqualTo("redirected to " + server.url()
                        + "/api/v1/elsewhere, not followed: try later");
                assertThat(f.attempts()).isEqualTo(1);
            });
            assertThat(server.requests()).hasSize(1);
        }
    }

    /** A redirect whose body is the API's error keeps the server's message after where it led. */
    @Test
    void aRedirectWithTheApisErrorKeepsItsMessage() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(301,
                "{\"httpStatus\":301,\"errorCode\":99999,\"message\":\"Moved to v2\"}", "Location: /api/v2/setOffer")))) {
            assertThat(write(server)).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().number()).isEqualTo(99999);
                assertThat(f.error().code()).isEmpty(); // a code the dictionary does not know is kept as a number
                assertThat(f.error().message()).isEqualTo("redirected to " + server.url()
                        + "/api/v2/setOffer, not followed: Moved to v2");
            });
        }
    }

    /**
     * A compressed answer (no request asks for one) is refused before a byte of it is read: a gzip bomb
     * costs nothing, and the failure says what the server did instead of "byte 1 is not a character".
     */
    @Test
    void aCompressedAnswerIsRefusedUnread() throws Exception {
        byte[] bomb = gzip(new byte[16 * 1024 * 1024]);
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            out.write(HostileServer.head(200, "Content-Type: application/json", "Content-Encoding: gzip",
                    "Content-Length: " + bomb.length));
            out.write(bomb);
        })) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class).hasMessageEndingWith(
                    "failed after 1 attempt: the answer is compressed (Content-Encoding: gzip), which no request asks for "
                            + "and the client does not decode");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /** A body declared at 2 GB is refused at its headers, whatever follows; the same answer would come again. */
    @Test
    void aBodyDeclaredLongerThanAnyAnswerIsRefusedAtItsHeaders() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            out.write(HostileServer.head(200, "Content-Type: application/json", "Content-Length: 2147483648"));
            out.write("{\"httpStatus\":200,\"data\":[".getBytes(StandardCharsets.US_ASCII));
        })) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class)
                    .hasMessageEndingWith("failed after 1 attempt: the answer is longer than 64 MiB, more than any answer of the API");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A {@code Content-Length} that is no number is the server's answer, not a network failure: refused unread,
     * in words, not sent again (it failed as "IOException: java.lang.NumberFormatException" after three
     * attempts).
     */
    @ParameterizedTest
    @CsvSource({"abc", "-5", "99999999999999999999"})
    void aLengthThatIsNoNumberIsRefusedUnread(String length) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            out.write(HostileServer.head(200, "Content-Type: application/json", "Content-Length: " + length));
            out.write("{\"httpStatus\":200,\"data\":[]}".getBytes(StandardCharsets.US_ASCII));
        })) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("failed after 1 attempt: the answer's Content-Length is no length")
                    .hasMessageContaining(length).hasMessageNotContaining("Exception");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * An answer cut short of its {@code Content-Length}, by an orderly close or a reset, is no answer: a read
     * is sent again up to the retries, a write (which the network may have acted on) is not.
     */
    @ParameterizedTest
    @CsvSource({"false", "true"})
    void anAnswerCutShortIsRetriedForAReadAndNotForAWrite(boolean reset) throws Exception {
        Script cut = (request, out, socket) -> {
            out.write(HostileServer.head(200, "Content-Type: application/json", "Content-Length: 100"));
            out.write("{\"httpStatus\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (reset) {
                HostileServer.reset(socket);
            }
        };
        try (HostileServer server = HostileServer.start(cut)) {
            assertThatThrownBy(() -> write(server)).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("/api/v1/setOffer?key=*** failed after 1 attempt: IOException: ");
            assertThat(server.requests()).hasSize(1);
        }
        try (HostileServer server = HostileServer.start(cut)) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("failed after 3 attempts: IOException: ");
            // the JDK's client may itself send a GET once more on a connection that broke before the answer
            assertThat(server.requests().size()).isBetween(3, 6);
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.target()).startsWith(READ_PATH));
        }
    }

    /** HTTP/1.0's answer without a length, its body ended by closing the connection, is read whole. */
    @Test
    void aCloseDelimitedAnswerIsReadWhole() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(("HTTP/1.0 200 OK\r\n"
                + "Content-Type: text/html\r\n\r\n{\"httpStatus\":200,\"data\":[{\"id\":\"12\"},{\"id\":\"14\"}]}")
                .getBytes(StandardCharsets.US_ASCII)));
                NetworkClient client = client(server.url())) {
            assertThat(client.list("getAdvertisers", Map.of(), 500, 3, page -> { }))
                    .isEqualTo(new Listing.Done("getAdvertisers", 1, 2));
        }
    }

    /**
     * A server that accepts and never answers, that answers {@code 100 Continue} and nothing more, or that
     * drips a body that never ends, ends at the timeout: one attempt of a write, in far less than a hang.
     */
    @ParameterizedTest
    @CsvSource({"silent", "continue", "drip"})
    void anAnswerThatNeverCompletesEndsAtTheTimeout(String how) throws Exception {
        Script script = switch (how) {
            case "silent" -> (request, out, socket) -> Thread.sleep(BOUND_MILLIS);
            case "continue" -> (request, out, socket) -> {
                out.write(HostileServer.head(100));
                out.flush();
                Thread.sleep(BOUND_MILLIS);
            };
            default -> (request, out, socket) -> {
                out.write(HostileServer.head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
                for (long end = System.nanoTime() + BOUND_MILLIS * 1_000_000; System.nanoTime() < end; ) {
                    out.write("1\r\n \r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(50);
                }
            };
        };
        try (HostileServer server = HostileServer.start(script); NetworkClient client = impatient(server.url())) {
            long start = System.nanoTime();
            // a create that got no answer may have made its offer: it says so (AmbiguousWritesTest)
            assertThatThrownBy(() -> client.send(Offers.minimal())).isInstanceOf(NetworkException.class)
                    .hasMessageEndingWith("failed after 1 attempt: no answer within 500 ms; " + NetworkClient.MAY_HAVE_CREATED);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A connection that is never accepted (a full backlog: the SYN is dropped) ends at the timeout too; a
     * read is tried again, each attempt bounded.
     */
    @Test
    void aConnectionNeverAcceptedEndsAtTheTimeout() throws Exception {
        try (FullBacklog port = new FullBacklog(); NetworkClient client = impatient(port.url())) {
            assumeTrue(port.hangs(), "this system refuses a connection to a full backlog instead of holding it");
            long start = System.nanoTime();
            NetworkException e = catchThrowableOfType(NetworkException.class,
                    () -> client.send(Requests.valid(Request.GET_OFFERS)));
            // which of the connect timeout and the exchange's own comes first is the JDK's race; both say so
            assertThat(e).hasMessageContaining("failed after 3 attempts: ")
                    .hasMessageMatching(".*(HttpConnectTimeoutException: .*|no answer within 500 ms)");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
        }
    }

    /**
     * TLS where plain HTTP was expected, either way round: a plain server's error page to the client's
     * hello, or a TLS alert to its plain request. A failure in one line, never a hang or a stack trace.
     */
    @Test
    void tlsAndPlainHttpOnOnePortFailInOneLine() throws Exception {
        try (HostileServer plain = HostileServer.answeringAtOnce((request, out, socket) -> out.write(
                HostileServer.head(400, "Content-Length: 0", "Connection: close")));
                NetworkClient client = client("https://127.0.0.1:" + plain.port())) {
            // what the JDK's client says depends on when the server's close reaches the handshake (an SSL
            // message it cannot read, or "header parser received no bytes"): one attempt, one line, either way
            assertThatThrownBy(() -> client.send(Offers.minimal())).isInstanceOf(NetworkException.class)
                    .hasMessageStartingWith("POST https://127.0.0.1:" + plain.port() + "/api/v1/setOffer?key=*** failed after 1 attempt: ")
                    .hasMessageNotContaining("\n");
        }
        // a TLS 1.2 alert record: handshake failure
        try (HostileServer tls = HostileServer.answeringAtOnce((request, out, socket) -> out.write(
                new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28}))) {
            assertThatThrownBy(() -> write(tls)).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("/api/v1/setOffer?key=*** failed after 1 attempt: ").hasMessageNotContaining("\n");
        }
    }

    /** A 503's {@code Retry-After} of an hour does not stretch the back-off: the retries stay as few and as quick as configured. */
    @Test
    void aServerErrorsRetryAfterDoesNotStretchTheBackOff() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(503,
                "{\"httpStatus\":503,\"message\":\"Maintenance\"}", "Retry-After: 3600")))) {
            long start = System.nanoTime();
            assertThat(read(server)).isInstanceOfSatisfying(Result.Failed.class, f -> {
                assertThat(f.error().httpStatus()).isEqualTo(503);
                assertThat(f.error().message()).isEqualTo("Maintenance");
                assertThat(f.action()).isEqualTo(ClientAction.RETRY);
                assertThat(f.attempts()).isEqualTo(3);
            });
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
            assertThat(server.requests()).hasSize(3);
        }
    }

    /**
     * A status outside RFC 9110's 100 to 599 has no class to be read as (15: an unknown status is read as
     * the x00 of its class): the answer is not understood, a read and a write alike, sent once and never
     * again. It was retried as a 5xx, three attempts, and failed as {@code HTTP 600}.
     */
    @ParameterizedTest
    @CsvSource({"600, read", "600, write", "999, read", "999, write"})
    void aStatusPast599IsAnAnswerNotUnderstoodAndNotSentAgain(int status, String how) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(status,
                "{\"httpStatus\":" + status + ",\"errorCode\":6006,\"message\":\"Odd\"}")))) {
            assertThatThrownBy(() -> {
                Object unused = how.equals("read") ? read(server) : write(server);
            }).isInstanceOf(NetworkException.class)
                    .hasMessageEndingWith(" failed after 1 attempt: the answer's status " + status
                            + " is no HTTP status (RFC 9110: 100 to 599)"
                            + (how.equals("write") ? "; " + NetworkClient.MAY_HAVE_CREATED : ""));
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A status line whose status is not three digits is no HTTP answer: the same server would send it
     * again, so a read is not sent again (it was, three times, as an exchange that broke off).
     */
    @ParameterizedTest
    @CsvSource({"abc", "60", "099"})
    void aStatusLineWithoutThreeDigitsIsNoAnswerAndNotSentAgain(String status) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(("HTTP/1.1 " + status
                + " Odd\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII)))) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class)
                    .hasMessageEndingWith(" failed after 1 attempt: the answer is no HTTP answer: Invalid status line: "
                            + "\"HTTP/1.1 " + status + " Odd\"");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A success whose body mirrors a status that is no status of an answer (a gateway's {@code "httpStatus":
     * 600}, an interim 102) is not understood either: the body's status was taken as the answer's, and 600
     * retried as a 5xx.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"600 | 600 is no HTTP status (RFC 9110: 100 to 599)",
        "102 | 102 is interim (1xx), not an answer", "0 | 0 is no HTTP status (RFC 9110: 100 to 599)"})
    void aSuccessMirroringNoStatusOfAnAnswerIsNotUnderstood(int mirrored, String why) throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(200,
                "{\"httpStatus\":\"" + mirrored + "\",\"data\":[]}")))) {
            assertThatThrownBy(() -> read(server)).isInstanceOf(NetworkException.class)
                    .hasMessageEndingWith(" failed after 1 attempt: the answer's httpStatus " + why);
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A 1xx is interim (RFC 9110 15.2): the JDK's client reads past it to the final answer, so no 1xx
     * reaches the status rule as an answer (the rule names it anyway, for the body's {@code httpStatus}).
     */
    @Test
    void anInterimAnswerIsReadPastToTheFinalOne() throws Exception {
        try (HostileServer server = HostileServer.start((request, out, socket) -> {
            out.write(HostileServer.head(102));
            out.write(HostileServer.json(200, "{\"httpStatus\":200,\"data\":[]}"));
        }); NetworkClient client = client(server.url())) {
            assertThat(client.list("getAdvertisers", Map.of(), 500, 3, page -> { }))
                    .isEqualTo(new Listing.Done("getAdvertisers", 0, 0));
            assertThat(server.requests()).hasSize(1);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }
}
