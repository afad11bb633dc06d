package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.client.standin.HostileServer;
import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.client.standin.StandInNetwork.Seen;
import org.offerrules.validation.NetworkData;

import picocli.CommandLine;

/** {@code offer-lint data pull} through {@code execute}, against the stand-in network on loopback. */
class DataPullCommandTest {

    static final String KEY = "pull-key-" + "0123456789abcdef".repeat(3) + "-SECRET";
    static final String ADVERTISERS = "/api/v1/getAdvertisers";

    @TempDir
    Path dir;

    private StandInNetwork network;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        network = new StandInNetwork(KEY, 0);
    }

    @AfterEach
    void stop() {
        network.close();
        assertThat(shown).isNotEmpty().noneMatch(s -> s.contains(KEY) || s.contains("SECRET"));
    }

    /** {@code offer-lint data pull} with {@code key} in the environment and the client's waits shortened. */
    static CommandLine pullCommand(String key) {
        CommandLine cli = OfferLint.commandLine();
        DataCommand.Pull pull = (DataCommand.Pull) cli.getSubcommands().get("data").getSubcommands().get("pull").getCommand();
        pull.settings.env = name -> NetworkSettings.KEY_ENV.equals(name) ? key : null;
        pull.tune = b -> b.retries(2, Duration.ofMillis(10), Duration.ofMillis(20));
        return cli;
    }

    private Cli pull(String key, String... args) {
        List<String> all = new ArrayList<>(List.of("data", "pull", "--network=" + network.url()));
        all.addAll(List.of(args));
        Cli run = Cli.run(pullCommand(key), all.toArray(String[]::new));
        shown.add(run.out());
        shown.add(run.err());
        return run;
    }

    static List<String> advertisers(int... ids) {
        return IntStream.of(ids).mapToObj(i -> "{\"id\":\"" + i + "\",\"email\":\"adv" + i
                + "@example.com\",\"status\":\"Active\",\"company\":\"Co " + i + "\"}").toList();
    }

    private List<Integer> pagesOf(String path) {
        return network.seen().stream().filter(s -> s.path().equals(path)).map(s -> Integer.parseInt(s.query().get("page")))
                .toList();
    }

    @Test
    void aPulledFolderIsWhatDataReadsAndTheLintAnswersFromIt() throws Exception {
        network.list(ADVERTISERS, advertisers(12, 14));
        network.list("/api/v2/getOffers", List.of("{\"id\":301,\"name\":\"Summer Sale\"}", "{\"id\":302}"));
        Path data = dir.resolve("network-data");

        Cli run = pull(KEY, data.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "pulled advertisers.ndjson  2 records, 1 page", "pulled affiliates.ndjson  0 records, 0 pages",
                "pulled offers.ndjson  2 records, 1 page", "pulled categories.ndjson  0 records, 0 pages",
                "pulled offer_groups.ndjson  0 records, 0 pages", "pulled payout_tiers.ndjson  0 records, 0 pages",
                "pulled managers.ndjson  0 records, 0 pages", "pulled applications.ndjson  0 records, 0 pages");
        assertThat(Files.readAllLines(data.resolve("advertisers.ndjson"))).containsExactly(
                "{\"id\":\"12\",\"email\":\"adv12@example.com\"}", "{\"id\":\"14\",\"email\":\"adv14@example.com\"}");
        assertThat(Files.readAllLines(data.resolve("offers.ndjson"))).containsExactly("{\"id\":301}", "{\"id\":302}");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".ndjson")).hasSize(8);
        }
        assertThat(NetworkData.load(data).records()).containsEntry("advertisers", 2).containsEntry("offers", 2)
                .containsEntry("affiliates", 0).hasSize(DataCommand.LISTS.size());
        assertThat(network.seen()).allSatisfy(s -> {
            assertThat(s.verb()).isEqualTo("GET");
            assertThat(s.query()).containsEntry("limit", String.valueOf(DataCommand.LIMIT));
        });

        Path known = Files.writeString(dir.resolve("known.json"), LinksCommandTest.offer("Mobile"));
        Path unknown = Files.writeString(dir.resolve("unknown.json"),
                LinksCommandTest.offer("Mobile").replace("\"advertiser_id\": 12", "\"advertiser_id\": 13"));
        Cli lint = Cli.run("--no-progress", "--format", "json", "--data", data.toString(), known.toString(),
                unknown.toString());
        assertThat(lint.status()).as(lint.err()).isEqualTo(OfferLint.FINDINGS);
        assertThat(NetworkDataCliTest.findings(lint)).containsExactly(tuple(6307, "/advertiser_id", "unknown.json", 1, "error"));
    }

    @Test
    void aLongListIsReadPageByPageAndReplacesTheEntitysOtherFile() throws IOException {
        int[] ids = IntStream.rangeClosed(1, 2 * DataCommand.LIMIT + 7).toArray();
        network.list(ADVERTISERS, advertisers(ids));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("advertisers.json"), "[{\"id\": 1}]");

        Cli run = pull(KEY, data.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("pulled advertisers.ndjson  " + ids.length + " records, 3 pages\n")
                .contains("removed advertisers.json (replaced by advertisers.ndjson)\n");
        assertThat(pagesOf(ADVERTISERS)).containsExactly(1, 2, 3);
        assertThat(Files.readAllLines(data.resolve("advertisers.ndjson"))).hasSize(ids.length)
                .endsWith("{\"id\":\"" + ids.length + "\",\"email\":\"adv" + ids.length + "@example.com\"}");
        assertThat(data.resolve("advertisers.json")).doesNotExist();
    }

    @Test
    void anInvalidKeyStopsAtOnceWithOneLine() {
        Path data = dir.resolve("data");
        Cli run = pull("wrong-key", data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("offer-lint data pull: advertisers (getAdvertisers): page 1: 6012 ")
                .contains("REAUTHENTICATE").endsWith("stopped: advertisers and the lists after it were not pulled"));
        assertThat(run.out()).isEmpty();
        assertThat(network.seen()).hasSize(1);
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void aFailingServerIsRetriedThenEndsTheRunNamingTheListAndKeepsTheOldFile() throws IOException {
        network.list(ADVERTISERS, advertisers(12));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("affiliates.csv"), "id,email\n5,old@example.com\n");
        // advertisers: page 1 answered as the list has it; affiliates: page 1 fails, and fails when retried twice
        network.then(Reply.slow(1));
        for (int i = 0; i < 3; i++) {
            network.then(Reply.error(500, 0, "Internal Server Error"));
        }

        Cli run = pull(KEY, data.toString());

        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.out()).isEqualTo("pulled advertisers.ndjson  1 record, 1 page\n");
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("offer-lint data pull: affiliates (getAffiliates): page 1: HTTP 500 Internal Server Error "
                        + "(RETRY) after 3 attempts; stopped: affiliates and the lists after it were not pulled"));
        assertThat(network.seen().stream().map(Seen::path).toList()).containsExactly(ADVERTISERS,
                "/api/v1/getAffiliates", "/api/v1/getAffiliates", "/api/v1/getAffiliates");
        assertThat(Files.readString(data.resolve("affiliates.csv"))).isEqualTo("id,email\n5,old@example.com\n");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("advertisers.ndjson",
                    "affiliates.csv");
        }
    }

    /**
     * A network address that redirects (http:// to https://, the usual mistake) stops the run at once and
     * says where it led, the key masked: the redirect is not followed, and the run said only "HTTP 301".
     */
    @Test
    void aRedirectStopsTheRunSayingWhereItLed() throws IOException {
        Path data = dir.resolve("data");
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.head(301,
                "Location: https://network.example.com" + request.target(), "Content-Length: 0")))) {
            Cli run = Cli.run(pullCommand(KEY), "data", "pull", "--network=" + server.url(), data.toString());
            shown.add(run.out());
            shown.add(run.err());
            assertThat(run.status()).isEqualTo(OfferLint.USAGE);
            assertThat(run.err()).isEqualTo("offer-lint data pull: advertisers (getAdvertisers): page 1: HTTP 301 redirected to "
                    + "https://network.example.com" + ADVERTISERS + "?key=***&page=1&limit=" + DataCommand.LIMIT
                    + ", not followed (FIX_REQUEST) after 1 attempt; stopped: advertisers and the lists after it were not pulled\n");
            assertThat(server.requests()).hasSize(1);
        }
        assertThat(data).isEmptyDirectory();
    }

    /**
     * A status past 599 (RFC 9110: none has a class to be read as) is an answer not understood: one
     * request, one line naming the status, nothing written. It was retried as a 5xx.
     */
    @Test
    void aStatusPast599StopsTheRunAtOnceNamingIt() throws IOException {
        Path data = dir.resolve("data");
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(("HTTP/1.1 600 Odd\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII)))) {
            Cli run = Cli.run(pullCommand(KEY), "data", "pull", "--network=" + server.url(), data.toString());
            shown.add(run.out());
            shown.add(run.err());
            assertThat(run.status()).isEqualTo(OfferLint.USAGE);
            assertThat(run.err()).isEqualTo("offer-lint data pull: advertisers (getAdvertisers): GET " + server.url() + ADVERTISERS
                    + "?key=***&page=1&limit=" + DataCommand.LIMIT + " failed after 1 attempt: the answer's status 600 is no HTTP "
                    + "status (RFC 9110: 100 to 599); stopped: advertisers and the lists after it were not pulled\n");
            assertThat(server.requests()).hasSize(1);
        }
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void a429IsWaitedOutForItsRetryAfter() throws IOException {
        network.list(ADVERTISERS, advertisers(12));
        network.then(Reply.error(429, 6041, "Frequent Limitation").retryAfter("1"));
        Cli run = pull(KEY, dir.resolve("data").toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<Seen> seen = network.seen();
        assertThat(seen.get(0).path()).isEqualTo(ADVERTISERS);
        assertThat(seen.get(1).path()).isEqualTo(ADVERTISERS);
        assertThat(Duration.ofNanos(seen.get(1).nanos() - seen.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(run.out()).startsWith("pulled advertisers.ndjson  1 record, 1 page\n");
    }

    /**
     * A throttle without a usable {@code Retry-After} is waited out for the throttle delay (30 s by
     * default, up to ten times): a run that said nothing meanwhile looks stuck. One line a pause, on
     * standard error; none with {@code --no-progress}. The delay is shortened to the shortest, 1 s.
     */
    @ParameterizedTest(name = "options [{0}]")
    @ValueSource(strings = {"", "--no-progress"})
    @Timeout(60)
    void aPauseAfterA429IsOneLineOnStandardErrorUnlessNoProgress(String option) {
        network.list(ADVERTISERS, advertisers(12));
        network.then(Reply.of(429, "Too Many Requests")); // no Retry-After
        CommandLine cli = pullCommand(KEY);
        DataCommand.Pull pull = (DataCommand.Pull) cli.getSubcommands().get("data").getSubcommands().get("pull").getCommand();
        pull.tune = b -> b.retries(2, Duration.ofMillis(10), Duration.ofMillis(20))
                .throttling(3, Duration.ofSeconds(1), Duration.ofSeconds(1));
        List<String> args = new ArrayList<>(List.of("data", "pull", "--network=" + network.url()));
        if (!option.isEmpty()) {
            args.add(option);
        }
        args.add(dir.resolve("data").toString());
        Cli run = Cli.run(cli, args.toArray(String[]::new));
        shown.add(run.out());
        shown.add(run.err());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(option.isEmpty()
                ? "offer-lint data pull: the network asked to slow down (HTTP 429 on getAdvertisers); "
                        + "waiting 1 s before retry 1 of 3\n"
                : "");
        assertThat(run.out()).startsWith("pulled advertisers.ndjson  1 record, 1 page\n");
        assertThat(network.seen()).extracting(Seen::path).startsWith(ADVERTISERS, ADVERTISERS);
    }

    @Test
    void aServerThatAlwaysHasMoreIsStoppedAtTheBoundAndWritesNothing() {
        network.always(Reply.of(200, "{\"httpStatus\":200,\"data\":["
                + String.join(",", advertisers(IntStream.rangeClosed(1, DataCommand.LIMIT).toArray())) + "]}"));
        Path data = dir.resolve("data");
        Cli run = pull(KEY, "--max-pages=3", data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint data pull: advertisers (getAdvertisers): more than 3 pages of "
                + DataCommand.LIMIT + " records (--max-pages); stopped: advertisers and the lists after it were not pulled\n");
        assertThat(network.seen()).hasSize(3);
        assertThat(data).isEmptyDirectory();
    }

    /** An answer whose records cannot be found is said with its shape (or their absence), and the file it would replace is kept. */
    @Test
    void anAnswerWithoutOneListOfRecordsEndsTheRunNamingItsShapeAndKeepsTheOldFile() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("advertisers.ndjson"), "{\"id\":\"12\"}\n");
        network.then(Reply.of(200, "{\"httpStatus\":200,\"data\":{\"page\":1,\"totalItems\":0}}"));
        Cli run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint data pull: advertisers (getAdvertisers): GET " + network.url()
                + ADVERTISERS + "?key=***&page=1&limit=" + DataCommand.LIMIT + ": the answer's data is an object with no "
                + "list of records: {\"page\": number, \"totalItems\": number}; a list answers the records, or an object "
                + "with one list beside its page counts; stopped: advertisers and the lists after it were not pulled\n");
        assertThat(Files.readString(data.resolve("advertisers.ndjson"))).isEqualTo("{\"id\":\"12\"}\n");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("advertisers.ndjson");
        }
        // no data at all is no empty page either (it was one, written over the file)
        network.then(Reply.of(200, "{\"httpStatus\":200,\"errorCode\":0}"));
        run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).endsWith(": the answer has no data, where a page of a list answers its records (an empty page: "
                + "\"data\": []); stopped: advertisers and the lists after it were not pulled\n");
        assertThat(Files.readString(data.resolve("advertisers.ndjson"))).isEqualTo("{\"id\":\"12\"}\n");
    }

    @Test
    void aRecordWithoutAnIdIsNotWritten() {
        network.list(ADVERTISERS, List.of("{\"id\":\"12\"}", "{\"email\":\"x@example.com\"}"));
        Path data = dir.resolve("data");
        Cli run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).contains("getAdvertisers answered a record without id");
        assertThat(data).isEmptyDirectory();
    }

    /**
     * A value the folder could not read stops the pull as a missing id does: an id of 1e999 was written as
     * {@code Infinity} (no JSON: --data refused the whole folder), an e-mail that is a list as Java's text of it.
     */
    @Test
    void aRecordWhoseIdOrEmailTheFolderCannotReadIsNotWritten() {
        Path data = dir.resolve("data");
        network.list(ADVERTISERS, List.of("{\"id\":\"12\"}", "{\"id\":1e999}"));
        Cli run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).contains("getAdvertisers answered a record whose id is Infinity, not a whole number");
        assertThat(data).isEmptyDirectory();

        network.list(ADVERTISERS, List.of("{\"id\":12,\"email\":[\"a@example.com\",\"b@example.com\"]}"));
        run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).contains("getAdvertisers answered a record whose email is a list, not text");
        assertThat(data).isEmptyDirectory();
    }

    /**
     * Text --data cannot index (an id "abc", 0, -3; one address on two ids) stops the pull too: it replaced
     * the entity's good file, and --data then refused the folder, stopping every lint until the next pull.
     */
    @Test
    void aListTheFolderWouldRefuseNeverReplacesItsFile() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("advertisers.ndjson"), "{\"id\":\"12\"}\n");
        network.list(ADVERTISERS, List.of("{\"id\":\"12\"}", "{\"id\":\"abc\"}", "{\"id\":0}", "{\"id\":-3}"));
        Cli run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint data pull: advertisers (getAdvertisers): getAdvertisers answered records "
                + "--data cannot read: record 2: id \"abc\" is not a whole number above 0 (and 2 more); stopped: advertisers "
                + "and the lists after it were not pulled\n");

        network.list(ADVERTISERS, List.of("{\"id\":\"12\",\"email\":\"ops@example.com\"}",
                "{\"id\":\"13\",\"email\":\"OPS@example.com\"}"));
        run = pull(KEY, data.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).startsWith("offer-lint data pull: advertisers (getAdvertisers): getAdvertisers answered a "
                + "record --data cannot read: record 2: email OPS@example.com belongs to id 12 too; stopped: ");

        assertThat(Files.readString(data.resolve("advertisers.ndjson"))).isEqualTo("{\"id\":\"12\"}\n");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("advertisers.ndjson");
        }
        assertThat(NetworkData.load(data).advertiserExists(12)).isTrue();
    }

    @Test
    void noKeyIsAUsageErrorAndNothingIsAsked() {
        Cli run = pull(null, dir.resolve("data").toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint data pull: " + NetworkSettings.KEY_ENV
                + " is not set; it holds the network's API key\n");
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void dataAloneSaysWhatItTakes() {
        Cli run = Cli.run("data");
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).startsWith("offer-lint data: which? offer-lint data pull --network URL DIR\n");
        shown.add(run.err());
    }
}
