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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The AffiliTest API, with the service's rules applied on this side: a key that is not 64 bytes is
 * refused before any request; at most {@link RateLimit} requests in any window, shared by every
 * thread using this client; 429 waits ({@code Retry-After} when given, else a window) and retries;
 * 5xx retries three times with a doubling backoff, then the case is an {@code error}; 401 and 403
 * end the run ({@link AffiliTestException}); 400 is an {@code error} for its case. Thread-safe: build
 * one per run and share it.
 */
public final class AffiliTestClient {

    /** The key length AffiliTest accepts, in bytes. */
    public static final int KEY_BYTES = 64;
    /** How many times a 5xx answer is retried. */
    static final int SERVER_ERROR_RETRIES = 3;
    /** How many 429 answers in a row one request takes before its case is an error. */
    static final int THROTTLED_RETRIES = 10;
    /** The longest {@code Retry-After} honoured. */
    static final long MAX_RETRY_AFTER_NANOS = Duration.ofMinutes(10).toNanos();
    /** The shortest wait after a 429, whatever its {@code Retry-After} says. */
    static final long MIN_RETRY_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

    private final String base;
    private final String key;
    private final String authorization;
    private final Duration timeout;
    private final Duration backoff;
    private final Ticker ticker;
    private final RateLimiter limiter;
    private final HttpClient http;

    private AffiliTestClient(Builder b) {
        this.base = b.baseUrl.endsWith("/") ? b.baseUrl.substring(0, b.baseUrl.length() - 1) : b.baseUrl;
        this.key = b.apiKey;
        this.authorization = "AT-API " + b.apiKey;
        this.timeout = b.timeout;
        this.backoff = b.backoff;
        this.ticker = b.ticker;
        this.limiter = new RateLimiter(b.rate, b.ticker);
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
                if (Json.parse(answer.body) instanceof Map<?, ?> map && map.get("data") instanceof Double n) {
                    return n.longValue();
                }
            } catch (IllegalArgumentException e) {
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
        if (answer.status != 200) {
            String message = masked(answer.message());
            String why = answer.status == 400 ? "bad request: " + message
                    : answer.status >= 500 ? "server error " + answer.status + " after " + SERVER_ERROR_RETRIES + " retries: " + message
                    : answer.status == 429 ? "still throttled after " + THROTTLED_RETRIES + " retries: " + message
                    : answer.status < 0 ? message
                    : "unexpected HTTP " + answer.status + ": " + message;
            return new CaseResult(linkCase, CaseResult.Status.ERROR, null, List.of(), why);
        }
        return verdict(linkCase, answer.body);
    }

    /** The verdict from a 200 answer's {@code error}, {@code data} and {@code meta.codes}. */
    static CaseResult verdict(LinkCase linkCase, String body) {
        Map<?, ?> root;
        try {
            if (!(Json.parse(body) instanceof Map<?, ?> map)) {
                return error(linkCase, "the answer is not a JSON object");
            }
            root = map;
        } catch (IllegalArgumentException e) {
            return error(linkCase, "the answer is " + e.getMessage());
        }
        if (root.get("error") != null) {
            return error(linkCase, String.valueOf(root.get("error")));
        }
        List<?> data = root.get("data") instanceof List<?> list ? list : List.of();
        List<?> codes = root.get("meta") instanceof Map<?, ?> meta && meta.get("codes") instanceof List<?> list ? list : List.of();
        List<CaseResult.Hop> hops = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Integer code = i < codes.size() && codes.get(i) instanceof Double d ? d.intValue() : null;
            hops.add(new CaseResult.Hop(String.valueOf(data.get(i)), code));
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
     * Sends a request within the rate limit, retrying 429 and 5xx; the last answer, or status -1 with
     * the reason when there was none.
     */
    private Answer exchange(HttpRequest.Builder request) throws AffiliTestException, InterruptedException {
        HttpRequest req = request.timeout(timeout).header("Authorization", authorization).build();
        int serverErrors = 0;
        int throttled = 0;
        while (true) {
            Answer answer;
            limiter.acquire();
            try {
                answer = send(req);
            } finally {
                limiter.release();
            }
            int status = answer.status;
            if (status == 401 || status == 403) {
                throw new AffiliTestException(status, masked(answer.message()));
            }
            if (status == 429 && throttled++ < THROTTLED_RETRIES) {
                limiter.pause(retryAfter(answer.retryAfter));
                continue;
            }
            if (status >= 500 && serverErrors++ < SERVER_ERROR_RETRIES) {
                ticker.sleep(backoff.toNanos() << (serverErrors - 1));
                continue;
            }
            return answer;
        }
    }

    /**
     * One exchange, body included, within the timeout: the request's own timeout ends at the headers,
     * so a server that sends them and then stalls the body would hold the run forever.
     */
    private Answer send(HttpRequest req) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Answer(-1, null, null, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return new Answer(-1, null, null, "no answer within " + timeout.toMillis() + " ms");
            }
            if (e.getCause() instanceof IOException io) {
                return new Answer(-1, null, null, "cannot reach " + base + ": " + masked(String.valueOf(io)));
            }
            throw new IllegalStateException("the HTTP client failed: " + masked(String.valueOf(e.getCause())));
        }
    }

    /** {@code text} without the API key, should a server or an exception repeat it. */
    private String masked(String text) {
        return text == null ? null : text.replace(key, "<the API key>");
    }

    /**
     * {@code Retry-After} in seconds or as an HTTP date, held between {@link #MIN_RETRY_AFTER_NANOS} and
     * {@link #MAX_RETRY_AFTER_NANOS} (a negative or zero value would let the retries go out in a burst);
     * without one, or one that is not a number of seconds nor a date, a whole window.
     */
    long retryAfter(String header) {
        if (header != null) {
            String h = header.trim();
            try {
                long seconds = Long.parseLong(h);
                if (seconds >= 0) {
                    return clamp(seconds > MAX_RETRY_AFTER_NANOS / 1_000_000_000L ? MAX_RETRY_AFTER_NANOS
                            : Duration.ofSeconds(seconds).toNanos());
                }
            } catch (NumberFormatException e) {
                try {
                    Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return clamp(d.isNegative() ? 0 : d.compareTo(Duration.ofNanos(MAX_RETRY_AFTER_NANOS)) > 0
                            ? MAX_RETRY_AFTER_NANOS : d.toNanos());
                } catch (RuntimeException ignored) {
                    // fall through to a whole window
                }
            }
        }
        return limiter.window();
    }

    private static long clamp(long nanos) {
        return Math.max(MIN_RETRY_AFTER_NANOS, Math.min(nanos, MAX_RETRY_AFTER_NANOS));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An HTTP answer, or status -1 and why there was none. */
    private record Answer(int status, String body, String retryAfter, String failure) {

        Answer(int status, String body, String retryAfter) {
            this(status, body, retryAfter, null);
        }

        /** The server's {@code error} message, else its body's start, else the failure or the status. */
        String message() {
            if (failure != null) {
                return failure;
            }
            if (body != null && !body.isBlank()) {
                try {
                    if (Json.parse(body) instanceof Map<?, ?> map && map.get("error") != null) {
                        return String.valueOf(map.get("error"));
                    }
                } catch (IllegalArgumentException e) {
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
        private RateLimit rate = RateLimit.AFFILITEST;
        private Duration timeout = Duration.ofSeconds(60);
        private Duration backoff = Duration.ofSeconds(1);
        private Ticker ticker = Ticker.SYSTEM;

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

        /** At most so many requests in any window; default 50 per 30 s. */
        public Builder rate(RateLimit rate) {
            this.rate = Objects.requireNonNull(rate, "rate");
            return this;
        }

        /** How long one request may take, connecting included; default 60 s. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The wait before the first retry of a 5xx answer, doubled for each next one; default 1 s. */
        public Builder serverErrorBackoff(Duration backoff) {
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("the backoff must not be negative");
            }
            this.backoff = backoff;
            return this;
        }

        Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
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
