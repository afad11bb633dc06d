package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.List;

import org.offerrules.linkcheck.fake.FakeAffiliTest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.offerrules.linkcheck.fake.FakeAffiliTest.Reply;

/** The client against a real HTTP server on loopback that plays AffiliTest. */
@Timeout(60)
class AffiliTestClientTest {

    static final String KEY = "k".repeat(64);
    private static final LinkCase PLAIN = new LinkCase("us", Device.IPHONE, "https://track.example.com/c?tid=t", null);
    private static final LinkCase WITH_PREVIEW = new LinkCase("gb", Device.WINDOWS_PHONE, "https://track.example.com/c?tid=t",
            "https://apps.apple.com/app/id42");

    private FakeAffiliTest server;

    @BeforeEach
    void start() throws Exception {
        server = FakeAffiliTest.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AffiliTestClient.Builder client() {
        return AffiliTestClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).serverErrorBackoff(Duration.ofMillis(10));
    }

    @Test
    void aKeyThatIsNot64BytesIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client().apiKey("k".repeat(63)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("63 bytes");
        assertThatThrownBy(() -> client().apiKey("é".repeat(32) + "k").build()) // 65 bytes in UTF-8
                .hasMessageContaining("65 bytes");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aKeyWithAControlCharacterIsRefusedAtBuildWithoutEchoingIt() {
        String key = "s".repeat(32) + "\n" + "t".repeat(31);
        assertThatThrownBy(() -> client().apiKey(key).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the API key has a character that cannot be sent in an HTTP header (U+000A at position 33 "
                        + "of 64); AffiliTest keys are printable ASCII")
                .hasMessageNotContaining("sss").hasMessageNotContaining("ttt");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aKeyTheServerRepeatsIsMasked() throws Exception {
        server.then(Reply.error(400, "unknown key " + KEY));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.message()).isEqualTo("bad request: unknown key <the API key>");
    }

    @Test
    void aBodyThatStallsEndsAtTheTimeout() throws Exception {
        HttpServer stalling = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CountDownLatch release = new CountDownLatch(1);
        stalling.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 1_000); // headers now, then ten bytes of the thousand promised
            exchange.getResponseBody().write("{\"error\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        stalling.setExecutor(Executors.newCachedThreadPool());
        stalling.start();
        try {
            AffiliTestClient client = AffiliTestClient.builder()
                    .baseUrl("http://127.0.0.1:" + stalling.getAddress().getPort()).apiKey(KEY)
                    .timeout(Duration.ofMillis(500)).build();
            long start = System.nanoTime();
            CaseResult result = client.check(PLAIN);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.message()).isEqualTo("no answer within 500 ms");
            assertThat(millis).isLessThan(5_000);
        } finally {
            release.countDown();
            stalling.stop(0);
        }
    }

    @Test
    void aNegativeRetryAfterSendsNoBurst() throws Exception {
        server.then(Reply.error(429, "slow down").retryAfter("-1"), Reply.error(429, "slow down").retryAfter("0"));
        CaseResult result = client().rate(50, Duration.ofSeconds(1)).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests).hasSize(3);
        for (int i = 1; i < 3; i++) {
            assertThat(requests.get(i).arrivalNanos() - requests.get(i - 1).arrivalNanos()).isGreaterThanOrEqualTo(
                    Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void testWithCodesSendsTheFormAndTheKey() throws Exception {
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        assertThat(result.landing()).isEqualTo(FakeAffiliTest.LANDING);
        assertThat(result.hops()).containsExactly(new CaseResult.Hop(PLAIN.url(), 302), new CaseResult.Hop(FakeAffiliTest.LANDING, 200));
        FakeAffiliTest.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/test");
        assertThat(request.query()).isEqualTo("codes");
        assertThat(request.authorization()).isEqualTo("AT-API " + KEY);
        assertThat(request.form()).containsEntry("url", PLAIN.url()).containsEntry("country", "us").containsEntry("device", "iphone")
                .doesNotContainKey("previewURL");
    }

    @Test
    void aPreviewUrlUsesCompareToPreview() throws Exception {
        CaseResult result = client().build().check(WITH_PREVIEW);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        FakeAffiliTest.Request request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/api/v1/compareToPreview");
        assertThat(request.form()).containsEntry("previewURL", WITH_PREVIEW.previewUrl()).containsEntry("device", "windowsPhone");
    }

    @Test
    void anotherLandingIsAMismatch() throws Exception {
        server.then(Reply.hops(List.of(WITH_PREVIEW.url(), "https://apps.apple.com/app/id43"), List.of(302, 200)));
        CaseResult result = client().build().check(WITH_PREVIEW);
        assertThat(result.status()).isEqualTo(CaseResult.Status.MISMATCH);
        assertThat(result.landing()).isEqualTo("https://apps.apple.com/app/id43");
        assertThat(result.message()).contains("id43", "id42");
    }

    @Test
    void aFailingHopOrNoLandingIsBroken() throws Exception {
        server.then(Reply.hops(List.of(PLAIN.url(), "https://gone.example.com/"), List.of(302, 404)),
                Reply.hops(List.of(), List.of()),
                Reply.hops(List.of(PLAIN.url()), List.of(302)));
        AffiliTestClient client = client().build();
        CaseResult gone = client.check(PLAIN);
        assertThat(gone.status()).isEqualTo(CaseResult.Status.BROKEN);
        assertThat(gone.message()).contains("https://gone.example.com/ answered 404");
        assertThat(client.check(PLAIN).status()).isEqualTo(CaseResult.Status.BROKEN);
        assertThat(client.check(PLAIN).message()).contains("last hop answered 302");
    }

    @Test
    void badRequestIsAnErrorForTheCaseWithTheServersMessage() throws Exception {
        server.then(Reply.error(400, "Missing parameters"));
        AffiliTestClient client = client().build();
        CaseResult result = client.check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("bad request: Missing parameters");
        assertThat(client.check(PLAIN).status()).isEqualTo(CaseResult.Status.OK); // the next case goes on
    }

    @Test
    void unauthorizedAndForbiddenEndTheRunWithTheMessage() {
        server.then(Reply.error(401, "Invalid API Key"), Reply.error(403, "No calls left"));
        AffiliTestClient client = client().build();
        assertThatThrownBy(() -> client.check(PLAIN)).isInstanceOf(AffiliTestException.class).hasMessage("Invalid API Key")
                .extracting(e -> ((AffiliTestException) e).status()).isEqualTo(401);
        assertThatThrownBy(() -> client.check(PLAIN)).isInstanceOf(AffiliTestException.class).hasMessage("No calls left");
        assertThat(server.requests()).hasSize(2); // no retry
    }

    /**
     * The error page lists the 401-type messages without naming the status that carries them
     * (../shared/seeds/003: "This status returns with one of the following error messages"): whatever the
     * status, one of them ends the run (brief 4: stop, re-authenticate), and is not a case's error.
     */
    @Test
    void anAuthenticationMessageEndsTheRunWhateverItsStatus() throws Exception {
        server.then(Reply.error(400, "Invalid API Key length"), Reply.error(200, "Please verify your account"));
        server.callsLeftReply(Reply.error(200, "Login session expired"));
        AffiliTestClient client = client().build();
        assertThatThrownBy(() -> client.check(PLAIN)).isInstanceOf(AffiliTestException.class)
                .hasMessage("Invalid API Key length").extracting(e -> ((AffiliTestException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> client.check(PLAIN)).isInstanceOf(AffiliTestException.class)
                .hasMessage("Please verify your account");
        assertThatThrownBy(client::callsLeft).isInstanceOf(AffiliTestException.class).hasMessage("Login session expired");
        assertThat(server.requests()).hasSize(3); // none retried
    }

    /** The rate limit's message ("Too many requests per second Limit is ...") is a throttle whatever status carries it. */
    @Test
    void theRateLimitsMessageIsThrottledWhateverItsStatus() throws Exception {
        server.then(Reply.error(200, "Too many requests per second Limit is 50").retryAfter("1"),
                Reply.error(400, "Too many requests"));
        CaseResult result = client().rate(50, Duration.ofMillis(300)).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).arrivalNanos() - requests.get(0).arrivalNanos())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(requests.get(2).arrivalNanos() - requests.get(1).arrivalNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }

    @Test
    void aServerErrorIsRetriedThenOk() throws Exception {
        server.then(Reply.error(500, "oops"));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aServerErrorThreeRetriesLaterIsAnError() throws Exception {
        server.then(Reply.error(500, "oops"), Reply.error(500, "oops"), Reply.error(503, "down"), Reply.error(500, "still"));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("server error 500 after 3 retries: still");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenRetries() throws Exception {
        server.then(Reply.error(429, "Too many requests per second Limit is 50").retryAfter("1"));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).arrivalNanos() - requests.get(0).arrivalNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void tooManyRequestsWithoutRetryAfterWaitsAWindow() throws Exception {
        server.then(Reply.error(429, "Too many requests"));
        CaseResult result = client().rate(50, Duration.ofMillis(300)).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests.get(1).arrivalNanos() - requests.get(0).arrivalNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }

    @Test
    void aRetryAfterLongerThanTheTimeoutIsNotWaitedForAndHoldsBackTheNextRequests() throws Exception {
        server.then(Reply.error(429, "Too many requests").retryAfter("3600"));
        AffiliTestClient client = client().timeout(Duration.ofSeconds(2)).build();
        CaseResult first = client.check(PLAIN);
        assertThat(first.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(first.message()).isEqualTo("rate-limited: the 429 asks to wait 3600 s (its Retry-After), longer than "
                + "the timeout of 2 s; not waited for: Too many requests");
        // the server is not asked again before it said (held for the longest hold, 10 minutes)
        CaseResult next = client.check(WITH_PREVIEW);
        assertThat(next.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(next.message()).matches("rate-limited: every request is held back (600|59\\d) s more after a 429, longer "
                + "than the timeout of 2 s; not sent");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRetryAfterDateFarAheadIsNotWaitedFor() throws Exception {
        String inTwoHours = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(2));
        assertThat(throttledOnce(inTwoHours, Duration.ofMinutes(1))).matches("rate-limited: the 429 asks to wait "
                + "(7200|71\\d\\d) s \\(its Retry-After\\), longer than the timeout of 60 s; not waited for: Too many requests");
    }

    /** The rate limit's message throttles whatever its status (audit 7b): the reason names that status, not a 429. */
    @Test
    void aThrottleByMessageLongerThanTheTimeoutNamesItsOwnStatus() throws Exception {
        server.then(Reply.error(200, "Too many requests per second Limit is 50").retryAfter("3600"));
        CaseResult result = client().timeout(Duration.ofSeconds(2)).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("rate-limited: the throttled answer (HTTP 200) asks to wait 3600 s "
                + "(its Retry-After), longer than the timeout of 2 s; not waited for: Too many requests per second "
                + "Limit is 50");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theShortestHoldOrAWindowLongerThanTheTimeoutIsNotWaitedFor() throws Exception {
        assertThat(throttledOnce("0", Duration.ofMillis(500))).isEqualTo("rate-limited: the 429 asks to wait 1 s "
                + "(the shortest wait after a 429), longer than the timeout of 500 ms; not waited for: Too many requests");
        server.close();
        server = FakeAffiliTest.start();
        assertThat(throttledOnce(null, Duration.ofMillis(1500))).isEqualTo("rate-limited: the 429 asks to wait 30 s "
                + "(one window, for want of a usable Retry-After), longer than the timeout of 1500 ms; not waited for: "
                + "Too many requests");
    }

    /** The message of one check answered 429 with this {@code Retry-After} (none when null): an error, sent once. */
    private String throttledOnce(String retryAfter, Duration timeout) throws Exception {
        Reply reply = Reply.error(429, "Too many requests");
        server.then(retryAfter == null ? reply : reply.retryAfter(retryAfter));
        CaseResult result = client().timeout(timeout).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(server.requests()).hasSize(1);
        return result.message();
    }

    @Test
    void aSlowServerIsAnErrorAfterTheTimeout() throws Exception {
        server.then(Reply.hops(List.of(PLAIN.url()), List.of(200)).after(3000));
        CaseResult result = client().timeout(Duration.ofMillis(200)).build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("no answer within 200 ms");
    }

    @Test
    void anUnreadableAnswerOrAnErrorInA200IsAnError() throws Exception {
        server.then(new Reply(200, "<html>", null, 0), new Reply(200, "{\"error\": null, \"data\": []} {", null, 0),
                new Reply(200, "[\"" + PLAIN.url() + "\"]", null, 0), Reply.error(200, "Url is not valid"));
        AffiliTestClient client = client().build();
        // one line in the parser's words: no location block, no stack trace
        assertThat(client.check(PLAIN).message()).startsWith("the answer is not JSON: Unexpected character ('<'")
                .doesNotContain("\n", "[Source", "Exception");
        assertThat(client.check(PLAIN).message()).startsWith("the answer is not JSON: ").doesNotContain("\n");
        assertThat(client.check(PLAIN).message()).isEqualTo("the answer is not a JSON object");
        assertThat(client.check(PLAIN).message()).isEqualTo("Url is not valid");
        assertThat(server.requests()).hasSize(4); // none of them retried
    }

    /**
     * An answer cut short is not JSON, said in the parser's words with its place, not with Jackson's
     * {@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ...]}.
     */
    @Test
    void anAnswerCutShortIsNotJsonSaidWithItsPlace() throws Exception {
        server.then(new Reply(200, "{\"error\":null,\"data\":[\"" + PLAIN.url() + "\"", null, 0));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("the answer is not JSON: Unexpected end-of-input: expected close marker for "
                + "Array (start marker at line 1, column 22)"); // the [ of data
    }

    /** AffiliTest's {@code country} is ISO alpha-2 in lower case (brief 4): a case given in upper case is sent so. */
    @Test
    void theCountryIsSentInLowerCase() throws Exception {
        LinkCase upper = new LinkCase("GB", Device.ANDROID, PLAIN.url(), null);
        CaseResult result = client().build().check(upper);
        assertThat(server.tests().get(0).form()).containsEntry("country", "gb");
        assertThat(result.linkCase().country()).isEqualTo("gb");
    }

    /**
     * {@code error} is null or a message (brief 4); an empty one, or {@code false}, carries none: AffiliTest's
     * public clients test it for truth ({@code if resData['error']}), and read these answers as successes.
     */
    @Test
    void anEmptyOrFalseErrorIsNoError() throws Exception {
        String hops = "\"data\":[\"" + PLAIN.url() + "\",\"https://landing.example.com/\"],\"meta\":{\"codes\":[302,200]}}";
        server.then(new Reply(200, "{\"error\":\"\"," + hops, null, 0), new Reply(200, "{\"error\":false," + hops, null, 0));
        server.callsLeftReply(new Reply(200, "{\"error\":\"\",\"data\":12}", null, 0));
        AffiliTestClient client = client().build();
        for (int i = 0; i < 2; i++) {
            CaseResult result = client.check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.OK);
            assertThat(result.landing()).isEqualTo("https://landing.example.com/");
        }
        assertThat(client.callsLeft()).isEqualTo(12);
    }

    /**
     * JSON of another shape than {@code {"error": null, "data": [url, ...]}} is an answer not understood:
     * an {@code error} of its case, not retried. An object's members were read as hops by index (a
     * NullPointerException that ended the whole run), a missing list made the link {@code broken}, and
     * a hop that is no URL became a landing named {@code null}.
     */
    @Test
    void anAnswerOfAnotherShapeIsAnErrorNotAVerdictOnTheLink() throws Exception {
        List<String> bodies = List.of("{\"error\":null,\"data\":{\"0\":\"https://a.example/\"}}", "{\"error\":null}",
                "{\"error\":null,\"data\":null}", "{\"error\":null,\"data\":\"https://a.example/\"}",
                "{\"error\":null,\"data\":[\"" + PLAIN.url() + "\",null],\"meta\":{\"codes\":[302,200]}}",
                "{\"error\":null,\"data\":[{\"url\":\"https://a.example/\"}]}");
        bodies.forEach(body -> server.then(new Reply(200, body, null, 0)));
        AffiliTestClient client = client().build();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            CaseResult result = client.check(PLAIN);
            assertThat(result.status()).isEqualTo(CaseResult.Status.ERROR);
            assertThat(result.landing()).isNull();
            assertThat(result.hops()).isEmpty();
            messages.add(result.message());
        }
        assertThat(messages).containsExactly("the answer's data is an object, not the list of hops",
                "the answer's data is missing, not the list of hops", "the answer's data is null, not the list of hops",
                "the answer's data is text, not the list of hops", "hop 2 of the answer is null, not a URL",
                "hop 1 of the answer is an object, not a URL");
        assertThat(server.tests()).hasSize(bodies.size()); // none retried
    }

    /** The budget is a count: a fraction, a negative number or one past a long is no budget (it was 2, -5 and Long.MAX_VALUE). */
    @Test
    void aBudgetThatIsNoCountIsNoBudget() throws Exception {
        for (String data : List.of("-5", "2.5", "1e300", "99999999999999999999", "\"100\"", "null", "[]")) {
            server.callsLeftReply(new Reply(200, "{\"error\":null,\"data\":" + data + "}", null, 0));
            assertThatThrownBy(() -> client().build().callsLeft()).as(data).isInstanceOf(AffiliTestException.class)
                    .hasMessage("cannot read the calls left: {\"error\":null,\"data\":" + data + "}");
        }
        server.callsLeftReply(new Reply(200, "{\"error\":null,\"data\":0}", null, 0));
        assertThat(client().build().callsLeft()).isZero();
    }

    /** A hop's status written as text ({@code "404"}) is its status: a broken landing is not read as one without a status. */
    @Test
    void aHopsStatusWrittenAsTextIsItsStatus() throws Exception {
        server.then(new Reply(200, "{\"error\":null,\"data\":[\"" + PLAIN.url() + "\",\"https://landing.example.com/gone\"],"
                + "\"meta\":{\"codes\":[\"302\",\"404\"]}}", null, 0));
        CaseResult result = client().build().check(PLAIN);
        assertThat(result.status()).isEqualTo(CaseResult.Status.BROKEN);
        assertThat(result.hops()).extracting(CaseResult.Hop::status).containsExactly(302, 404);
        assertThat(result.message()).isEqualTo("https://landing.example.com/gone answered 404");
    }

    @Test
    void callsLeft() throws Exception {
        server.callsLeft(37);
        assertThat(client().build().callsLeft()).isEqualTo(37);
        assertThat(server.requests().get(0).method()).isEqualTo("GET");
        assertThat(server.requests().get(0).path()).isEqualTo("/api/v1/callsLeft");
    }

    /** A budget answer whose {@code error} is set is no budget, whatever its {@code data} (brief 4: {@code {"error": null, "data": N}}). */
    @Test
    void aBudgetAnswerWithAnErrorIsNoBudget() {
        server.callsLeftReply(new Reply(200, "{\"error\":\"Something went wrong\",\"data\":0}", null, 0));
        assertThatThrownBy(() -> client().build().callsLeft()).isInstanceOf(AffiliTestException.class)
                .hasMessage("cannot read the calls left: Something went wrong");
    }

    @Test
    void aBurstFromManyThreadsKeepsToOneSharedRate() throws Exception {
        AffiliTestClient client = client().rate(5, Duration.ofMillis(200)).build();
        // first the budget, as offer-lint links asks it: the HTTP client's first exchange starts its
        // threads and its connection, long enough on a loaded machine for turns taken meanwhile to
        // arrive together; the limiter spaces the sends, not that start
        client.callsLeft();
        int sends = 51;
        checkAllOk(client, 8, sends - 1);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests).hasSize(sends);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sends; i++) {
            gaps.add((requests.get(i).arrivalNanos() - requests.get(i - 1).arrivalNanos()) / 1_000_000);
        }
        // the turns are 40 ms apart (5 per 200 ms, shared by the 8 threads): together they take as long
        // as one thread at that rate would
        assertThat((requests.get(sends - 1).arrivalNanos() - requests.get(0).arrivalNanos()) / 1_000_000)
                .as("gaps %s", gaps).isGreaterThanOrEqualTo((sends - 1) * 40L * 9 / 10);
        // an arrival is its turn plus however long the machine stalled its thread (a loaded machine:
        // up to 200 ms allowed), so any second holds at most the turns of 1.2 s, not a burst
        assertThat(server.mostInAnyWindow(Duration.ofSeconds(1).toNanos())).as("gaps %s", gaps)
                .isLessThanOrEqualTo((1_000 + 200) / 40 + 1);
    }

    @Test
    void a429HoldsBackEveryThreadUntilItsRetryAfter() throws Exception {
        server.then(Reply.error(429, "Too many requests").retryAfter("1"));
        // 5 per second: the second thread's turn comes 200 ms after the first's, long after the 429
        AffiliTestClient client = client().rate(5, Duration.ofSeconds(1)).build();
        checkAllOk(client, 2, 4);
        List<FakeAffiliTest.Request> requests = server.requests();
        assertThat(requests).hasSize(5);
        long throttledAt = requests.get(0).arrivalNanos();
        assertThat(requests.subList(1, 5)).allSatisfy(r ->
                assertThat((r.arrivalNanos() - throttledAt) / 1_000_000).isGreaterThanOrEqualTo(1_000));
    }

    /** Checks {@code cases} cases on {@code threads} threads at once; every one is {@code ok}. */
    private static void checkAllOk(AffiliTestClient client, int threads, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CaseResult>> results = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                results.add(pool.submit(() -> client.check(PLAIN)));
            }
            for (Future<CaseResult> f : results) {
                assertThat(f.get().status()).isEqualTo(CaseResult.Status.OK);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
