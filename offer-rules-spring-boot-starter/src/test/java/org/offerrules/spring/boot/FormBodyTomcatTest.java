package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.Bytes;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.Offer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Form bodies sent as raw bytes to a real embedded Tomcat on a random port, with Boot's defaults (its
 * request encoding forced to UTF-8, its {@code FormContentFilter} on): the findings are placed in the
 * bytes the client sent, which Spring's form POST, rebuilt from Tomcat's parameters, did not keep, and a
 * body Tomcat cannot decode is read by the starter, not failed by Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = FormBodyTomcatTest.Service.class)
class FormBodyTomcatTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({OffersController.class, Service.Echo.class})
    static class Service {

        @RestController
        static class Echo {
            /** An endpoint that reads no request: its parameters are Tomcat's, untouched by the starter. */
            @PostMapping("/echo")
            String echo(@RequestParam String name) {
                return name;
            }

            /** An endpoint that reads a request and a parameter of its body as well. */
            @PostMapping("/tagged")
            String tagged(@RequestBody @OfferRules(mode = ValidationMode.UPDATE) Offer offer, @RequestParam String tag,
                          @RequestParam String q) {
                return offer.name() + "|" + tag + "|" + q;
            }
        }
    }

    @LocalServerPort
    private int port;

    /** Spring rebuilt {@code ssl=x&name=A&ssl=1} as {@code ssl=x&ssl=1&name=A}: the repeat was at column 9. */
    @Test
    void aRepeatedKeyIsPlacedWhereTheClientSentIt() throws Exception {
        assertThat(violations(post("ssl=x&name=A&ssl=1"))).contains(
                "6319 /ssl 1:1 Invalid SSL (expected an integer, found \"x\")",
                "6319 /ssl 1:14 Invalid SSL (`ssl` is given more than once; the first value is used)");
    }

    /** {@code %20}, which Spring rebuilt as {@code +}, and {@code &&}, which it dropped, keep their columns. */
    @Test
    void escapesAndEmptyPairsKeepTheirColumns() throws Exception {
        assertThat(violations(post("name=Summer%20Sale&&ssl=x&&currency=a+b"))).contains(
                "6319 /ssl 1:21 Invalid SSL (expected an integer, found \"x\")",
                "6324 /currency 1:28 Invalid Offer Currency (expected an integer, found \"a b\")");
    }

    /** Tomcat refused {@code %ZZ} itself; the starter reads it as offer-lint reads a *.form line. */
    @Test
    void aBrokenEscapeIsTheFieldsCodeNotTheContainersFailure() throws Exception {
        assertThat(violations(post("name=%ZZ&ssl=x"))).contains(
                "6309 /name 1:1 Empty Offer Name (malformed percent-encoding `%ZZ` at column 6)",
                "6319 /ssl 1:10 Invalid SSL (expected an integer, found \"x\")");
        // a % at the very end, and one before no hex digit: the field's code, at its name, the escape's column said
        assertThat(violations(post("name=%G1&ssl=%"))).contains(
                "6309 /name 1:1 Empty Offer Name (malformed percent-encoding `%G1` at column 6)",
                "6319 /ssl 1:10 Invalid SSL (malformed percent-encoding `%` at column 14)");
        assertThat(violations(post(Bytes.of("name=Caf", 0xE9, "&ssl=x"), "application/x-www-form-urlencoded"))).contains(
                "6309 /name 1:1 Empty Offer Name (bytes that are not UTF-8 at column 9)",
                "6319 /ssl 1:11 Invalid SSL (expected an integer, found \"x\")");
    }

    /**
     * The declared charset decodes percent-encoded bytes as it decodes raw ones, although Boot forces the
     * request encoding of Tomcat's parameters to UTF-8: the starter reads what the client said it sent.
     */
    @Test
    void aDeclaredCharsetDecodesTheEscapes() throws Exception {
        HttpResponse<String> latin1 = post(ascii("id=31&name=Caf%E9"), "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "PATCH", "/offers/31");
        assertThat(latin1.statusCode()).as(latin1.body()).isEqualTo(200);
        assertThat(JSON.readTree(latin1.body()).get("name").asString()).isEqualTo("Caf\u00e9");
        HttpResponse<String> cp1252 = post(Bytes.of("id=31&name=%93Caf", 0xE9, "%94&ssl=x"),
                "application/x-www-form-urlencoded;charset=windows-1252", "PATCH", "/offers/31");
        assertThat(violations(cp1252)).containsExactly("6319 /ssl 1:23 Invalid SSL (expected an integer, found \"x\")");
        HttpResponse<String> undefined = post(ascii("id=31&name=a%81"), "application/x-www-form-urlencoded; charset=windows-1252",
                "PATCH", "/offers/31");
        assertThat(violations(undefined)).containsExactly(
                "6309 /name 1:7 Empty Offer Name (percent-encoded bytes that are not windows-1252 before column 16)");
    }

    /** A PATCH passes Boot's FormContentFilter, which took the body apart before the starter read it. */
    @Test
    void aFormPatchIsReadWithBootsFormContentFilterOn() throws Exception {
        HttpResponse<String> response = post(ascii("id=31&name=Renamed&&ssl=x"), "application/x-www-form-urlencoded",
                "PATCH", "/offers/31");
        assertThat(violations(response)).containsExactly("6319 /ssl 1:21 Invalid SSL (expected an integer, found \"x\")");
        HttpResponse<String> renamed = post(ascii("id=31&name=Renamed"), "application/x-www-form-urlencoded",
                "PATCH", "/offers/31");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(JSON.readTree(renamed.body()).get("name").asString()).isEqualTo("Renamed");
    }

    /**
     * The parameters of a validated endpoint's form are the query string's and the body's, decoded as Tomcat
     * decodes them (Boot's UTF-8); another endpoint's are Tomcat's own.
     */
    @Test
    void theParametersOfTheBodyAreStillThere() throws Exception {
        HttpResponse<String> tagged = post(ascii("id=4&name=Caf%C3%A9+au+lait&tag=%E2%82%AC&&tag=2"),
                "application/x-www-form-urlencoded", "POST", "/tagged?q=x%20y");
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
        assertThat(tagged.body()).isEqualTo("Caf\u00e9 au lait|\u20ac,2|x y");
        assertThat(tagged.headers().allValues("Offer-Rules-Warning")).hasSize(1).first().asString()
                .contains("\"pointer\":\"/tag\"").contains("\"column\":29");
        HttpResponse<String> echo = post(ascii("name=Caf%C3%A9+au+lait"), "application/x-www-form-urlencoded", "POST", "/echo");
        assertThat(echo.statusCode()).isEqualTo(200);
        assertThat(echo.body()).isEqualTo("Caf\u00e9 au lait");
    }

    /**
     * Boot forces the request encoding to UTF-8 over a form's declared charset; a parameter beside the body
     * is read in the declared one, as the body is: it was {@code Caf\uFFFD} beside a body whose name is
     * {@code Café}. Bytes that are not the charset stay as sent, escaped, never a replacement character.
     */
    @Test
    void theParametersOfTheBodyAreInTheFormsDeclaredCharset() throws Exception {
        HttpResponse<String> latin1 = post(ascii("id=4&name=Caf%E9&tag=%E9t%E9"),
                "application/x-www-form-urlencoded; charset=ISO-8859-1", "POST", "/tagged?q=1");
        assertThat(latin1.statusCode()).as(latin1.body()).isEqualTo(200);
        assertThat(latin1.body()).isEqualTo("Caf\u00e9|\u00e9t\u00e9|1");
        assertThat(latin1.headers().allValues("Offer-Rules-Warning")).hasSize(1).first().asString()
                .contains("\"code\":6820").contains("\"pointer\":\"/tag\"").contains("\"line\":1,\"column\":18");
        HttpResponse<String> notUtf8 = post(Bytes.of("id=4&name=A&tag=Caf", 0xE9, "+%E9"), "application/x-www-form-urlencoded",
                "POST", "/tagged?q=1");
        assertThat(notUtf8.statusCode()).as(notUtf8.body()).isEqualTo(200);
        assertThat(notUtf8.body()).isEqualTo("A|Caf%E9+%E9|1");
    }

    @Test
    void aFormLongerThanTheLimitIsRefusedUnread() throws Exception {
        // chunked: no length to refuse it by before the filter reads it
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offers"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("name=" + "x".repeat(1_100_000)).getBytes(StandardCharsets.US_ASCII))))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(violations(response)).containsExactly(
                "6055  - Invalid json data: the body is larger than 1048576 bytes (offer-rules.max-body-size)");
    }

    /**
     * The same bytes in the same charset get the library's answer: {@code OfferReader.readForm(bytes,
     * charset)}, which for UTF-8 is offer-lint's reader of a line of a {@code *.form} file.
     */
    @Test
    void theAnswerIsTheLibrarysAndOfferLintsOnTheSameBytes() throws Exception {
        OfferReader reader = OfferReader.create();
        String[] bodies = {"ssl=x&name=A&ssl=1", "name=Summer%20Sale&&ssl=x&&currency=a+b", "name=%ZZ&ssl=x",
            "\u00e9=1&name=Caf%E9&description=%93x%94&geo_countries[1]=US", "=&&name=%C3%A9&nmae=x&ssl=%4",
            "name=%G1&name=A&ssl=%"};
        for (String text : bodies) {
            for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
                    java.nio.charset.Charset.forName("windows-1252"))) {
                byte[] bytes = text.getBytes(charset);
                List<String> library = lines(reader.readForm(bytes, charset).report().violations());
                assertThat(violations(post(bytes, "application/x-www-form-urlencoded; charset=" + charset.name())))
                        .as("%s in %s", text, charset).isEqualTo(library);
                if (charset.equals(StandardCharsets.UTF_8)) {
                    try (DocumentStream file = reader.formDocuments(new java.io.ByteArrayInputStream(bytes))) {
                        assertThat(lines(file.next().result().report().violations())).as("%s as a *.form line", text)
                                .isEqualTo(library);
                    }
                }
            }
        }
    }

    static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> (v.code().isHouse() ? v.code().id() : String.valueOf(v.codeNumber())) + " "
                + v.pointer() + " " + (v.hasLocation() ? v.line() + ":" + v.column() : "-") + " " + v.message()).toList();
    }

    // ---- the client

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(ascii(body), "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> post(byte[] body, String type) throws IOException, InterruptedException {
        return post(body, type, "POST", "/offers");
    }

    private HttpResponse<String> post(byte[] body, String type, String method, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] ascii(String body) {
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** The problem's violations as "code pointer line:column message". */
    private static List<String> violations(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return problemLines(response.body());
    }

    /** The violations of the problem {@code json} as "code pointer line:column message", as {@link #lines} writes them. */
    static List<String> problemLines(String json) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json).get("violations")) {
            out.add(v.get("code").asString() + " " + v.get("pointer").asString() + " "
                    + (v.has("line") ? v.get("line").asInt() + ":" + v.get("column").asInt() : "-") + " "
                    + v.get("message").asString());
        }
        return out;
    }
}
