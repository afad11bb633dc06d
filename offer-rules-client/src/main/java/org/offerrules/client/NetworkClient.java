package org.offerrules.client;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

import org.offerrules.validation.ApiError;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.UnencodableValueException;

/**
 * The network API, with the library's rules applied before anything is sent. {@link #send(Object)}
 * takes any request record of {@link Request} (an {@code Offer}, a {@code SetAdvertiser}, a
 * {@code ListPaging}, ...) and
 * <ol>
 * <li>validates it with the builder's {@link OfferValidator}, in that validator's mode (create by
 * default; a validator in update mode, with the current objects when known, checks updates); an
 * invalid request is not sent and comes back as {@link Result.Invalid};</li>
 * <li>writes it in the wire format ({@link OfferForm}: form-encoded, indexed list parameters), as a
 * {@code POST} body, or for a read ({@code get...}, and {@code generateLink}, whose page says so) in the
 * query string of a {@code GET};</li>
 * <li>sends it to {@code {baseUrl}/api/v1/{method}?key=...} within the shared rate limit, waits out
 * 429 and {@code 6041} (honouring {@code Retry-After}, held between 1 s and the cap), retries 5xx, {@code 6006} and
 * {@code 6814} a bounded number of times with back-off, and nothing else;</li>
 * <li>returns {@link Result.Done} with the answer's {@code data}, or {@link Result.Failed} with the
 * decoded {@link org.offerrules.validation.ApiError} and its client action.</li>
 * </ol>
 * The network not answering (after the retries allowed) is the one exception, {@link NetworkException}.
 * The key appears in no log line, message or {@code toString}: the URL is built with it in one place
 * and described everywhere else with it masked. Thread-safe: build one and share it; the rate limit is
 * shared by every caller of the instance. Close it when done.
 *
 * <p>A throttled answer (429, or {@code 6041} in any status) holds back every caller of the instance,
 * not only the request it answered: no request of any thread leaves until its {@code Retry-After}
 * (or the throttle delay without one, at most the cap) has passed; the throttled request is then sent
 * again. The rate itself stays as it was: after the pause the callers take turns at the configured
 * spacing, without a burst of those that waited.
 */
public final class NetworkClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NetworkClient.class.getName());

    private final Endpoint endpoint;
    private final String baseUrl;
    private final Duration timeout;
    private final Clock clock;
    private final OfferValidator validator;
    /**
     * Reads an answer whole: two run together (a broken proxy) are no answer, not the first of them; a member
     * twice in one object ({@code "data": 1, "data": 2}) is none either: Jackson kept the last, silently, and
     * which the network meant is not known.
     */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final ExecutorService threads;
    private final HttpClient http;
    private final Throttle throttle;
    private final FailsafeExecutor<Answer> reads;
    private final FailsafeExecutor<Answer> writes;
    private final FailsafeExecutor<Answer> creates;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int throttleRetries;
    private final Consumer<? super Pause> onPause;

    private NetworkClient(Builder b) {
        this.endpoint = new Endpoint(b.baseUrl, b.apiKey);
        this.baseUrl = b.baseUrl;
        this.timeout = b.timeout;
        this.clock = b.clock;
        this.validator = b.validator;
        this.throttleRetries = b.throttleRetries;
        this.onPause = b.onPause;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "offer-rules-client");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().executor(threads).connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.throttle = Throttle.of(b.requests, b.per, b.maxRateWait, b.throttleDelay, b.maxRetryAfter);
        RetryPolicy<Answer> throttled = Retries.throttled(Answer::throttled, Answer::status, b.throttleRetries);
        this.reads = Failsafe.with(throttled, busy(b, Answer::busy, true));
        this.writes = Failsafe.with(throttled, busy(b, Answer::busy, false));
        this.creates = Failsafe.with(throttled, busy(b, Answer::refused, false));
    }

    /**
     * The retries of a failing server, of the answers {@code busy} names, and of a connection that could
     * not be made; for a read also an exchange that broke off (sending it again changes nothing), never for
     * a write (the network may have acted on it). A read or a write that sets is sent again after any 5xx,
     * 6006 or 6814 (sent twice, it leaves what it leaves once); a create only after the answers that say it
     * was refused, not taken up ({@link Answer#refused}): after a bare 5xx it may exist, and a second
     * attempt may make a second object (docs/decisions/transport.md).
     */
    private static RetryPolicy<Answer> busy(Builder b, java.util.function.Predicate<Answer> busy, boolean read) {
        return Retries.busy(busy, failure -> failure instanceof Unreachable u && (read || u.notSent),
                Answer::status, b.retries, b.backoff, b.maxBackoff);
    }

    /**
     * A builder.
     *
     * @param baseUrl the network's address, e.g. {@code https://network.example.com}
     * @param apiKey  the API key, sent as {@code key} in the query string and never shown
     */
    public static Builder builder(String baseUrl, String apiKey) {
        return new Builder(baseUrl, apiKey);
    }

    /**
     * Validates and sends any request record of {@link Request} (the first row of a record several
     * rows share: {@link #send(Request, Object)} names another).
     *
     * @throws IllegalArgumentException if {@code body} is not the record of a {@link Request}
     * @throws NetworkException         when the network did not answer in the API's format
     * @throws IllegalStateException    after {@link #close()}
     */
    public Result send(Object body) {
        Objects.requireNonNull(body, "body");
        return send(Request.of(body.getClass()), body);
    }

    /**
     * Validates and sends {@code body} as {@code request}.
     *
     * @throws IllegalArgumentException if {@code body} is not {@code request}'s record
     * @throws NetworkException         when the network did not answer in the API's format
     * @throws IllegalStateException    after {@link #close()}
     */
    public Result send(Request request, Object body) {
        Objects.requireNonNull(request, "request");
        if (!request.type().isInstance(body)) {
            throw new IllegalArgumentException(request.method() + " takes a " + request.type().getSimpleName());
        }
        if (closed.get()) {
            throw new IllegalStateException("the client is closed");
        }
        ValidationReport report = validator.validate(body);
        if (!report.isValid()) {
            return new Result.Invalid(request, report);
        }
        String form;
        try {
            form = OfferForm.write(body);
        } catch (UnencodableValueException e) { // a lone surrogate: sent, it would be '?', not the value validated
            return new Result.Invalid(request, ValidationReport.of(List.of(e.violation())));
        }
        AtomicInteger attempts = new AtomicInteger();
        boolean create = request.creates(body); // the row's data: a body without its id, a new item
        Answer answer = call(request.method(), form, attempts, create);
        if (answer.error() != null) {
            return new Result.Failed(request, masked(answer.error()), attempts.get(), create && answer.ambiguous());
        }
        return new Result.Done(request, answer.status(), answer.data());
    }

    /**
     * Reads every page of the list method {@code method} (a read, sent as GET: {@code get...}, or a method
     * whose page says GET; {@code ...V2} is the method of {@code /api/v2/}), e.g. {@code getAffiliates} or {@code getOffersV2}, handing each page's
     * records to {@code page} in order. A {@code limit} the API does not allow (the paging rules of
     * {@code ListPaging}, above 0, or of {@code ListPagingV2} for a V2 method, 500, 1000, 5000 or 10000; checked
     * by the builder's validator) is not sent and comes back as {@link Listing.Invalid}. It asks for {@code page=1, 2, ...} with {@code limit} records a
     * page (after {@code parameters}, the method's filters), each page within the rate limit and with the
     * retries of {@link #send(Object)}, and stops at an empty page or one shorter than {@code limit} (domain
     * brief 3.1), at the first error, or after {@code maxPages} full pages. A page's records are the
     * answer's {@code data} when it is a list, or, when it is an object (a V2 answer's page counts beside
     * its records), its one list: an object with no list or with several, or an answer without
     * {@code data}, is not understood ({@link NetworkException}, naming the object's members and their
     * kinds), never an empty page; {@code "data": null} or {@code []} is one.
     *
     * @throws IllegalArgumentException if {@code method} is not sent as GET, or {@code maxPages} is not positive
     * @throws NetworkException         when the network did not answer in the API's format, its
     *                                  {@code data} is missing or holds no one list of records, or a
     *                                  record is not a JSON object
     * @throws IllegalStateException    after {@link #close()}
     */
    public Listing list(String method, Map<String, String> parameters, int limit, int maxPages,
            Consumer<List<Map<String, Object>>> page) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(page, "page");
        if (!Endpoint.isRead(method) || maxPages < 1) {
            throw new IllegalArgumentException("a list is read with GET (" + Endpoint.reads()
                    + "), with maxPages above 0: "
                    + method + ", " + maxPages);
        }
        if (closed.get()) {
            throw new IllegalStateException("the client is closed");
        }
        ValidationReport paging = validator.validate(Endpoint.paging(method, 1, limit));
        if (!paging.isValid()) {
            return new Listing.Invalid(method, paging);
        }
        StringBuilder filters = new StringBuilder();
        parameters.forEach((name, value) -> filters.append(encode(name)).append('=').append(encode(value)).append('&'));
        long records = 0;
        for (int number = 1; number <= maxPages; number++) {
            String form = filters + "page=" + number + "&limit=" + limit;
            AtomicInteger attempts = new AtomicInteger();
            Answer answer = call(method, form, attempts, false);
            if (answer.error() != null) {
                return new Listing.Failed(method, number, masked(answer.error()), attempts.get(), records);
            }
            if (!answer.hasData()) {
                // {"httpStatus": 200} alone read as an empty page, and data pull wrote it over the list's file
                throw new NetworkException(endpoint.describe(method, form) + ": the answer has no data, where a page "
                        + "of a list answers its records (an empty page: \"data\": [])", null);
            }
            List<Map<String, Object>> rows = rows(answer.data(), method, form);
            if (rows.isEmpty()) {
                return new Listing.Done(method, number - 1, records);
            }
            page.accept(rows);
            records += rows.size();
            if (rows.size() < limit) {
                return new Listing.Done(method, number, records);
            }
        }
        return new Listing.TooManyPages(method, maxPages, records);
    }

    private List<Map<String, Object>> rows(Object data, String method, String form) {
        Object list = data;
        if (data instanceof Map<?, ?> wrapper) {
            // a v2 answer may put the records beside its page counts: its one list; none, or two to choose
            // from, is an answer not understood, never an empty list (a pull would replace the data with it)
            List<?> lists = wrapper.values().stream().filter(List.class::isInstance).toList();
            if (lists.size() != 1) {
                throw new NetworkException(endpoint.describe(method, form) + ": the answer's data is an object with "
                        + (lists.isEmpty() ? "no list of records" : lists.size() + " lists, and which holds the records "
                        + "is not known") + ": " + shape(wrapper) + "; a list answers the records, or an object with "
                        + "one list beside its page counts", null);
            }
            list = lists.get(0);
        }
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> items)) {
            throw new NetworkException(endpoint.describe(method, form) + ": the answer's data is no list", null);
        }
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> row)) {
                throw new NetworkException(endpoint.describe(method, form) + ": a record is no JSON object", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) row;
            rows.add(record);
        }
        return rows;
    }

    /** Most members {@link #shape} names: an answer not understood is said in one line. */
    private static final int SHAPE_MEMBERS = 8;

    /**
     * An object's members as the answer has them, each with its JSON kind and not its value, e.g.
     * {@code {"page": number, "offers": list}}.
     */
    private static String shape(Map<?, ?> object) {
        StringBuilder shape = new StringBuilder("{");
        int shown = 0;
        for (Map.Entry<?, ?> member : object.entrySet()) {
            if (shown == SHAPE_MEMBERS) {
                shape.append(", ... (").append(object.size()).append(" members)");
                break;
            }
            shape.append(shown++ == 0 ? "" : ", ").append('"').append(member.getKey()).append("\": ")
                    .append(kind(member.getValue()));
        }
        return shape.append('}').toString();
    }

    private static String kind(Object value) {
        return value == null ? "null" : value instanceof List ? "list" : value instanceof Map ? "object"
                : value instanceof Boolean ? "boolean" : value instanceof Number ? "number" : "string";
    }

    /** The error with the key taken out of the server's message: a server may repeat the URL it was sent. */
    private ApiError masked(ApiError error) {
        String message = endpoint.scrub(error.message());
        return message.equals(error.message()) ? error
                : new ApiError(error.httpStatus(), error.code(), error.number(), error.action(), message);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Sends {@code form} to {@code method} within the limits and retries; the answer, or the exception.
     * {@code create}: the request may make an object, and is retried as a create is.
     */
    private Answer call(String method, String form, AtomicInteger attempts, boolean create) {
        AtomicInteger throttled = new AtomicInteger();
        try {
            return (create ? creates : Endpoint.isRead(method) ? reads : writes).get(() -> {
                throttle.take();
                attempts.incrementAndGet();
                Answer answer = exchange(method, form);
                if (answer.throttled()) {
                    Duration wait = throttle.slowDown(answer.retryAfter());
                    int retry = throttled.incrementAndGet();
                    if (retry <= throttleRetries) { // else no retry follows: the request fails, nothing is waited for
                        Duration held = throttle.held(); // a longer pause already in force is the one waited out
                        onPause.accept(new Pause(method, masked(answer.error()), held.compareTo(wait) > 0 ? held : wait,
                                retry, throttleRetries));
                    }
                }
                return answer;
            });
        } catch (Unreachable | Answer.MalformedAnswer | RateLimitExceededException e) {
            throw failure(method, form, attempts.get(), e, create);
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw failure(method, form, attempts.get(), e.getCause() == null ? e : e.getCause(), create);
        }
    }

    /** One exchange, the body of the answer included, within the timeout. */
    private Answer exchange(String method, String form) throws InterruptedException {
        boolean read = Endpoint.isRead(method);
        LOG.log(Level.DEBUG, "sending {0}", endpoint.describe(method, form));
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint.uri(method, form)).timeout(timeout)
                .header("Accept", "application/json");
        if (read) {
            http.GET();
        } else {
            http.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = Exchange.send(this.http, http.build(), timeout);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new Unreachable(e.getClass().getSimpleName() + ": " + endpoint.scrub(Exchange.reason(e)), true);
        } catch (Exchange.Unreadable e) {
            throw new Answer.MalformedAnswer(e.getMessage()); // the same answer again: not retried
        } catch (HttpTimeoutException e) {
            throw new Unreachable(e.getMessage(), false);
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName() + ": " + endpoint.scrub(Exchange.reason(e)), false);
        }
        Answer answer = Answer.read(json, response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After"), clock.instant());
        // a redirect is not followed (a write's body and the key would go elsewhere): its failure says where it led
        return Exchange.redirect(response).filter(r -> answer.error() != null).map(answer::saying).orElse(answer);
    }

    /**
     * The failure of a request that got no answer that could be read. A create whose last attempt left (the
     * connection was made: it broke off, timed out, or its answer could not be read) may have made its
     * object: the message and {@link NetworkException#mayHaveCreated()} say so. A connection that could not
     * be made, a turn under the rate limit not given, an interrupted wait: nothing left.
     */
    private NetworkException failure(String method, String form, int attempts, Throwable why, boolean create) {
        boolean left = attempts > 0 && (why instanceof Answer.MalformedAnswer || why instanceof Unreachable u && !u.notSent);
        boolean mayHaveCreated = create && left;
        // the cause is left out: a JDK message may carry the URL; its text, scrubbed, is in ours
        return new NetworkException(endpoint.describe(method, form) + " failed after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + endpoint.scrub(why.getMessage())
                + (mayHaveCreated ? "; " + MAY_HAVE_CREATED : ""), null, mayHaveCreated);
    }

    /** What a failure of a create that may have made its object says, after why it failed. */
    static final String MAY_HAVE_CREATED = "the network may have created it, so it was not sent again: "
            + "look it up before sending it again";

    /**
     * How {@code body} would be sent as {@code request} to {@code baseUrl}, with the key masked: the
     * verb and the URL, and for a write the form body on a second line. For a dry run; sends nothing.
     *
     * @throws IllegalArgumentException  if {@code body} is not {@code request}'s record
     * @throws UnencodableValueException if a text value holds a lone surrogate: the form cannot carry it,
     *                                   and {@link #send(Request, Object)} would return it as
     *                                   {@link Result.Invalid}, sending nothing
     */
    public static String describe(String baseUrl, Request request, Object body) {
        if (!request.type().isInstance(body)) {
            throw new IllegalArgumentException(request.method() + " takes a " + request.type().getSimpleName());
        }
        String form = OfferForm.write(body);
        String line = new Endpoint(baseUrl, Endpoint.MASK).describe(request, form);
        return Endpoint.isRead(request) ? line : line + "\n" + form;
    }

    /** Stops the client's threads; a request sent afterwards is refused. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            threads.shutdownNow();
        }
    }

    /** The network's address; never the key. */
    @Override
    public String toString() {
        return "NetworkClient[" + baseUrl + "]";
    }

    /**
     * A pause the client is about to wait out: the network answered a request of {@code method} with a
     * throttle (429, or {@code 6041}), and every caller of the client is held back for {@code length} before
     * the request is sent again, the {@code retry}th time of at most {@code retries}. Without a usable
     * {@code Retry-After} the wait is the throttle delay (30 s by default), long enough that a caller
     * with a user waiting should say so ({@link Builder#onPause}).
     *
     * @param method  the API method of the throttled request, e.g. {@code getAffiliates}
     * @param error   the throttled answer, its key masked
     * @param length  how long from now no request leaves
     * @param retry   which retry of the request follows the wait, from 1
     * @param retries the most retries of a throttled request ({@link Builder#throttling})
     */
    public record Pause(String method, ApiError error, Duration length, int retry, int retries) {
        /** Checks the parts. */
        public Pause {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(length, "length");
        }
    }

    /** No answer: the connection failed, broke off or timed out. */
    static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The request did not leave: sending it again cannot repeat its effect. */
        final boolean notSent;

        Unreachable(String message, boolean notSent) {
            super(message);
            this.notSent = notSent;
        }
    }

    /**
     * The client's settings. Defaults: 10 requests per second (brief 3.1: the network's rate is not
     * documented), a 30 s timeout per exchange, 3 retries of a failing server with back-off from 1 s
     * to 30 s, 10 waits for a throttled answer of {@code Retry-After} or else 30 s (one window of
     * AffiliTest's documented 50 calls per 30 s, which brief 3 borrows), never less than 1 s nor more
     * than 60 s.
     */
    public static final class Builder {
        private final String baseUrl;
        private final String apiKey;
        private long requests = 10;
        private Duration per = Duration.ofSeconds(1);
        private Duration maxRateWait = Duration.ofMinutes(10);
        private Duration timeout = Duration.ofSeconds(30);
        private int retries = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private int throttleRetries = 10;
        private Duration throttleDelay = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private OfferValidator validator = OfferValidator.create();
        private Clock clock = Clock.systemUTC();
        private Consumer<? super Pause> onPause = pause -> { };

        private Builder(String baseUrl, String apiKey) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(apiKey, "apiKey");
            if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
                throw new IllegalArgumentException("the base URL must be http(s)://host: " + baseUrl);
            }
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("the API key is empty");
            }
            this.baseUrl = baseUrl;
            this.apiKey = apiKey;
        }

        /** At most {@code requests} requests (retries included) per {@code per}, shared by all callers. */
        public Builder rate(long requests, Duration per) {
            if (requests < 1 || !positive(per)) {
                throw new IllegalArgumentException("the rate must be positive");
            }
            this.requests = requests;
            this.per = per;
            return this;
        }

        /** How long one exchange may take, from connecting to the last byte of the answer. */
        public Builder timeout(Duration timeout) {
            this.timeout = requirePositive(timeout);
            return this;
        }

        /** How many times a 5xx, {@code 6006} or {@code 6814} answer is retried, starting {@code backoff} apart, doubling up to {@code maxBackoff}. */
        public Builder retries(int retries, Duration backoff, Duration maxBackoff) {
            if (retries < 0 || !positive(backoff) || maxBackoff.compareTo(backoff) <= 0) {
                throw new IllegalArgumentException("retries >= 0, 0 < backoff < maxBackoff");
            }
            this.retries = retries;
            this.backoff = backoff;
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * How many throttled answers (429, {@code 6041}) one request waits out, how long every caller
         * waits when the answer has no {@code Retry-After} (or one that is neither seconds nor a date),
         * and the longest wait whatever {@code Retry-After} says. The wait holds back every caller of
         * the client, not only the throttled request. No wait is shorter than 1 s, whatever
         * {@code Retry-After} says ({@code 0}, a date gone by) or {@code delay} is: link-check's
         * shortest wait, the same constant.
         *
         * @throws IllegalArgumentException if {@code retries} is negative, {@code delay} is not
         *                                  positive, or {@code maxRetryAfter} is shorter than 1 s
         */
        public Builder throttling(int retries, Duration delay, Duration maxRetryAfter) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries >= 0");
            }
            Duration longest = Throttle.longestHold(requirePositive(maxRetryAfter));
            this.throttleDelay = requirePositive(delay);
            this.throttleRetries = retries;
            this.maxRetryAfter = longest;
            return this;
        }

        /** How long a caller waits for its turn under the rate limit before {@link NetworkException}. */
        public Builder maxRateWait(Duration maxRateWait) {
            this.maxRateWait = requirePositive(maxRateWait);
            return this;
        }

        /** The validator requests are checked with (its lookups, its current objects); default {@link OfferValidator#create()}. */
        public Builder validator(OfferValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Told of every pause after a throttled answer, before it is waited out (one call a throttled
         * answer that is retried), on the thread of the throttled request: several threads may call it at
         * once, and the request waits for it to return. By default nothing is told (the pauses are logged
         * at DEBUG).
         */
        public Builder onPause(Consumer<? super Pause> listener) {
            this.onPause = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The clock a {@code Retry-After} date is read against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The client. */
        public NetworkClient build() {
            return new NetworkClient(this);
        }

        private static boolean positive(Duration d) {
            return d != null && !d.isNegative() && !d.isZero();
        }

        private static Duration requirePositive(Duration d) {
            if (!positive(d)) {
                throw new IllegalArgumentException("the duration must be positive: " + d);
            }
            return d;
        }
    }
}
