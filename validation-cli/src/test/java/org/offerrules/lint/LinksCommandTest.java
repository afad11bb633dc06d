package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.client.standin.HostileServer;
import org.offerrules.linkcheck.fake.FakeAffiliTest;
import org.offerrules.linkcheck.fake.FakeAffiliTest.Reply;

import picocli.CommandLine;

/** {@code offer-lint links} in-process against a real HTTP server on loopback that plays AffiliTest. */
@Timeout(90)
class LinksCommandTest {

    private static final String KEY = "a".repeat(64);

    @TempDir
    Path dir;

    private FakeAffiliTest server;
    private final Map<String, String> env = new HashMap<>(Map.of("AFFILITEST_API_KEY", KEY));

    @BeforeEach
    void start() throws IOException {
        server = FakeAffiliTest.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A valid offer of this type with these extra JSON members (each {@code "name": value}). */
    static String offer(String type, String... extra) {
        StringBuilder b = new StringBuilder("{\"advertiser_id\": 12, \"name\": \"Sale\", \"status\": \"Active\", ")
                .append("\"expire_date\": \"2030/12/31\", \"type\": \"").append(type).append("\", ")
                .append("\"url\": \"https://track.example.com/click?tid={TID}\", \"access_type\": \"Public\", \"ssl\": 1, ")
                .append("\"tracking_protocol\": \"Server Postback URL\", \"currency\": 1, \"payout_type\": \"CPA\", \"payout\": 2.5");
        for (String e : extra) {
            b.append(", ").append(e);
        }
        return b.append('}').toString();
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private Cli links(String... args) {
        return linksAt(server.baseUrl(), args);
    }

    /** {@code links} against AffiliTest at {@code url}. */
    private Cli linksAt(String url, String... args) {
        CommandLine cli = OfferLint.commandLine();
        ((LinksCommand) cli.getSubcommands().get("links").getCommand()).env = env::get;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "links";
        all[1] = "--affilitest-url=" + url;
        all[2] = "--no-progress";
        System.arraycopy(args, 0, all, 3, args.length);
        int status = cli.execute(all);
        return new Cli(status, out.toString(), err.toString());
    }

    private static JsonNode json(Cli run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void dryRunPrintsThePlanOfTheReadmeExamplesAndSendsNothing() {
        Cli run = links("--dry-run", "../docs/examples");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("../docs/examples/valid-offer.json#0  us  android  https://track.example.com/click?tid=offer-rules-test\n")
                .contains("../docs/examples/valid-offer.json#0  us  iphone  https://track.example.com/click?tid=offer-rules-test\n")
                .contains("../docs/examples/offers-array.json#1: skipped: ")
                .containsPattern("\\d+ offers, \\d+ cases \\(\\d+ AffiliTest calls\\)");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void dryRunJson() throws IOException {
        Path offers = file("o.ndjson", offer("Mobile", "\"geo_targeting\": 1, \"geo_type\": 1, \"geo_enforce\": 0, \"geo_countries\": [\"GB\", \"FR\"]",
                "\"device_targeting\": 1, \"device_rules\": [\"1:OS:iOS\"]", "\"preview_url\": \"https://apps.apple.com/app/id42\""));
        JsonNode report = json(links("--dry-run", "--format=json", "--max-cases=3", offers.toString()));
        assertThat(report.get("cases")).hasSize(3);
        assertThat(report.get("cases").findValuesAsText("country")).containsExactly("gb", "gb", "fr");
        assertThat(report.get("cases").findValuesAsText("device")).containsExactly("iphone", "ipad", "iphone");
        assertThat(report.get("cases").get(0).get("status").asText()).isEqualTo("planned");
        assertThat(report.get("summary").get("omitted").asInt()).isEqualTo(1);
        assertThat(server.requests()).isEmpty();
    }

    /**
     * A status past 599 is an answer not understood, sent once: for the budget it ends the run naming the
     * status (it said "AffiliTest answered -1" for any answer not understood); for a case it is the case's
     * error. It was retried as a 5xx, four times a case.
     */
    @Test
    void aStatusPast599IsNotUnderstoodAndNotSentAgain() throws IOException {
        Path offers = file("o.json", offer("Desktop"));
        try (HostileServer budget = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(600,
                "{\"error\":null,\"data\":100}")))) {
            Cli run = linksAt(budget.url(), offers.toString());
            assertThat(run.status()).isEqualTo(OfferLint.USAGE);
            assertThat(run.err()).isEqualTo("offer-lint links: AffiliTest: cannot read the calls left: the answer's status 600 "
                    + "is no HTTP status (RFC 9110: 100 to 599)\n");
            assertThat(budget.requests()).hasSize(1);
        }
        try (HostileServer cases = HostileServer.start((request, out, socket) -> out.write(request.target().endsWith("callsLeft")
                ? HostileServer.json(200, "{\"error\":null,\"data\":100}") : HostileServer.json(600, "{\"error\":\"Odd\"}")))) {
            Cli run = linksAt(cases.url(), "--format=json", offers.toString());
            assertThat(run.status()).as(run.err()).isEqualTo(OfferLint.FINDINGS);
            JsonNode report = json(run);
            assertThat(report.get("cases")).isNotEmpty().allSatisfy(c -> {
                assertThat(c.get("status").asText()).isEqualTo("error");
                assertThat(c.get("message").asText()).isEqualTo("the answer's status 600 is no HTTP status (RFC 9110: 100 to 599)");
            });
            // the budget, then each case once
            assertThat(cases.requests()).hasSize(1 + report.get("cases").size());
        }
    }

    @Test
    void aKeyOf63BytesExits2NamingItsLengthAndSendsNothing() throws IOException {
        env.put("AFFILITEST_API_KEY", "a".repeat(63));
        Cli run = links(file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("the API key in AFFILITEST_API_KEY is 63 bytes; AffiliTest keys are 64 bytes");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aMissingKeyExits2() throws IOException {
        Cli run = links("--api-key-env=OTHER_KEY", file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("OTHER_KEY is not set");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBudgetSmallerThanThePlanExits2BeforeAnyTest() throws IOException {
        server.callsLeft(1);
        Cli run = links(file("o.json", offer("Mobile")).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("the plan needs 2 calls (one per case) but AffiliTest has 1 calls left");
        assertThat(server.requests()).extracting(FakeAffiliTest.Request::path).containsExactly("/api/v1/callsLeft");
    }

    @Test
    void allOkExits0WithTheJsonReport() throws IOException {
        Path offers = file("o.json", "[" + offer("Mobile", "\"preview_url\": \"https://shop.example.com/sale\"") + ","
                + offer("Desktop") + "]");
        Cli run = links("--format=json", offers.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = json(run);
        assertThat(report.fieldNames()).toIterable().containsExactly("cases", "summary");
        JsonNode first = report.get("cases").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "document", "country", "device", "url", "previewUrl",
                "status", "landing", "hops", "message");
        assertThat(first.get("document").asInt()).isZero();
        assertThat(first.get("status").asText()).isEqualTo("ok");
        assertThat(first.get("landing").asText()).isEqualTo("https://shop.example.com/sale");
        assertThat(first.get("hops").get(0).get("status").asInt()).isEqualTo(302);
        assertThat(first.get("message").isNull()).isTrue();
        JsonNode third = report.get("cases").get(2);
        assertThat(third.get("document").asInt()).isEqualTo(1);
        assertThat(third.get("device").asText()).isEqualTo("desktop");
        assertThat(third.get("previewUrl").isNull()).isTrue();
        JsonNode summary = report.get("summary");
        assertThat(summary.get("cases").asInt()).isEqualTo(3);
        assertThat(summary.get("ok").asInt()).isEqualTo(3);
        assertThat(server.tests()).extracting(FakeAffiliTest.Request::path)
                .containsExactlyInAnyOrder("/api/v1/compareToPreview", "/api/v1/compareToPreview", "/api/v1/test");
    }

    @Test
    void offersWithErrorsAreSkippedAndReported() throws IOException {
        Path offers = file("o.ndjson", offer("Desktop"), "{\"name\": \"\"}");
        Cli run = links(offers.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("o.ndjson#1: skipped: ").contains("1 case: 1 ok, 0 mismatch, 0 broken, 0 error; 1 offer skipped");
        assertThat(server.tests()).hasSize(1);
    }

    @Test
    void mismatchBrokenAndBadRequestExit1() throws IOException {
        server.then(Reply.hops(List.of("https://track.example.com/click", "https://other.example.com/"), List.of(302, 200)),
                Reply.hops(List.of("https://track.example.com/click", "https://gone.example.com/"), List.of(302, 410)),
                Reply.error(400, "Missing parameters"));
        Path offers = file("o.json", offer("Desktop", "\"preview_url\": \"https://shop.example.com/sale\"",
                "\"geo_targeting\": 1, \"geo_type\": 1, \"geo_enforce\": 0, \"geo_countries\": [\"GB\", \"FR\", \"DE\"]"));
        Cli run = links("--threads=1", offers.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("#0  gb  desktop  mismatch  ").contains("#0  fr  desktop  broken  ")
                .contains("    410 https://gone.example.com/").contains("#0  de  desktop  error  ")
                .contains("    bad request: Missing parameters").contains("3 cases: 0 ok, 1 mismatch, 1 broken, 1 error");
    }

    @Test
    void aServersMessageCannotForgeAReportLine() throws IOException {
        server.then(Reply.error(400, "Missing\no.json#0  us  desktop  ok  https://forged.example.com/\u001b[2J"));
        Cli run = links("--threads=1", file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(3).noneMatch(line -> line.startsWith("o.json"));
        assertThat(run.out()).contains("    bad request: Missing\\no.json#0  us  desktop  ok  https://forged.example.com/"
                + "\\u001b[2J\n");
    }

    /**
     * An answer of another shape (hops as an object) is an error of its case and the run goes on: it ended
     * the whole run with "offer-lint: java.lang.IllegalStateException: java.lang.NullPointerException ...",
     * exit 2, the cases already checked unreported.
     */
    @Test
    void anAnswerOfAnotherShapeIsAnErrorOfItsCaseAndTheRunGoesOn() throws IOException {
        server.then(new Reply(200, "{\"error\":null,\"data\":{\"0\":\"https://a.example.com/\"}}", null, 0));
        Cli run = links("--threads=1", file("o.json", offer("Mobile")).toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("o.json#0  us  android  error  ")
                .contains("    the answer's data is an object, not the list of hops\n").contains("o.json#0  us  iphone  ok  ")
                .contains("2 cases: 1 ok, 0 mismatch, 0 broken, 1 error");
    }

    @Test
    void aServerErrorThenOkIsOkAfterOneRetry() throws IOException {
        server.then(Reply.error(500, "oops"));
        Cli run = links(file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(server.tests()).hasSize(2);
    }

    @Test
    void forbiddenEndsTheRunWithExit2AndTheMessage() throws IOException {
        server.then(Reply.error(403, "The user has no calls in his budget"));
        Cli run = links("--threads=1", file("o.json", offer("Mobile")).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("AffiliTest answered 403: The user has no calls in his budget; the run stopped after 0 of 2 cases");
        assertThat(server.tests()).hasSize(1);
    }

    @Test
    void unauthorizedEndsTheRunWithExit2() throws IOException {
        server.then(Reply.error(401, "Invalid API Key"));
        Cli run = links(file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("AffiliTest answered 401: Invalid API Key");
    }

    @Test
    void aSlowServerIsAnErrorAfterTheTimeout() throws IOException {
        server.then(Reply.hops(List.of("https://x.example.com/"), List.of(200)).after(3000));
        Cli run = links("--timeout=300ms", file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("no answer within 300 ms");
    }

    @Test
    void retryAfterIsHonoured() throws IOException {
        server.then(Reply.error(429, "Too many requests per second Limit is 50").retryAfter("1"));
        Cli run = links(file("o.json", offer("Desktop")).toString());
        assertThat(run.status()).isZero();
        List<FakeAffiliTest.Request> tests = server.tests();
        assertThat(tests).hasSize(2);
        assertThat(tests.get(1).arrivalNanos() - tests.get(0).arrivalNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void aRetryAfterLongerThanTheTimeoutEndsTheRunWithTheCasesRateLimited() throws IOException {
        server.then(Reply.error(429, "Too many requests").retryAfter("3600"));
        // a mobile offer: two cases; the first is throttled for an hour, the second would wait behind it
        Cli run = links("--threads=1", "--timeout=2s", file("o.json", offer("Mobile")).toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("o.json#0  us  android  error  https://track.example.com/click?tid=offer-rules-test\n"
                + "    rate-limited: the 429 asks to wait 3600 s (its Retry-After), "
                + "longer than the timeout of 2 s; not waited for: Too many requests\n")
                .containsPattern("o.json#0  us  iphone  error  https://track\\.example\\.com/click\\?tid=offer-rules-test\n"
                        + "    rate-limited: every request is held back (600|59\\d) s more "
                        + "after a 429, longer than the timeout of 2 s; not sent\n")
                .contains("2 cases: 0 ok, 0 mismatch, 0 broken, 2 error");
        assertThat(server.tests()).hasSize(1);
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path offers = file("o.json", offer("Desktop"));
        assertThat(links("--rate=fast", offers.toString()).status()).isEqualTo(2);
        assertThat(links("--default-country=usa", offers.toString()).status()).isEqualTo(2);
        assertThat(links("--max-cases=0", offers.toString()).status()).isEqualTo(2);
        assertThat(links(dir.resolve("missing.json").toString()).status()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBurstOf200CasesKeepsToTheRate() throws IOException {
        String[] lines = new String[100];
        java.util.Arrays.fill(lines, offer("Mobile")); // android and iphone: 2 cases each
        Cli run = links("--rate=5/200ms", "--threads=8", "--format=json", file("many.ndjson", lines).toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(json(run).get("summary").get("ok").asInt()).isEqualTo(200);
        assertThat(server.tests()).hasSize(200);
        // arrival times at the server, callsLeft included: the turns are 40 ms apart; an arrival is its
        // turn plus however long the machine stalled its thread (up to 200 ms allowed on a loaded
        // machine), so any second holds at most the turns of 1.2 s, and the whole run lasts 199 turns
        assertThat(server.mostInAnyWindow(Duration.ofSeconds(1).toNanos())).isLessThanOrEqualTo((1_000 + 200) / 40 + 1);
        List<FakeAffiliTest.Request> all = server.requests();
        assertThat((all.get(all.size() - 1).arrivalNanos() - all.get(0).arrivalNanos()) / 1_000_000)
                .isGreaterThanOrEqualTo(200 * 40L * 9 / 10);
    }

    /**
     * docs/links.md's sample report, text and JSON, is what {@code links} prints when AffiliTest answers
     * the Android case with an expired landing and the iPhone case with the App Store.
     */
    @Test
    void theLinksGuideSampleReportIsWhatItPrints() throws IOException {
        String guide = Files.readString(org.offerrules.validation.guide.Snippets.root().resolve("docs/links.md"));
        String command = "$ ./offer-lint links docs/examples/valid-offer.json\n";
        int start = guide.indexOf(command) + command.length();
        String text = guide.substring(start, guide.indexOf("$ echo $?\n1\n", start));
        int json = guide.indexOf("```json\n", start) + "```json\n".length();
        JsonNode shownJson = new ObjectMapper().readTree(guide.substring(json, guide.indexOf("\n```", json)));
        Reply expired = Reply.hops(List.of("https://track.example.com/click?tid=offer-rules-test",
                "https://offers.example.com/expired"), List.of(302, 404));
        Reply store = Reply.hops(List.of("https://track.example.com/click?tid=offer-rules-test",
                "https://apps.apple.com/us/app/id1234567"), List.of(302, 200));

        server.then(expired, store);
        Cli run = links("--threads=1", "../docs/examples/valid-offer.json");
        server.then(expired, store);
        Cli asJson = links("--threads=1", "--format=json", "../docs/examples/valid-offer.json");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out().replace("../docs/", "docs/")).isEqualTo(text);
        assertThat(asJson.status()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(asJson.out().replace("../docs/", "docs/"))).isEqualTo(shownJson);
    }
}
