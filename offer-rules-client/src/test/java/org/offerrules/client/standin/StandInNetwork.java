package org.offerrules.client.standin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in of the network API on loopback that speaks the documented wire format (brief 3.1):
 * {@code /api/v1/<method>?key=...}, writes as form-encoded {@code POST}s answered 201 with a new id,
 * reads as {@code GET}s answered 200; it checks the key (6012), answers faster callers than its rate
 * with 429 / 6041, and can be told to fail: a scripted answer (any status, body, {@code Retry-After}),
 * a slow answer, a dropped connection. A list it is given ({@link #list}) is served page by page: the
 * {@code GET}'s {@code page} (from 1) and {@code limit} (default 500) choose the slice; past the end the
 * page is empty.
 */
public final class StandInNetwork implements AutoCloseable {

    /** A scripted answer; {@code delayMillis} before it, or the connection dropped instead. */
    public record Reply(int status, String body, String retryAfter, long delayMillis, boolean drop) {
        public static Reply of(int status, String body) {
            return new Reply(status, body, null, 0, false);
        }

        public static Reply error(int status, int code, String message) {
            return of(status, "{\"httpStatus\":" + status + ",\"errorCode\":" + code + ",\"message\":\"" + message + "\"}");
        }

        public Reply retryAfter(String value) {
            return new Reply(status, body, value, delayMillis, drop);
        }

        public static Reply slow(long millis) {
            return new Reply(0, null, null, millis, false);
        }

        public static Reply dropped() {
            return new Reply(0, null, null, 0, true);
        }
    }

    /** A request as the stand-in saw it. */
    public record Seen(String verb, String path, Map<String, String> query, String contentType, String body, long nanos) {
    }

    public static final long FIRST_ID = 1000;

    private final String key;
    private final long minGapNanos;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);
    private final Map<String, List<String>> lists = new java.util.HashMap<>();
    private Reply always;
    private long lastNanos = Long.MIN_VALUE;
    private int throttledByRate;

    /**
     * @param key        the valid key
     * @param ratePerSec the rate it allows (a request sooner than 1/rate after the last one is 429,
     *                   with a little slack for the scheduler); 0 for no limit
     */
    public StandInNetwork(String key, int ratePerSec) throws IOException {
        this.key = key;
        this.minGapNanos = ratePerSec == 0 ? 0 : 1_000_000_000L / ratePerSec * 8 / 10;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized StandInNetwork then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Every request gets {@code reply}. */
    public synchronized StandInNetwork always(Reply reply) {
        always = reply;
        return this;
    }

    /** Serves {@code records}, each a JSON object, at {@code path} (e.g. {@code /api/v1/getAffiliates}), paged. */
    public synchronized StandInNetwork list(String path, List<String> records) {
        lists.put(path, List.copyOf(records));
        return this;
    }

    public synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    public synchronized int throttledByRate() {
        return throttledByRate;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> query = params(ex.getRequestURI().getRawQuery());
            Reply reply;
            synchronized (this) {
                long now = System.nanoTime();
                seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().getPath(), query,
                        ex.getRequestHeaders().getFirst("Content-Type"), body, now));
                boolean tooSoon = minGapNanos > 0 && lastNanos != Long.MIN_VALUE && now - lastNanos < minGapNanos;
                lastNanos = now;
                if (!key.equals(query.get("key"))) {
                    reply = Reply.error(400, 6012, "Invalid key");
                } else if (tooSoon) {
                    throttledByRate++;
                    reply = Reply.error(429, 6041, "Frequent Limitation");
                } else if (!script.isEmpty()) {
                    reply = script.poll();
                } else if (always != null) {
                    reply = always;
                } else {
                    reply = ordinary(ex.getRequestMethod(), ex.getRequestURI().getPath(), query);
                }
            }
            if (reply.drop()) {
                return; // closed without an answer
            }
            if (reply.delayMillis() > 0) {
                sleep(reply.delayMillis());
                if (reply.status() == 0) {
                    reply = ordinary(ex.getRequestMethod(), ex.getRequestURI().getPath(), query);
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            if (reply.retryAfter() != null) {
                ex.getResponseHeaders().set("Retry-After", reply.retryAfter());
            }
            ex.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Reply ordinary(String verb, String path, Map<String, String> query) {
        if ("POST".equals(verb)) {
            return Reply.of(201, "{\"httpStatus\":201,\"data\":" + nextId.getAndIncrement() + "}");
        }
        List<String> records = lists.getOrDefault(path, List.of());
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        long from = Math.min((long) (page - 1) * limit, records.size());
        List<String> slice = records.subList((int) from, (int) Math.min(from + limit, records.size()));
        return Reply.of(200, "{\"httpStatus\":200,\"data\":[" + String.join(",", slice) + "]}");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static Map<String, String> params(String raw) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
