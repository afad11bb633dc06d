package org.offerrules.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Flow;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Exchange}: the answer's body is read whole, within the timeout, and never past its bound. */
class ExchangeTest {

    private static final int LIMIT = 1024 * 1024;

    private HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // an answer of the size the path names, sent in 64 KB writes without a length (chunked)
        server.createContext("/bytes/", exchange -> {
            long size = Long.parseLong(exchange.getRequestURI().getPath().substring("/bytes/".length()));
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            } catch (IOException e) {
                // the client hung up: what a bounded read does
            }
        });
        // "a" then "é" (two bytes each) to the size the path names, so that characters span the blocks
        server.createContext("/accented/", exchange -> {
            int size = Integer.parseInt(exchange.getRequestURI().getPath().substring("/accented/".length()));
            byte[] text = ("a" + "é".repeat(size / 2)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        });
        // an answer that declares its length, above the bound: not one byte of it needs reading
        server.createContext("/declared", exchange -> {
            exchange.sendResponseHeaders(200, LIMIT + 1L);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[LIMIT + 1]);
            } catch (IOException e) {
                // the client hung up
            }
        });
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
    }

    @Test
    void anAnswerWithinTheBoundIsReadWhole() throws Exception {
        HttpResponse<String> response = Exchange.send(http, get("/bytes/" + LIMIT), Duration.ofSeconds(20), LIMIT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).hasSize(LIMIT).isEqualTo("a".repeat(LIMIT));
    }

    @Test
    void anAnswerPastTheBoundFailsWithoutBeingHeld() {
        assertThatThrownBy(() -> Exchange.send(http, get("/bytes/" + (LIMIT + 1)), Duration.ofSeconds(20), LIMIT))
                .isInstanceOf(Exchange.AnswerTooLarge.class)
                .hasMessage("the answer is longer than 1 MiB, more than any answer of the API");
    }

    @Test
    void anEndlessAnswerEndsAtTheBoundNotAtTheTimeout() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> Exchange.send(http, get("/endless"), Duration.ofSeconds(60), LIMIT))
                .isInstanceOf(Exchange.AnswerTooLarge.class)
                .hasMessage("the answer is longer than 1 MiB, more than any answer of the API");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anAnswerThatDeclaresALengthPastTheBoundFails() {
        assertThatThrownBy(() -> Exchange.send(http, get("/declared"), Duration.ofSeconds(20), LIMIT))
                .isInstanceOf(Exchange.AnswerTooLarge.class)
                .hasMessage("the answer is longer than 1 MiB, more than any answer of the API");
    }

    @Test
    void charactersThatSpanTheBlocksAreReadWhole() throws Exception {
        HttpResponse<String> response = Exchange.send(http, get("/accented/" + 100_000), Duration.ofSeconds(20), LIMIT);
        assertThat(response.body()).isEqualTo("a" + "é".repeat(50_000));
    }

    /**
     * Back-pressure, counted rather than timed: the client is asked for one list of buffers at a time
     * (so it reads the socket no faster than the bytes are kept), the blocks never hold room for more
     * than the bound, and past it the subscription is cancelled and nothing more is asked.
     */
    @Test
    void anEndlessAnswerIsAskedForOneListAtATimeAndHeldWithinTheBound() {
        Exchange.Bounded subscriber = new Exchange.Bounded(LIMIT, -1);
        Demand demand = new Demand();
        subscriber.onSubscribe(demand);
        byte[] chunk = new byte[3000]; // not a divisor of the block sizes: copies cross blocks
        int lists = 0;
        while (!demand.cancelled) {
            assertThat(demand.requested - lists).as("lists asked for and not yet delivered").isEqualTo(1);
            subscriber.onNext(List.of(ByteBuffer.allocateDirect(chunk.length).put(chunk).flip(),
                    ByteBuffer.wrap(chunk)));
            lists++;
            assertThat(subscriber.held()).isLessThanOrEqualTo(LIMIT);
        }
        assertThat(lists).isEqualTo(LIMIT / (2 * chunk.length) + 1);
        assertThat(demand.requested).as("nothing asked past the bound").isEqualTo(lists);
        assertThat(subscriber.getBody().toCompletableFuture())
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(Exchange.AnswerTooLarge.class);
    }

    @Test
    void aDeclaredLengthPastTheBoundIsRefusedBeforeAnyByteIsAskedFor() {
        Exchange.Bounded subscriber = new Exchange.Bounded(LIMIT, LIMIT + 1L);
        Demand demand = new Demand();
        subscriber.onSubscribe(demand);
        assertThat(demand.requested).isZero();
        assertThat(demand.cancelled).isTrue();
        assertThat(subscriber.getBody().toCompletableFuture()).isCompletedExceptionally();
    }

    /**
     * Past the bound the blocks are let go, and the client may still signal the end of the answer it was
     * told to stop (Flow allows signals after {@code cancel}): nothing is then put together from them, not
     * an array and a string of the bound's size for an answer that already failed.
     */
    @Test
    void pastTheBoundTheBlocksAreLetGoAndALateEndPutsNothingTogether() {
        Exchange.Bounded subscriber = new Exchange.Bounded(LIMIT, -1);
        Demand demand = new Demand();
        subscriber.onSubscribe(demand);
        byte[] chunk = new byte[64 * 1024];
        while (!demand.cancelled) {
            subscriber.onNext(List.of(ByteBuffer.wrap(chunk)));
        }
        assertThat(subscriber.held()).as("room held after the bound").isZero();
        subscriber.onComplete();
        assertThat(subscriber.held()).as("room held after a late end").isZero();
        assertThat(subscriber.getBody().toCompletableFuture())
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(Exchange.AnswerTooLarge.class);
    }

    /** A subscription that counts what it is asked for. */
    private static final class Demand implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Test
    void theDefaultBoundIsSixtyFourMebibytes() {
        assertThat(Exchange.MAX_ANSWER_BYTES).isEqualTo(64 * 1024 * 1024);
        assertThat(new Exchange.AnswerTooLarge(Exchange.MAX_ANSWER_BYTES).getMessage())
                .isEqualTo("the answer is longer than 64 MiB, more than any answer of the API");
    }
}
