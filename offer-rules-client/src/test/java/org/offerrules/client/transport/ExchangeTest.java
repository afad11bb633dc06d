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
import java.time.Duration;
import java.util.Arrays;

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
                .isInstanceOf(Exchange.AnswerTooLarge.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void theDefaultBoundIsSixtyFourMebibytes() {
        assertThat(Exchange.MAX_ANSWER_BYTES).isEqualTo(64 * 1024 * 1024);
        assertThat(new Exchange.AnswerTooLarge(Exchange.MAX_ANSWER_BYTES).getMessage())
                .isEqualTo("the answer is longer than 64 MiB, more than any answer of the API");
    }
}
