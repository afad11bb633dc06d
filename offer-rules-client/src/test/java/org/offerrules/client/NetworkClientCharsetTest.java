package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer's text is read in the charset its {@code Content-Type} declares, UTF-8 (JSON's) without
 * one; bytes that are not text in it, or a charset not known, are an answer not understood, never
 * replacement characters in the records.
 */
class NetworkClientCharsetTest {

    private static final String PAGE = "{\"httpStatus\":200,\"data\":[{\"id\":1,\"email\":\"jos\u00e9@example.com\"}]}";

    private HttpServer server;
    private final AtomicInteger asked = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server answering every request with {@link #PAGE} in {@code encoding}, under {@code contentType}. */
    private String serve(String contentType, Charset encoding) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            byte[] bytes = PAGE.getBytes(encoding);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private List<Map<String, Object>> pull(String url) {
        List<Map<String, Object>> records = new ArrayList<>();
        try (NetworkClient client = NetworkClient.builder(url, NetworkClientTest.KEY)
                .retries(2, NetworkClientTest.QUICK, NetworkClientTest.QUICK.multipliedBy(2)).build()) {
            client.list("getAffiliates", Map.of(), 500, 1, records::addAll);
        }
        return records;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json; charset=ISO-8859-1   | ISO-8859-1",
        "application/json;charset=\"iso-8859-1\" | ISO-8859-1",
        "application/json; Charset=windows-1252 | windows-1252",
        "application/json; charset=UTF-8        | UTF-8",
        "application/json                       | UTF-8",
    })
    void theAnswerIsReadInTheCharsetItDeclares(String contentType, String encoding) throws IOException {
        List<Map<String, Object>> records = pull(serve(contentType, Charset.forName(encoding)));
        assertThat(records).extracting(r -> r.get("email")).containsExactly("jos\u00e9@example.com");
    }

    @Test
    void bytesThatAreNotTextInTheCharsetAreAnAnswerNotUnderstoodNotReplacementCharacters() throws IOException {
        String url = serve("application/json", StandardCharsets.ISO_8859_1); // Latin-1 bytes, no charset: UTF-8
        int at = PAGE.indexOf('\u00e9');
        assertThatThrownBy(() -> pull(url)).isInstanceOf(NetworkException.class)
                .hasMessageContaining("failed after 1 attempt: the answer is not UTF-8 text (JSON's charset; it declares none): byte "
                        + at + " is not a character in it")
                .hasMessageNotContaining(NetworkClientTest.KEY);
        assertThat(asked).hasValue(1); // the same answer again: not retried
    }

    @Test
    void aCharsetNotKnownIsAnAnswerNotUnderstood() throws IOException {
        String url = serve("application/json; charset=x-no-such-charset", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pull(url)).isInstanceOf(NetworkException.class)
                .hasMessageContaining("failed after 1 attempt: the answer is in the charset \"x-no-such-charset\" "
                        + "(Content-Type: application/json; charset=x-no-such-charset), which this Java does not know");
        assertThat(asked).hasValue(1);
    }
}
