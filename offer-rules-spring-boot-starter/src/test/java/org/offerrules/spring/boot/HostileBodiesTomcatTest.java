package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Hostile bodies sent as raw HTTP/1.1 to a real embedded Tomcat on a random port (headers as the client
 * writes them, a Content-Length that lies, chunks): each answer is 400 or 415 {@code application/problem+json}
 * with the API's codes and positions, whatever {@code Accept} says, and the same findings as offer-lint's for
 * the same bytes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HostileBodiesTomcatTest.Service.class)
class HostileBodiesTomcatTest {

    private static final String BAD = "{\"id\": 31, \"advertiser_id\": \"abc\"}";
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(OffersController.class)
    static class Service {
    }

    @LocalServerPort
    private int port;

    /**
     * UTF-16 and UTF-32, with a byte order mark or told by their zero bytes, sent as UTF-8 (no charset):
     * offer-lint's one finding for a file of the same bytes. The starter said "Invalid UTF-8 in the input" at
     * 1:1, or, of a body without a mark, at its first byte above 0x7F or at a zero byte of its ASCII.
     */
    @Test
    void aBodyInUtf16OrUtf32IsOfferLintsOneFinding() throws Exception {
        String found = "6055  1:1 Invalid json data: the input is %s, not UTF-8: save it as UTF-8";
        String name = "{\"name\": \"Caf\u00e9\", \"ssl\": \"x\"}";
        Map<byte[], String> bodies = new LinkedHashMap<>();
        bodies.put(withMark(0xFE, 0xFF, name.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE");
        bodies.put(withMark(0xFF, 0xFE, name.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE");
        bodies.put(name.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE");
        bodies.put(BAD.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
        bodies.put(BAD.getBytes(Charset.forName("UTF-32LE")), "UTF-32LE");
        OfferReader reader = OfferReader.create();
        for (Map.Entry<byte[], String> body : bodies.entrySet()) {
            for (String type : new String[] {JSON_TYPE, JSON_TYPE + "; charset=UTF-8", null}) {
                List<String> answer = problem(send("POST", "/offers", type, body.getKey()), 400);
                assertThat(answer).as("%s as %s", body.getValue(), type).containsExactly(found.formatted(body.getValue()));
                try (DocumentStream file = reader.documents(new ByteArrayInputStream(body.getKey()))) {
                    assertThat(FormBodyTomcatTest.lines(file.next().result().report().violations())).isEqualTo(answer);
                }
            }
            byte[] form = "name=Caf%C3%A9&ssl=x".getBytes(Charset.forName(body.getValue()));
            List<String> answer = problem(send("POST", "/offers", FORM_TYPE, form), 400);
            assertThat(answer).as("a form in %s", body.getValue()).singleElement().asString()
                    .isEqualTo("6820  1:1 Invalid form body parameter. (the input is " + body.getValue() + ", not UTF-8: save it as UTF-8)");
            try (DocumentStream file = reader.formDocuments(new ByteArrayInputStream(form))) {
                assertThat(FormBodyTomcatTest.lines(file.next().result().report().violations())).isEqualTo(answer);
            }
        }
    }

    /** A charset that is declared decodes the body: the positions are the text's, as of UTF-8 and of its mark. */
    @Test
    void aDeclaredCharsetOrAMarkKeepsThePositionsOfTheText() throws Exception {
        String at = "6306 /advertiser_id 1:29 Invalid Advertiser ID (expected an integer, found \"abc\")";
        assertThat(problem(send("POST", "/offers", JSON_TYPE, withMark(0xEF, 0xBB, 0xBF, u(BAD))), 400)).contains(at);
        assertThat(problem(send("POST", "/offers", JSON_TYPE + "; charset=UTF-16", BAD.getBytes(StandardCharsets.UTF_16BE)), 400))
                .contains(at);
        assertThat(problem(send("POST", "/offers", JSON_TYPE + "; charset=UTF-16",
                withMark(0xFF, 0xFE, BAD.getBytes(StandardCharsets.UTF_16LE))), 400)).contains(at);
        assertThat(problem(send("POST", "/offers", JSON_TYPE + "; charset=ISO-8859-1", BAD.getBytes(StandardCharsets.ISO_8859_1)), 400))
                .contains(at);
        assertThat(problem(send("POST", "/offers", "text/plain", u(BAD)), 400)).contains(at);
        assertThat(problem(send("POST", "/offers", null, u(BAD)), 400)).contains(at);
        // an odd byte at the end of UTF-16BE: where the text stops
        byte[] odd = withMark("{\n  \"name\": \"A\"".getBytes(StandardCharsets.UTF_16BE), 0x00);
        assertThat(problem(send("POST", "/offers", JSON_TYPE + "; charset=UTF-16BE", odd), 400))
                .containsExactly("6055  2:14 Invalid json data: Invalid UTF-16BE in the input");
    }

    /** No document, no object, a body cut short by its Content-Length, too deep: one 6055 at its place. */
    @Test
    void aBodyThatIsNoOfferIsOne6055AtItsPlace() throws Exception {
        assertThat(problem(send("POST", "/offers", JSON_TYPE, new byte[0]), 400))
                .containsExactly("6055  1:1 Invalid json data: no JSON document in the input");
        assertThat(problem(send("POST", "/offers", JSON_TYPE, u("null")), 400))
                .containsExactly("6055  1:1 Invalid json data: expected an offer object, found null");
        assertThat(problem(send("POST", "/offers", JSON_TYPE, u("[]")), 400))
                .containsExactly("6055  1:1 Invalid json data: expected an offer object, found an array");
        // the client says 10 bytes and sends 35: Tomcat gives the first 10
        assertThat(problem(raw("POST", "/offers", "Content-Type: application/json\r\nContent-Length: 10\r\n", u(BAD)), 400))
                .containsExactly("6055  1:11 Invalid json data: Unexpected end-of-input within/between Object entries");
        assertThat(problem(send("POST", "/offers", JSON_TYPE, u("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")), 400))
                .containsExactly("6055  1:42 Invalid json data: Document nesting depth (33) exceeds the maximum allowed"
                        + " (32, from `StreamReadConstraints.getMaxNestingDepth()`)");
    }

    /** Larger than offer-rules.max-body-size: by its Content-Length unread, chunked as it is read. */
    @Test
    void aBodyLargerThanTheLimitIsRefused() throws Exception {
        String tooLarge = "6055  - Invalid json data: the body is larger than 1048576 bytes (offer-rules.max-body-size)";
        byte[] big = u("{\"name\": \"" + "x".repeat(10_000_000) + "\"}");
        // declared: answered before the body is bound, after its first 1,000 bytes of 10 MB (Spring reads one
        // byte to tell an empty body before any converter; the client that sent none would wait for the answer)
        assertThat(problem(raw("POST", "/offers", "Content-Type: application/json\r\nContent-Length: " + big.length + "\r\n",
                java.util.Arrays.copyOf(big, 1_000)), 400)).containsExactly(tooLarge);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] chunk = u("x".repeat(65_536));
        chunked.writeBytes(u("a\r\n{\"name\": \"\r\n")); // 10 bytes
        for (int i = 0; i < 17; i++) {
            chunked.writeBytes(u(Integer.toHexString(chunk.length) + "\r\n"));
            chunked.writeBytes(chunk);
            chunked.writeBytes(u("\r\n"));
        }
        chunked.writeBytes(u("0\r\n\r\n"));
        assertThat(problem(raw("POST", "/offers", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                chunked.toByteArray()), 400)).containsExactly(tooLarge);
    }

    /** A problem answer is problem+json whatever the client accepts (RFC 9457 has no HTML or XML form here). */
    @Test
    void aProblemIsJsonWhateverTheClientAccepts() throws Exception {
        for (String accept : new String[] {"text/html", "application/xml"}) {
            Response invalid = raw("POST", "/offers", "Content-Type: application/json\r\nAccept: " + accept
                    + "\r\nContent-Length: " + BAD.length() + "\r\n", u(BAD));
            assertThat(problem(invalid, 400)).as(accept)
                    .contains("6306 /advertiser_id 1:29 Invalid Advertiser ID (expected an integer, found \"abc\")");
            Response unsupported = raw("POST", "/offers", "Content-Type: application/xml\r\nAccept: " + accept
                    + "\r\nContent-Length: " + BAD.length() + "\r\n", u(BAD));
            assertThat(problem(unsupported, 415)).as(accept).containsExactly("6055  - Invalid json data: the content type "
                    + "application/xml;charset=UTF-8 is not read; send application/json or application/x-www-form-urlencoded");
        }
    }

    /**
     * A compressed body is 415 with {@code Accept-Encoding: identity} (RFC 9110 8.4, 12.5.3), unread: it was a
     * 400 "Invalid UTF-8 in the input" at 1:2 of the gzip bytes. {@code identity} is no coding.
     */
    @Test
    void aCompressedBodyIsAnUnsupportedCoding() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
            out.write(u(BAD));
        }
        byte[] body = gzip.toByteArray();
        String unread = "6055  - Invalid json data: the content coding gzip is not read; send the body without Content-Encoding";
        for (String type : new String[] {"application/json", "application/x-www-form-urlencoded"}) {
            Response compressed = raw("POST", "/offers", "Content-Type: " + type + "\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + body.length + "\r\n", body);
            assertThat(problem(compressed, 415)).as(type).containsExactly(unread);
            assertThat(compressed.headers()).containsEntry("accept-encoding", "identity");
        }
        Response identity = raw("POST", "/offers", "Content-Type: application/json\r\nContent-Encoding: identity\r\n"
                + "Content-Length: " + BAD.length() + "\r\n", u(BAD));
        assertThat(problem(identity, 400))
                .contains("6306 /advertiser_id 1:29 Invalid Advertiser ID (expected an integer, found \"abc\")");
    }

    // ---- the client: raw HTTP/1.1, one request per connection

    private record Response(int status, Map<String, String> headers, String body) {
    }

    private Response send(String method, String path, String contentType, byte[] body) throws IOException {
        return raw(method, path, (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n", body);
    }

    private Response raw(String method, String path, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * The answer, read up to its end (its Content-Length, or the last chunk), not to the end of the
     * connection: Tomcat keeps a connection open to swallow a body it answered before reading.
     */
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            all.write(buffer, 0, n);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.put(head[i].substring(0, colon).toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String rest = text.substring(end + 4);
            boolean chunked = "chunked".equals(fields.get("transfer-encoding"));
            String length = fields.get("content-length");
            if (chunked ? rest.endsWith("0\r\n\r\n") : length == null || rest.getBytes(StandardCharsets.UTF_8).length
                    >= Integer.parseInt(length)) {
                return new Response(Integer.parseInt(head[0].split(" ")[1]), fields, chunked ? dechunk(rest) : rest);
            }
        }
        throw new IOException("the connection ended before the answer: " + all.toString(StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        for (int size; (size = Integer.parseInt(chunked.substring(at, chunked.indexOf("\r\n", at)).trim(), 16)) > 0; ) {
            at = chunked.indexOf("\r\n", at) + 2;
            body.append(chunked, at, at + size);
            at += size + 2;
        }
        return body.toString();
    }

    /** The problem's violations as "code pointer line:column message", after its status and type are checked. */
    private static List<String> problem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("content-type", "application/problem+json");
        return FormBodyTomcatTest.problemLines(response.body());
    }

    private static byte[] withMark(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes((byte[]) part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] u(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
