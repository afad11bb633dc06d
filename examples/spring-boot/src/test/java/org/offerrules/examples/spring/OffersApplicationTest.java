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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example service on a random port, called over real HTTP as a client would. */
class OffersApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ConfigurableApplicationContext service;
    private static URI base;

    @BeforeAll
    static void start() {
        service = SpringApplication.run(OffersApplication.class, "--server.port=0", "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        base = URI.create("http://localhost:" + port);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void anInvalidOfferIsAProblemWithCodesPointersAndPositions() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", "{\"advertiser_id\": \"abc\", \"name\": \"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(violations(problem)).contains("6306 /advertiser_id 1:19").anyMatch(v -> v.startsWith("6309 /name "));
    }

    @Test
    void anOfferWithoutANameIsRefusedInCreateMode() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", readmeOffer().replace("\"name\": \"Summer Sale\",", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violations(JSON.readTree(response.body()))).anyMatch(v -> v.startsWith("6308 /name "));
    }

    @Test
    void aPatchIsCheckedAsAnUpdate() throws Exception {
        HttpResponse<String> response = send("PATCH", "/offers/31", "{\"id\": 31, \"name\": \"Renamed\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode offer = JSON.readTree(response.body());
        assertThat(offer.get("id").asInt()).isEqualTo(31);
        assertThat(offer.get("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void theHouseRulesAreProblemsLikeTheApisCodes() throws Exception {
        String offer = readmeOffer().replace("\"name\": \"Summer Sale\"", "\"name\": \"summer sale\"");
        offer = offer.substring(0, offer.lastIndexOf('}')) + ", \"revenue_type\": \"RPA\", \"revenue\": 1.5}";
        HttpResponse<String> response = send("POST", "/offers", offer);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        List<String> found = new ArrayList<>();
        for (JsonNode v : problem.get("violations")) {
            found.add(v.get("code").asString() + " " + v.get("pointer").asString() + " " + v.get("severity").asString()
                    + " " + v.get("message").asString() + (v.has("line") ? " " + v.get("line").asInt() : ""));
        }
        assertThat(found).hasSize(2).anyMatch(v -> v.startsWith("ACME-1 /payout error payout must not exceed revenue "))
                .anyMatch(v -> v.startsWith("ACME-2 /name error offer names start with a capital letter "));
        assertThat(problem.get("violations").get(0).get("code").isString()).isTrue();
    }

    @Test
    void theReadmesOfferIsCreated() throws Exception {
        HttpResponse<String> response = send("POST", "/offers", readmeOffer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode offer = JSON.readTree(response.body());
        assertThat(offer.get("name").asString()).isEqualTo("Summer Sale");
        assertThat(response.headers().firstValue("Location")).get().isEqualTo("/offers/" + offer.get("id").asInt());
    }

    @Test
    void theDocumentedAnswersAreTheServices() throws Exception {
        for (Path page : List.of(Path.of("README.md"), Path.of("../../docs/spring-boot.md"))) {
            Matcher shown = Pattern.compile("<!-- answer -->\\s*```\\n\\$ curl -s -i -X (\\w+) localhost:8080(\\S+)"
                    + " -H 'Content-Type: application/json' -d '([^']*)'\\n(HTTP/1.1 (\\d+)\\n.*?)\\n\\n(.*?)\\n```",
                    Pattern.DOTALL).matcher(Files.readString(page, StandardCharsets.UTF_8));
            assertThat(shown.find()).as("%s shows a request and its answer", page).isTrue();

            HttpResponse<String> response = send(shown.group(1), shown.group(2), shown.group(3));

            assertThat(response.statusCode()).as(page.toString()).isEqualTo(Integer.parseInt(shown.group(5)));
            assertThat(shown.group(4)).contains("Content-Type: " + response.headers().firstValue("Content-Type").orElseThrow());
            assertThat(shown.group(6)).as(page.toString()).isEqualTo(response.body());
        }
    }

    /** The example offer of the README, so that what it shows is what the service accepts. */
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
        HttpResponse<String> huge = send("POST", "/offers", geo);

        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(violations(JSON.readTree(huge.body()))).singleElement().asString().startsWith("6055 ");
        assertThat(huge.body()).contains("the body is larger than 1048576 bytes (offer-rules.max-body-size)");

        String list = valid.substring(0, valid.lastIndexOf('}')) + ", \"geo_countries\": [\"US\""
                + ",\"US\"".repeat(150_000) + "]}";
        HttpResponse<String> many = send("POST", "/offers", list);

        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body().length()).isLessThan(100_000);
        assertThat(violations(JSON.readTree(many.body()))).hasSizeLessThan(110).anyMatch(v -> v.startsWith("6356 "));

        HttpResponse<String> after = send("POST", "/offers", valid);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
    }

    private static List<String> violations(JsonNode problem) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : problem.get("violations")) {
            found.add(v.get("code").asInt() + " " + v.get("pointer").asString() + " "
                    + (v.has("line") ? v.get("line").asInt() + ":" + v.get("column").asInt() : "-"));
        }
        return found;
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
