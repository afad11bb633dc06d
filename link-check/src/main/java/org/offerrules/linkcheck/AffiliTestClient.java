package org.offerrules.linkcheck;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RetryPolicy;

import org.offerrules.client.transport.Exchange;
import org.offerrules.client.transport.Retries;
import org.offerrules.client.transport.Throttle;

/**
 * The AffiliTest API, with the service's rules applied on this side: a key that is not 64 bytes is
 * refused before any request; at most {@link Builder#rate so many} requests per window, evenly spaced
 * and shared by every thread using this client; a 429 holds back every thread ({@code Retry-After}
 * when given, else a window), then the throttled request is retried, unless that pause is longer than
 * the {@link Builder#timeout timeout}: then the request, and every one that would have to wait for it,
 * is an {@code error} at once ("rate-limited: ..."); 5xx retries three times with a
 * doubling backoff, then the case is an {@code error}; 401 and 403 end the run
 * ({@link AffiliTestException}); 400 is an {@code error} for its case. The rate, the pause and the
 * retry rules are the network client's ({@code offer-rules-client}'s {@code Throttle} and
 * {@code Retries}, on Failsafe), the answers read with Jackson. Thread-safe: build one per run and share it.
 */
public final class AffiliTestClient {

    /** The key length AffiliTest accepts, in bytes. */
    public static final int KEY_BYTES = 64;
    /** How many times a 5xx answer is retried. */
    static final int SERVER_ERROR_RETRIES = 3;
    /** How many 429 answers in a row one request takes before its case is an error. */
    static final int THROTTLED_RETRIES = 10;
    /** The longest {@code Retry-After} honoured. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    /** How long a request waits for its turn under the rate before its case is an error. */
    static final Duration MAX_RATE_WAIT = Duration.ofHours(1);
    /**
     * The error page's 401-type messages, lower case: missing or malformed Authorization, a key not 64
     * bytes, an invalid key, a bad or expired session, an unverified account. The page names no status
     * for them, so they end the run whatever status carries them.
     */
    static final Set<String> AUTHENTICATION_MESSAGES = Set.of("authorization is needed to access this feature",
            "missing authorization data", "invalid authorization type", "invalid api key length", "invalid api key",
            "incorrect session value provided", "login session expired", "please verify your account");
    /** How the rate limit's message begins ("Too many requests per second Limit is ..."), lower case: a throttle whatever its status. */
    static final String THROTTLED_MESSAGE = "too many requests";

    /**
     * Text after the answer's value makes it not JSON, as a doubled answer is; a control character left
     * raw in a message is read as it is (the report escapes it), so the server's words are not lost.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private final String base;
    private final String key;
    private final String authorization;
    private final Duration timeout;
    private final Duration window;
    private final Throttle throttle;
    private final FailsafeExecutor<Answer> retries;
    private final HttpClient http;

    private AffiliTestClient(Builder b) {
        this.base = b.baseUrl.endsWith("/") ? b.baseUrl.substring(0, b.baseUrl.length() - 1) : b.baseUrl;
        this.key = b.apiKey;
        this.authorization = "AT-API " + b.apiKey;
        this.timeout = b.timeout;
        this.window = b.window;
        // at least Throttle.MIN_HOLD after a 429, whatever its Retry-After says: the client's shortest wait too
        this.throttle = Throttle.of(b.requests, b.window, MAX_RATE_WAIT, b.window, MAX_RETRY_AFTER);
        // an answer that is neither a 429 nor a 5xx (a 4xx, no answer at all: status -1) is never retried
        // a 429 whose pause is longer than the timeout is not waited for, so not retried (its failure says why)
        RetryPolicy<Answer> throttled = Retries.throttled(a -> a.failure == null && a.throttled(), a -> a.status,
                THROTTLED_RETRIES);
        RetryPolicy<Answer> serverErrors = Retries.busy(a -> a.status >= 500, failure -> false, a -> a.status, SERVER_ERROR_RETRIES,
                b.backoff, b.backoff.multipliedBy(1L << SERVER_ERROR_RETRIES));
        this.retries = Failsafe.with(throttled, serverErrors);
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A builder: base URL {@code https://affilitest.com}, 50 requests per 30 s, 60 s timeout, 1 s backoff. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The calls left in the account's budget ({@code GET /api/v1/callsLeft}); this request counts
     * against the rate limit but not against the budget.
     *
     * @throws AffiliTestException for 401 or 403, or any answer without a number of calls
     */
    public long callsLeft() throws AffiliTestException, InterruptedException {
        Answer answer = exchange(HttpRequest.newBuilder(URI.create(base + "/api/v1/callsLeft")).GET());
        if (answer.status == 200) {
            try {
                JsonNode root = JSON.readTree(answer.body);
                JsonNode data = root.path("data");
                // an answer whose error is set is no budget, whatever its data
                // a count of calls: a whole number, not below zero (2.5, -5 or 1e300 is no budget)
                if (error(root).isEmpty() && data.isIntegralNumber() && data.canConvertToLong() && data.longValue() >= 0) {
                    return data.longValue();
                }
            } catch (JacksonException e) {
                // reported below
            }
        }
        throw new AffiliTestException(answer.status, "cannot read the calls left: " + masked(answer.message()));
    }

    /**
     * Checks one case: {@code POST /api/v1/compareToPreview?codes} when it has a preview URL,
     * {@code POST /api/v1/test?codes} otherwise. One call from the budget (more when retried).
     *
     * @throws AffiliTestException when the answer ends the run (401, 403)
     */
    public CaseResult check(LinkCase linkCase) throws AffiliTestException, InterruptedException {
        Objects.requireNonNull(linkCase, "linkCase");
        StringBuilder form = new StringBuilder()
                .append("url=").append(encode(linkCase.url()))
                .append("&country=").append(encode(linkCase.country()))
                .append("&device=").append(encode(linkCase.device().apiValue()));
        String path = "/api/v1/test?codes";
        if (linkCase.previewUrl() != null) {
            form.append("&previewURL=").append(encode(linkCase.previewUrl()));
            path = "/api/v1/compareToPreview?codes";
        }
        Answer answer = exchange(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        if (answer.status != 200 || answer.failure != null || answer.throttled()) {
            String message = masked(answer.message());
            String why = answer.failure != null ? message
                    : answer.throttled() ? "still throttled after " + THROTTLED_RETRIES + " retries: " + message
                    : answer.status == 400 ? "bad request: " + message
                    : answer.status >= 500 ? "server error " + answer.status + " after " + SERVER_ERROR_RETRIES + " retries: " + message
                    : "unexpected HTTP " + answer.status + ": " + message;
            return new CaseResult(linkCase, CaseResult.Status.ERROR, null, List.of(), why);
        }
        return verdict(linkCase, answer.body);
    }

    /** The verdict from a 200 answer's {@code error}, {@code data} and {@code meta.codes}. */
    private CaseResult verdict(LinkCase linkCase, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            // the parser's own words without its location block: one line, never the body
            return error(linkCase, "the answer is not JSON: " + masked(withoutSource(firstLine(e.getOriginalMessage()))));
        }
        if (!root.isObject()) {
            return error(linkCase, "the answer is not a JSON object");
        }
        Optional<String> error = error(root);
        if (error.isPresent()) {
            return error(linkCase, masked(error.get()));
        }
        JsonNode data = root.path("data");
        JsonNode codes = root.path("meta").path("codes");
        // the hops are a list of URLs (brief 4); anything else is an answer not understood, never a verdict
        // on the link: an object's members were read by index (a NullPointerException that ended the run),
        // and a missing list or one of numbers made a link broken, or a landing of "null" ok
        if (!data.isArray()) {
            return error(linkCase, "the answer's data is " + kind(data) + ", not the list of hops");
        }
        List<CaseResult.Hop> hops = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (!data.get(i).isTextual()) {
                return error(linkCase, "hop " + (i + 1) + " of the answer is " + kind(data.get(i)) + ", not a URL");
            }
            hops.add(new CaseResult.Hop(data.get(i).textValue(), status(codes.path(i))));
        }
        if (hops.isEmpty()) {
            return new CaseResult(linkCase, CaseResult.Status.BROKEN, null, hops, "no landing: AffiliTest gave no hop");
        }
        CaseResult.Hop landing = hops.get(hops.size() - 1);
        for (CaseResult.Hop hop : hops) {
            if (hop.status() != null && hop.status() >= 400) {
                return new CaseResult(linkCase, CaseResult.Status.BROKEN, landing.url(), hops,
                        hop.url() + " answered " + hop.status());
            }
        }
        if (landing.status() != null && (landing.status() < 200 || landing.status() > 299)) {
            return new CaseResult(linkCase, CaseResult.Status.BROKEN, landing.url(), hops,
                    "no landing: the last hop answered " + landing.status());
        }
        if (linkCase.previewUrl() != null && !Landing.same(landing.url(), linkCase.previewUrl())) {
            return new CaseResult(linkCase, CaseResult.Status.MISMATCH, landing.url(), hops,
                    "lands on " + landing.url() + ", not on the preview " + linkCase.previewUrl());
        }
        return new CaseResult(linkCase, CaseResult.Status.OK, landing.url(), hops, null);
    }

    private static CaseResult error(LinkCase linkCase, String message) {
        return new CaseResult(linkCase, CaseResult.Status.ERROR, null, List.of(), message);
    }

    /**
     * The answer's {@code error}: its message, or empty when it says there is none: null, absent, or, as
     * AffiliTest's public clients test it for truth, {@code false} or an empty text.
     */
    private static Optional<String> error(JsonNode root) {
        JsonNode error = root.path("error");
        boolean none = error.isMissingNode() || error.isNull() || error.isBoolean() && !error.booleanValue()
                || error.isTextual() && error.textValue().isBlank();
        return none ? Optional.empty() : Optional.of(text(error));
    }

    /** A hop's HTTP status: a number, or its text ({@code "404"}); null for none or anything else. */
    private static Integer status(JsonNode code) {
        if (code.isTextual() && code.textValue().strip().matches("[0-9]{3}")) {
            return Integer.valueOf(code.textValue().strip());
        }
        return code.isNumber() ? Integer.valueOf(code.intValue()) : null;
    }

    /** A JSON value's kind, as a message names it: {@code an object}, {@code null}, {@code missing}. */
    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case MISSING -> "missing";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "not JSON text";
        };
    }

    /** A string's text, any other value as JSON. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    /**
     * The parser's words with a location inside them ({@code expected close marker for Array (start marker at
     * [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 9])}, an
     * answer cut short) told as {@code line 1, column 9}: the rest is Jackson's setting, not the answer's.
     */
    private static String withoutSource(String text) {
        return SOURCE.matcher(text).replaceAll("line $1, column $2");
    }

    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
            "\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * Sends a request within the rate limit, retrying 429 and 5xx; the last answer, or status -1 with
     * the reason when there was none.
     */
    private Answer exchange(HttpRequest.Builder request) throws AffiliTestException, InterruptedException {
        HttpRequest req = request.timeout(timeout).header("Authorization", authorization).build();
        Answer answer;
        try {
            answer = retries.get(() -> {
                if (!throttle.take(timeout)) {
                    return new Answer(-1, null, null, "rate-limited: every request is held back "
                            + shown(wholeSeconds(throttle.held())) + " more after a 429, longer than the timeout of "
                            + shown(timeout) + "; not sent");
                }
                Answer a = send(req);
                return a.throttled() ? throttled(a) : a;
            });
        } catch (RateLimitExceededException e) {
            answer = new Answer(-1, null, null, "no turn under the rate limit within " + MAX_RATE_WAIT.toMinutes() + " minutes");
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e;
        }
        if (answer.endsRun()) {
            throw new AffiliTestException(answer.status, masked(answer.message()));
        }
        return answer;
    }

    /**
     * A 429 answer (or the rate limit's message in another status) after it has held every thread back: as
     * it is, to be retried after the pause; or,
     * when the pause it asks for is longer than the timeout, with the reason it is not waited for (the
     * user allowed a request no longer; the threads still wait their turn behind it, so the server is
     * not asked again before it said).
     */
    private Answer throttled(Answer a) {
        Optional<Duration> retryAfter = a.retryAfter == null ? Optional.empty() : Throttle.retryAfter(a.retryAfter, Instant.now());
        throttle.slowDown(retryAfter);
        Duration asked = retryAfter.orElse(window);
        String why = retryAfter.isEmpty() ? "one window, for want of a usable Retry-After" : "its Retry-After";
        if (asked.compareTo(Throttle.MIN_HOLD) < 0) {
            asked = Throttle.MIN_HOLD;
            why = "the shortest wait after a 429";
        }
        if (asked.compareTo(timeout) <= 0) {
            return a;
        }
        // a throttle by its message may come in any status (the error page names none): the reason says which
        String answer = a.status == 429 ? "the 429" : "the throttled answer (HTTP " + a.status + ")";
        return new Answer(a.status, a.body, a.retryAfter, "rate-limited: " + answer + " asks to wait "
                + shown(wholeSeconds(asked)) + " (" + why + "), longer than the timeout of " + shown(timeout)
                + "; not waited for: " + masked(a.message()));
    }

    /** {@code d} rounded up to whole seconds. */
    private static Duration wholeSeconds(Duration d) {
        return d.getNano() == 0 ? d : Duration.ofSeconds(d.getSeconds() + 1);
    }

    /** A duration as the user writes it: whole seconds in seconds, else milliseconds. */
    private static String shown(Duration d) {
        return d.getNano() == 0 ? d.getSeconds() + " s" : d.toMillis() + " ms";
    }

    /** One exchange, body included, within the timeout ({@link Exchange}); status -1 and why when there was no answer. */
    private Answer send(HttpRequest req) throws InterruptedException {
        try {
            HttpResponse<String> response = Exchange.send(http, req, timeout);
            // a redirect is not followed (the key would go along): the answer says where it led
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null),
                    Exchange.redirect(response).map(r -> "HTTP " + response.statusCode() + " " + masked(r)).orElse(null));
        } catch (HttpTimeoutException e) {
            return new Answer(-1, null, null, "no answer within " + timeout.toMillis() + " ms");
        } catch (Exchange.Unreadable e) {
            return new Answer(-1, null, null, e.getMessage());
        } catch (IOException e) {
            return new Answer(-1, null, null, "cannot reach " + base + ": " + e.getClass().getSimpleName() + ": "
                    + masked(Exchange.reason(e)));
        }
    }

    /** {@code text} without the API key, should a server or an exception repeat it. */
    private String masked(String text) {
        return text == null ? null : text.replace(key, "<the API key>");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An HTTP answer, or status -1 and why there was none. */
    private record Answer(int status, String body, String retryAfter, String failure) {

        Answer(int status, String body, String retryAfter) {
            this(status, body, retryAfter, null);
        }

        /** 429, or the rate limit's message in any status. */
        boolean throttled() {
            return status == 429 || status > 0 && message().toLowerCase(Locale.ROOT).startsWith(THROTTLED_MESSAGE);
        }

        /** 401, 403, or one of the error page's 401-type messages in any status: the run cannot go on. */
        boolean endsRun() {
            return status == 401 || status == 403
                    || status > 0 && AUTHENTICATION_MESSAGES.contains(message().strip().toLowerCase(Locale.ROOT));
        }

        /** The server's {@code error} message, else its body's start, else the failure or the status. */
        String message() {
            if (failure != null) {
                return failure;
            }
            if (body != null && !body.isBlank()) {
                try {
                    Optional<String> error = error(JSON.readTree(body));
                    if (error.isPresent()) {
                        return error.get();
                    }
                } catch (JacksonException e) {
                    // not JSON: the text itself
                }
                String text = body.strip();
                return text.length() > 200 ? text.substring(0, 200) + "…" : text;
            }
            return "HTTP " + status;
        }
    }

    /** Builds an {@link AffiliTestClient}; not thread-safe. */
    public static final class Builder {
        private String baseUrl = "https://affilitest.com";
        private String apiKey;
        private int requests = 50;
        private Duration window = Duration.ofSeconds(30);
        private Duration timeout = Duration.ofSeconds(60);
        private Duration backoff = Duration.ofSeconds(1);

        private Builder() {
        }

        /** The API's base URL, e.g. a test server or a proxy; default {@code https://affilitest.com}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** The API key, sent as {@code Authorization: AT-API <key>}; it must be 64 bytes (UTF-8). */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * At most {@code requests} requests (retries included) per {@code window}, evenly spaced
         * ({@code window / requests} apart) and shared by every thread; default AffiliTest's documented
         * 50 per 30 s. A 429 without {@code Retry-After} holds every thread back for one window.
         *
         * @throws IllegalArgumentException when {@code requests} is below 1 or the window is not positive
         */
        public Builder rate(int requests, Duration window) {
            Objects.requireNonNull(window, "window");
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate needs at least 1 request in a positive window");
            }
            this.requests = requests;
            this.window = window;
            return this;
        }

        /**
         * How long one request may take, connecting included, and the longest pause after a 429 it waits
         * for: a {@code Retry-After} (or the window, without one) longer than this is not waited for, and
         * the case is an {@code error} ("rate-limited: ..."); default 60 s.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The wait before the first retry of a 5xx answer, doubled for each next one; positive, default 1 s. */
        public Builder serverErrorBackoff(Duration backoff) {
            if (backoff.isNegative() || backoff.isZero()) {
                throw new IllegalArgumentException("the backoff must be positive");
            }
            this.backoff = backoff;
            return this;
        }

        /**
         * The client; sends nothing yet.
         *
         * @throws IllegalArgumentException when the key is missing or not 64 bytes, or the
         *     base URL is not an absolute http(s) URL
         */
        public AffiliTestClient build() {
            if (apiKey == null) {
                throw new IllegalArgumentException("no API key");
            }
            int bytes = apiKey.getBytes(StandardCharsets.UTF_8).length;
            if (bytes != KEY_BYTES) {
                throw new IllegalArgumentException("the API key is " + bytes + " bytes; AffiliTest keys are " + KEY_BYTES + " bytes");
            }
            for (int i = 0; i < apiKey.length(); i++) {
                char c = apiKey.charAt(i);
                if (c <= ' ' || c >= 0x7f) {
                    // never the key itself: the message goes to logs and terminals
                    throw new IllegalArgumentException("the API key has a character that cannot be sent in an HTTP header "
                            + "(U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + " of " + apiKey.length()
                            + "); AffiliTest keys are printable ASCII");
                }
            }
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL: " + baseUrl);
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the base URL must be an absolute http(s) URL: " + baseUrl);
            }
            return new AffiliTestClient(this);
        }
    }
}
