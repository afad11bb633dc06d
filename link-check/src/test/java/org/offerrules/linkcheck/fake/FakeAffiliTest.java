package org.offerrules.linkcheck.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that plays AffiliTest as its documentation describes
 * it: {@code POST /api/v1/test}, {@code POST /api/v1/compareToPreview}, {@code GET /api/v1/callsLeft}.
 * It records every request with its arrival time; scripted replies are served first, in order, then
 * the default: the tracking URL redirects (302) to the preview URL, or to {@link #LANDING}, which
 * answers 200. Test fixture, shared with validation-cli's tests.
 */
public final class FakeAffiliTest implements AutoCloseable {

    /** Where the default reply lands when the request has no preview URL. */
    public static final String LANDING = "https://landing.example.com/offer";

    /** One request as the server saw it. */
    public record Request(String method, String path, String query, String authorization, Map<String, String> form,
            long arrivalNanos) {
    }

    /**
     * A scripted reply.
     *
     * @param status     the HTTP status
     * @param body       the body
     * @param retryAfter a {@code Retry-After} header, or null
     * @param delayMillis how long to wait before answering
     */
    public record Reply(int status, String body, String retryAfter, long delayMillis) {

        /** A JSON answer with {@code {"error": message, "data": null}}. */
        public static Reply error(int status, String message) {
            return new Reply(status, "{\"error\":\"" + message + "\",\"data\":null}", null, 0);
        }

        /** A 200 answer with these hops and, per hop, its status. */
        public static Reply hops(List<String> urls, List<Integer> codes) {
            StringBuilder b = new StringBuilder("{\"error\":null,\"data\":[");
            for (int i = 0; i < urls.size(); i++) {
                b.append(i == 0 ? "" : ",").append('"').append(urls.get(i)).append('"');
            }
            b.append("],\"meta\":{\"codes\":").append(codes).append("}}");
            return new Reply(200, b.toString(), null, 0);
        }

        /** This reply after {@code millis}. */
        public Reply after(long millis) {
            return new Reply(status, body, retryAfter, millis);
        }

        /** This reply with a {@code Retry-After} header. */
        public Reply retryAfter(String value) {
            return new Reply(status, body, value, delayMillis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private long callsLeft = 1000;
    private Reply callsLeftReply;

    private FakeAffiliTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A started server. */
    public static FakeAffiliTest start() throws IOException {
        return new FakeAffiliTest();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Sets the budget {@code callsLeft} answers. */
    public synchronized FakeAffiliTest callsLeft(long calls) {
        this.callsLeft = calls;
        return this;
    }

    /** Answers {@code callsLeft} with this reply instead of the budget. */
    public synchronized FakeAffiliTest callsLeftReply(Reply reply) {
        this.callsLeftReply = reply;
        return this;
    }

    /** Serves these replies to the next test requests, in order, before the default. */
    public synchronized FakeAffiliTest then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Every request so far, in arrival order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The test requests ({@code test} and {@code compareToPreview}) so far. */
    public synchronized List<Request> tests() {
        return requests.stream().filter(r -> !r.path().endsWith("/callsLeft")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    form(body), arrival);
            Reply reply;
            synchronized (this) {
                requests.add(request);
                reply = reply(request);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private Reply reply(Request request) {
        String auth = request.authorization();
        if (auth == null || !auth.startsWith("AT-API ")) {
            return Reply.error(401, "Missing Authorization data");
        }
        if (auth.substring(7).getBytes(StandardCharsets.UTF_8).length != 64) {
            return Reply.error(401, "Invalid API Key length");
        }
        switch (request.path()) {
            case "/api/v1/callsLeft":
                return callsLeftReply != null ? callsLeftReply
                        : new Reply(200, "{\"error\":null,\"data\":" + callsLeft + "}", null, 0);
            case "/api/v1/test", "/api/v1/compareToPreview":
                if (!script.isEmpty()) {
                    return script.removeFirst();
                }
                Map<String, String> form = request.form();
                if (form.get("url") == null || form.get("country") == null || form.get("device") == null) {
                    return Reply.error(400, "Missing parameters");
                }
                String landing = form.getOrDefault("previewURL", LANDING);
                return Reply.hops(List.of(form.get("url"), landing), List.of(302, 200));
            default:
                return Reply.error(404, "Not found");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** The largest number of requests (of any kind) that arrived within any {@code windowNanos}. */
    public long mostInAnyWindow(long windowNanos) {
        List<Long> times = requests().stream().map(Request::arrivalNanos).sorted().toList();
        long most = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (times.get(i) - times.get(j) >= windowNanos) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        return most;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
