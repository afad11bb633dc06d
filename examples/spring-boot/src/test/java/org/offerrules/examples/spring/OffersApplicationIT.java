package org.offerrules.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged example, started as {@code java -jar} on a free port ({@code --server.port=0}, the port
 * read from its log), and called over real HTTP as a client would.
 */
class OffersApplicationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Path LOG = Path.of("target/offers-application-it.log");

    private static Process service;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("example.jar", "target/offer-rules-example-spring-boot-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged jar (mvn verify builds it before this test)").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=0", "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (base == null) {
            Matcher started = STARTED.matcher(Files.readString(LOG, StandardCharsets.UTF_8));
            if (started.find()) {
                base = URI.create("http://localhost:" + started.group(1));
            } else {
                assertThat(service.isAlive()).as("the service is running: %s", LOG).isTrue();
                assertThat(Instant.now()).as("the service started within 2 minutes: %s", LOG).isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    /**
     * A form is read from the bytes the client sent, not from Tomcat's parameters: a broken escape is the
     * field's code (Tomcat refused the whole body), and the columns are the client's although the body has
     * a repeated key, {@code %20} and an empty pair that the parameters did not keep.
     */
    @Test
    void aFormPostIsReadFromTheBytesTheClientSent() throws Exception {
        HttpResponse<String> broken = send("POST", "/offers", "application/x-www-form-urlencoded", "name=%ZZ&advertiser_id=12");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(violations(JSON.readTree(broken.body()))).contains("6309 /name 1:1").doesNotContain("6055");

        HttpResponse<String> tricky = send("POST", "/offers", "application/x-www-form-urlencoded",
                "ssl=x&name=Summer%20Sale&&ssl=1&&currency=a+b");
        assertThat(violations(JSON.readTree(tricky.body()))).contains("6319 /ssl 1:1", "6319 /ssl 1:27", "6324 /currency 1:34");
    }

    /** A PATCH form with Boot's FormContentFilter on, in a declared charset: its escapes are that charset's. */
    @Test
    void aFormPatchInItsDeclaredCharsetIsMerged() throws Exception {
        int id = createdReadmeOffer();

        HttpResponse<String> response = send("PATCH", "/offers/" + id, "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "id=" + id + "&name=Caf%E9+Sale");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("name").asString()).isEqualTo("Caf\u00e9 Sale");
        HttpResponse<String> undefined = send("PATCH", "/offers/" + id, "application/x-www-form-urlencoded; charset=windows-1252",
                "id=" + id + "&name=a%81");
        assertThat(violations(JSON.readTree(undefined.body()))).containsExactly("6309 /name 1:" + (("id=" + id).length() + 2));
    }

    @Test
    void anInvalidOfferIsAProblemWithCodesPointersAndPositions() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", "application/json", "{\"advertiser_id\": \"abc\", \"name\": \"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(violations(problem)).contains("6306 /advertiser_id 1:19").anyMatch(v -> v.startsWith("6309 /name "));
    }

    @Test
    void anOfferWithoutANameIsRefusedInCreateMode() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", "application/json",
                readmeOffer().replace("\"name\": \"Summer Sale\",", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violations(JSON.readTree(response.body()))).anyMatch(v -> v.startsWith("6308 /name "));
    }

    @Test
    void aPatchIsCheckedAsAnUpdateAndMerged() throws Exception {
        int id = createdReadmeOffer();

        HttpResponse<String> response = send("PATCH", "/offers/" + id, "application/json",
                "{\"id\": " + id + ", \"name\": \"Renamed\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode offer = JSON.readTree(response.body());
        assertThat(offer.get("name").asString()).isEqualTo("Renamed");
        assertThat(offer.get("payout").asDouble()).as("merged with the stored offer").isEqualTo(2.5);
        assertThat(response.headers().allValues("Offer-Rules-Warning")).isEmpty();
    }

    @Test
    void theServiceStartsWithTheReadmesOfferAs31() throws Exception {
        HttpResponse<String> response = send("GET", "/offers/31", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stored = JSON.readTree(response.body());
        JsonNode readme = JSON.readTree(readmeOffer());
        readme.properties().forEach(field -> assertThat(stored.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
    }

    /** Issue 25: the service's house rules (beans) are problems like the API's codes, with their own codes. */
    @Test
    void theHouseRulesAreProblemsLikeTheApisCodes() throws Exception {
        String offer = readmeOffer().replace("\"name\": \"Summer Sale\"", "\"name\": \"summer sale\"");
        offer = offer.substring(0, offer.lastIndexOf('}')) + ", \"revenue_type\": \"RPA\", \"revenue\": 1.5}";
        HttpResponse<String> response = send("POST", "/offers", "application/json", offer);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        List<String> found = new ArrayList<>();
        for (JsonNode v : problem.get("violations")) {
            found.add(v.get("code").asString() + " " + v.get("pointer").asString() + " " + v.get("severity").asString()
                    + " " + v.get("message").asString());
        }
        assertThat(found).containsExactlyInAnyOrder("ACME-1 /payout error payout must not exceed revenue",
                "ACME-2 /name error offer names start with a capital letter");
        assertThat(problem.get("violations").get(0).get("code").isString()).isTrue();
    }

    @Test
    void theReadmesOfferIsCreated() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", "application/json", readmeOffer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode offer = JSON.readTree(response.body());
        assertThat(offer.get("name").asString()).isEqualTo("Summer Sale");
        assertThat(response.headers().firstValue("Location")).get().isEqualTo("/offers/" + offer.get("id").asInt());
    }

    /**
     * Each request of the README and the guide shown with its answer: the status, the headers shown and,
     * when one is shown, the body.
     */
    @Test
    void theDocumentedAnswersAreTheServices() throws Exception {
        int shown = 0;
        for (Path page : List.of(Path.of("README.md"), Path.of("../../docs/spring-boot.md"))) {
            Matcher block = Pattern.compile("<!-- answer -->\\s*```\\n\\$ curl -s -i -X (\\w+) localhost:8080(\\S+)"
                    + " -H 'Content-Type: application/json' -d '([^']*)'\\nHTTP/1.1 (\\d+)\\n(.*?)\\n```",
                    Pattern.DOTALL).matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (block.find()) {
                HttpResponse<String> response = send(block.group(1), block.group(2), "application/json", block.group(3));

                assertThat(response.statusCode()).as(page.toString()).isEqualTo(Integer.parseInt(block.group(4)));
                String[] headersAndBody = block.group(5).split("\\n\\n", 2);
                for (String header : headersAndBody[0].split("\\n")) {
                    String[] nameAndValue = header.split(": ", 2);
                    assertThat(response.headers().allValues(nameAndValue[0])).as("%s: %s", page, header).contains(nameAndValue[1]);
                }
                if (headersAndBody.length > 1) {
                    assertThat(headersAndBody[1]).as(page.toString()).isEqualTo(response.body());
                }
                shown++;
            }
        }
        assertThat(shown).as("requests shown with their answers").isEqualTo(3);
    }

    /**
     * docs/spring-boot.md's table of failures: each row's body sent as the row says, answered with the
     * row's status and violations (of the problem, or of the warning headers of a success).
     */
    @Test
    void theGuidesTableOfFailuresIsWhatTheServiceAnswers() throws Exception {
        String guide = Files.readString(Path.of("../../docs/spring-boot.md"), StandardCharsets.UTF_8);
        Matcher table = Pattern.compile("<!-- failures -->\\n\\|.*?\\n\\|[-|]+\\|\\n(.*?)\\n\\n", Pattern.DOTALL).matcher(guide);
        assertThat(table.find()).as("the guide's table of failures").isTrue();
        Pattern row = Pattern.compile("\\| (.+?) \\| `(\\w+) (\\S+)` \\| (?:`([^`]+)`|none) \\| (?:`([^`]*)`|\\*(.+?)\\*) \\| (\\d+) \\| (.+?) \\|");
        int rows = 0;
        SoftAssertions each = new SoftAssertions();
        for (String line : table.group(1).split("\n")) {
            Matcher r = row.matcher(line);
            assertThat(r.matches()).as("a row of the table: %s", line).isTrue();
            String body = r.group(5) != null ? r.group(5) : namedBody(r.group(6));

            HttpResponse<String> response = send(r.group(2), r.group(3), r.group(4), body);

            each.assertThat(response.statusCode()).as("%s: %s", r.group(1), response.body()).isEqualTo(Integer.parseInt(r.group(7)));
            List<String> answer;
            if (response.statusCode() < 300) {
                answer = new ArrayList<>();
                for (String warning : response.headers().allValues("Offer-Rules-Warning")) {
                    answer.add(violation(JSON.readTree(warning)));
                }
            } else {
                each.assertThat(response.headers().firstValue("Content-Type")).as(r.group(1)).hasValue("application/problem+json");
                answer = violations(JSON.readTree(response.body()));
            }
            each.assertThat(String.join(", ", answer.stream().map(v -> "`" + v + "`").toList())).as(r.group(1))
                    .isEqualTo(r.group(8));
            rows++;
        }
        each.assertAll();
        assertThat(rows).isGreaterThanOrEqualTo(10);
    }

    /** The bodies the table names instead of showing them. */
    private static String namedBody(String name) throws IOException {
        String valid = readmeOffer();
        Map<String, String> bodies = Map.of(
                "empty", "",
                "white space", " \n ",
                "the README's offer with 1 MB more", valid.substring(0, valid.lastIndexOf('}'))
                        + ", \"description\": \"" + "x".repeat(1 << 20) + "\"}",
                "33 nested arrays", "{\"events\": " + "[".repeat(33) + "]".repeat(33) + "}");
        assertThat(bodies).as("a body the test knows").containsKey(name);
        return bodies.get(name);
    }

    @Test
    void aPatchWithAnUnknownFieldSucceedsWithItsWarning() throws Exception {
        HttpResponse<String> response = send("PATCH", "/offers/31", "application/json", "{\"id\":31,\"nmae\":\"x\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Offer-Rules-Warning-Count")).hasValue("1");
        JsonNode warning = JSON.readTree(response.headers().firstValue("Offer-Rules-Warning").orElseThrow());
        assertThat(violation(warning)).isEqualTo("6820 /nmae 1:10");
        assertThat(warning.get("severity").asString()).isEqualTo("warning");
        assertThat(warning.get("message").asString()).contains("nmae");
    }

    /** With a thousand warnings and one error, {@code detail} names the error, not the first violation. */
    @Test
    void theDetailNamesTheFirstError() throws Exception {
        StringBuilder body = new StringBuilder("{\"id\": 31");
        for (int i = 0; i < 1_001; i++) {
            body.append(", \"unknown_").append(i).append("\": 1");
        }
        HttpResponse<String> response = send("PATCH", "/offers/31", "application/json", body.append('}').toString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("violations").get(0).get("severity").asString()).isEqualTo("warning");
        JsonNode firstError = null;
        for (JsonNode v : problem.get("violations")) {
            if (firstError == null && v.get("severity").asString().equals("error")) {
                firstError = v;
            }
        }
        assertThat(firstError).isNotNull();
        assertThat(problem.get("detail").asString()).startsWith("1 error; first: " + firstError.get("code").asInt()
                + " " + firstError.get("message").asString());
    }

    /** Creates the README's offer: its id. */
    private static int createdReadmeOffer() throws Exception {
        return JSON.readTree(send("POST", "/offers", "application/json", readmeOffer()).body()).get("id").asInt();
    }

    /** The README's offer, so that what it shows is what the service accepts. */
    static String readmeOffer() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- valid offer -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a valid offer").isTrue();
        return block.group(1);
    }

    /**
     * Issue 29: a 4 MB body is refused before it is bound, an 800 KB list of bad entries gets a bounded
     * answer (it used to be 25 MB), and the service still answers a valid offer with 201 right after.
     */
    @Test
    void hostileBodiesGetBoundedProblemsAndTheServiceStaysResponsive() throws Exception {
        String valid = readmeOffer();
        String geo = valid.substring(0, valid.lastIndexOf('}')) + ", \"geo_countries\": [\"US\""
                + ",\"US\"".repeat(999_999) + "]}";
        HttpResponse<String> huge = send("POST", "/offers", "application/json", geo);

        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(violations(JSON.readTree(huge.body()))).singleElement().asString().startsWith("6055");
        assertThat(huge.body()).contains("the body is larger than 1048576 bytes (offer-rules.max-body-size)");

        String list = valid.substring(0, valid.lastIndexOf('}')) + ", \"geo_countries\": [\"US\""
                + ",\"US\"".repeat(150_000) + "]}";
        HttpResponse<String> many = send("POST", "/offers", "application/json", list);

        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body().length()).isLessThan(100_000);
        assertThat(violations(JSON.readTree(many.body()))).hasSizeLessThan(110).anyMatch(v -> v.startsWith("6356 "));

        HttpResponse<String> after = send("POST", "/offers", "application/json", valid);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
    }

    /**
     * Spring's own HTTP failures are problem details too ({@code spring.mvc.problemdetails.enabled}), whatever
     * the client accepts: a browser's {@code Accept: text/html} got Boot's Whitelabel page for each of them.
     */
    @Test
    void httpFailuresAreProblemsNotErrorPages() throws Exception {
        HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(base.resolve("/offers")).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(get.body()).get("status").asInt()).isEqualTo(405);

        HttpResponse<String> xml = CLIENT.send(HttpRequest.newBuilder(base.resolve("/offers/31"))
                .header("Accept", "application/xml").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(xml.body()).get("status").asInt()).isEqualTo(406);

        HttpResponse<String> notANumber = CLIENT.send(HttpRequest.newBuilder(base.resolve("/offers/abc"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        // an invalid body is the starter's problem whatever Accept says: the API's codes, not a 406
        HttpResponse<String> invalid = CLIENT.send(HttpRequest.newBuilder(base.resolve("/offers"))
                .header("Accept", "text/html").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": 1, \"advertiser_id\": \"abc\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(violations(JSON.readTree(invalid.body()))).contains("6306 /advertiser_id 1:28");
    }

    private static List<String> violations(JsonNode problem) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : problem.get("violations")) {
            found.add(violation(v));
        }
        return found;
    }

    /** {@code code pointer line:column}, the pointer and position left out where there are none. */
    private static String violation(JsonNode v) {
        String pointer = v.get("pointer").asString();
        return v.get("code").asInt() + (pointer.isEmpty() ? "" : " " + pointer)
                + (v.has("line") ? " " + v.get("line").asInt() + ":" + v.get("column").asInt() : "");
    }

    /** Sends {@code body} (none when null) as {@code contentType} (no Content-Type when null). */
    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
