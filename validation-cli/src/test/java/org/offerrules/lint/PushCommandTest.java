package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.client.standin.HostileServer;
import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.client.standin.StandInNetwork.Seen;

import picocli.CommandLine;

/** {@code offer-lint push} through {@code execute}, against the stand-in network on loopback. */
class PushCommandTest {

    static final String KEY = "push-key-" + "0123456789abcdef".repeat(3) + "-SECRET";

    @TempDir
    Path dir;

    private StandInNetwork network;
    private final List<String> shown = new ArrayList<>();

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        network = new StandInNetwork(KEY, 0);
    }

    @AfterEach
    void stop() {
        network.close();
        assertThat(shown).isNotEmpty().noneMatch(s -> s.contains(KEY) || s.contains("SECRET"));
    }

    private Path offers(String... names) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(LinksCommandTest.offer("Mobile").replace("\"name\": \"Sale\"", "\"name\": \"" + name + "\""));
        }
        return Files.write(dir.resolve("offers.ndjson"), lines, StandardCharsets.UTF_8);
    }

    private Run push(String key, String... args) {
        CommandLine cli = OfferLint.commandLine();
        ((PushCommand) cli.getSubcommands().get("push").getCommand()).settings.env =
                name -> NetworkSettings.KEY_ENV.equals(name) ? key : null;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("push"));
        if (List.of(args).stream().noneMatch(a -> a.startsWith("--network="))) {
            all.add("--network=" + network.url());
        }
        all.addAll(List.of(args));
        int status = cli.execute(all.toArray(String[]::new));
        shown.add(out.toString());
        shown.add(err.toString());
        return new Run(status, out.toString(), err.toString());
    }

    private List<String> sentNames() {
        List<String> names = new ArrayList<>();
        for (Seen s : network.seen()) {
            names.add(StandInNetwork.params(s.body()).get("name"));
        }
        return names;
    }

    @Test
    void validOffersAreCreatedInFileOrderAndTheirNewIdsReported() throws IOException {
        Path file = offers("A", "B", "C");
        Run run = push(KEY, file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String name = file.toString().replace('\\', '/');
        long id = StandInNetwork.FIRST_ID;
        assertThat(run.out()).contains("created " + name + "#0  id " + id + "\n", "created " + name + "#1  id " + (id + 1) + "\n",
                "created " + name + "#2  id " + (id + 2) + "\n");
        assertThat(sentNames()).containsExactly("A", "B", "C");
        assertThat(network.seen()).allSatisfy(s -> assertThat(s.path()).isEqualTo("/api/v1/setOffer"));
    }

    @Test
    @Timeout(60)
    void aPauseAfterAThrottledAnswerIsOneLineOnStandardError() throws IOException {
        Path file = offers("A");
        network.then(Reply.error(429, 6041, "Frequent Limitation").retryAfter("1"));
        Run run = push(KEY, file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("offer-lint push: the network asked to slow down (6041 on setOffer); "
                + "waiting 1 s before retry 1 of 10\n");
        assertThat(run.out()).contains("created " + file.toString().replace('\\', '/') + "#0  id ");
        assertThat(sentNames()).containsExactly("A", "A");
    }

    @Test
    void oneInvalidDocumentAndNothingIsSent() throws IOException {
        Path file = Files.write(dir.resolve("mixed.ndjson"), List.of(LinksCommandTest.offer("Mobile"),
                LinksCommandTest.offer("Mobile").replace("\"payout\": 2.5", "\"payout\": -1")), StandardCharsets.UTF_8);
        Run run = push(KEY, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.FINDINGS);
        assertThat(run.out()).contains("invalid " + file.toString().replace('\\', '/') + "#1  ").doesNotContain("#0");
        assertThat(run.err()).contains("1 of 2 documents are not valid; nothing was sent");
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void aLoneSurrogateEscapeInAValueIsNotSentAsAQuestionMark() throws IOException {
        // valid JSON and valid by the rules, but the form body has no way to carry \uD83D: it was sent as "Sale?"
        Path file = Files.write(dir.resolve("half.ndjson"), List.of(LinksCommandTest.offer("Mobile"),
                LinksCommandTest.offer("Mobile").replace("\"name\": \"Sale\"", "\"name\": \"Sale\\uD83D\"")),
                StandardCharsets.UTF_8);
        Run run = push(KEY, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.FINDINGS);
        assertThat(run.out()).contains("invalid " + file.toString().replace('\\', '/') + "#1  6309 /name  Empty Offer Name"
                + " (a lone surrogate \\uD83D at index 4, not half of a pair: it has no UTF-8 form, so it cannot be sent"
                + " in a form body)").doesNotContain("#0");
        assertThat(run.err()).contains("1 of 2 documents are not valid; nothing was sent");
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void anInvalidKeyStopsTheRunAtOnceWithOneLine() throws IOException {
        Path file = offers("A", "B", "C");
        Run run = push("wrong-key", file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("6012").contains("REAUTHENTICATE"));
        assertThat(run.out()).contains("not sent " + file.toString().replace('\\', '/') + "#2");
        assertThat(network.seen()).hasSize(1);
    }

    /**
     * A redirect stops the run at the first offer, as a refused key does: every request would be sent
     * elsewhere, and each offer was "rejected" in turn as if its content were wrong (exit 1).
     */
    @Test
    void aRedirectStopsTheRunAtOnceSayingWhereItLed() throws IOException {
        Path file = offers("A", "B", "C");
        String name = file.toString().replace('\\', '/');
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.head(308,
                "Location: https://network.example.com" + request.target(), "Content-Length: 0")))) {
            Run run = push(KEY, "--network=" + server.url(), file.toString());
            assertThat(run.status()).isEqualTo(OfferLint.USAGE);
            assertThat(run.out()).isEqualTo("not sent " + name + "#0\nnot sent " + name + "#1\nnot sent " + name + "#2\n");
            assertThat(run.err()).isEqualTo("offer-lint push: the network redirected the request: HTTP 308 redirected to "
                    + "https://network.example.com/api/v1/setOffer?key=***, not followed; stopped at " + name + "#0 after 0 sent\n");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A status past 599 stops the run at once, naming it: the offer was sent once, not three times as a 5xx; the
     * answer was not understood, so the offer may have been made (unsure, not "not sent").
     */
    @Test
    void aStatusPast599StopsTheRunAtOnceNamingIt() throws IOException {
        Path file = offers("A", "B");
        String name = file.toString().replace('\\', '/');
        try (HostileServer server = HostileServer.start((request, out, socket) -> out.write(HostileServer.json(999,
                "{\"httpStatus\":999,\"message\":\"Odd\"}")))) {
            Run run = push(KEY, "--network=" + server.url(), file.toString());
            assertThat(run.status()).isEqualTo(OfferLint.USAGE);
            assertThat(run.out()).isEqualTo("unsure " + name + "#0  the network may have created it\nnot sent " + name + "#1\n");
            assertThat(run.err()).isEqualTo("offer-lint push: POST " + server.url() + "/api/v1/setOffer?key=*** failed after "
                    + "1 attempt: the answer's status 999 is no HTTP status (RFC 9110: 100 to 599); the network may have "
                    + "created it, so it was not sent again: look it up before sending it again; stopped at " + name
                    + "#0 after 0 sent\n");
            assertThat(server.requests()).hasSize(1);
        }
    }

    /**
     * A connection dropped after a create was sent leaves the offer unsure: it may exist. It was reported "not sent"
     * and left out of the resume file, so the re-run sent it again and the network could hold it twice; now the
     * re-run leaves it to the user (exit 1) and sends only what was never sent.
     */
    @Test
    void anInterruptedPushReRunWithResumeSendsOnlyWhatWasNotSent() throws IOException {
        Path file = offers("A", "B", "C");
        String name = file.toString().replace('\\', '/');
        Path state = dir.resolve("push.state");
        network.then(Reply.of(201, "{\"httpStatus\":201,\"data\":7}")).then(Reply.dropped());
        Run first = push(KEY, "--resume=" + state, file.toString());
        assertThat(first.status()).isEqualTo(OfferLint.USAGE);
        assertThat(first.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("failed after 1 attempt: ")
                .contains("; the network may have created it, so it was not sent again: look it up before sending it "
                        + "again; stopped at " + name + "#1 after 1 sent"));
        assertThat(first.out()).isEqualTo("created " + name + "#0  id 7\nunsure " + name
                + "#1  the network may have created it\nnot sent " + name + "#2\n");
        assertThat(sentNames()).containsExactly("A", "B");

        Run again = push(KEY, "--resume=" + state, file.toString());
        assertThat(again.status()).as(again.err()).isEqualTo(OfferLint.FINDINGS);
        assertThat(again.out()).isEqualTo("already sent " + name + "#0\nunsure " + name + "#1  an earlier run may have "
                + "created it: look it up, then delete its line in " + state + " to send it\ncreated " + name + "#2  id "
                + StandInNetwork.FIRST_ID + "\n");
        assertThat(sentNames()).containsExactly("A", "B", "C");
        List<String> lines = Files.readAllLines(state);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(name + "#1\t").endsWith("\tunsure");

        // the user found no offer B and deleted its line: it is sent
        Files.write(state, List.of(lines.get(0), lines.get(2)));
        Run last = push(KEY, "--resume=" + state, file.toString());
        assertThat(last.status()).as(last.err()).isZero();
        assertThat(sentNames()).containsExactly("A", "B", "C", "B");
    }

    /**
     * A create's answer without a whole number above 0 as its data says so: the offer was made, and the id a
     * later update needs is not known ({@code 1e300} was printed as id 9223372036854775807).
     */
    @Test
    void aCreatedAnswerWithoutAnIdSaysSo() throws IOException {
        Path file = offers("A", "B", "C");
        String name = file.toString().replace('\\', '/');
        network.then(Reply.of(201, "{\"httpStatus\":201,\"data\":1e300}")).then(Reply.of(201, "{\"httpStatus\":201}"))
                .then(Reply.of(201, "{\"httpStatus\":201,\"data\":\"1042\"}"));
        Run run = push(KEY, file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("created " + name + "#0  no id in the answer\ncreated " + name
                + "#1  no id in the answer\ncreated " + name + "#2  id 1042\n");
    }

    /** A create answered a bare 500 is sent once, and left unsure: a second attempt might have made it twice. */
    @Test
    void aCreateAnsweredAServerErrorIsSentOnceAndLeftUnsure() throws IOException {
        Path file = offers("A", "B");
        String name = file.toString().replace('\\', '/');
        network.then(Reply.error(500, 0, "Internal Server Error"));
        Run run = push(KEY, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.out()).isEqualTo("unsure " + name + "#0  the network may have created it\nnot sent " + name + "#1\n");
        assertThat(run.err()).isEqualTo("offer-lint push: the network failed: HTTP 500 Internal Server Error after 1 attempt; it "
                + "may have created it, so it was not sent again: look it up before sending it again; stopped at " + name
                + "#0 after 0 sent\n");
        assertThat(sentNames()).containsExactly("A");
    }

    /**
     * A create answered 500 with a code of the content (6309, whose action alone is to fix the request) may have
     * been made as after a bare 500: unsure and recorded so, not "rejected" and unrecorded (which a re-run with
     * --resume would send again). It holds because ApiError gives a 5xx's content code the server's action.
     */
    @Test
    void aCreateAnsweredAServerErrorWithAContentCodeIsUnsureNotRejected() throws IOException {
        Path file = offers("A", "B");
        String name = file.toString().replace('\\', '/');
        Path state = dir.resolve("push.state");
        network.then(Reply.error(500, 6309, "Empty Offer Name"));
        Run run = push(KEY, "--resume=" + state, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.out()).isEqualTo("unsure " + name + "#0  the network may have created it\nnot sent " + name + "#1\n");
        assertThat(run.err()).startsWith("offer-lint push: the network failed: ").contains("6309")
                .endsWith("it may have created it, so it was not sent again: look it up before sending it again; "
                        + "stopped at " + name + "#0 after 0 sent\n");
        assertThat(Files.readAllLines(state, StandardCharsets.UTF_8)).singleElement()
                .satisfies(line -> assertThat(line).startsWith(name + "#0\t").endsWith("\tunsure"));
        assertThat(sentNames()).containsExactly("A");
    }

    /**
     * An update whose server still fails after the retries stops the run as data pull words it: the network failed,
     * the action and the attempts; "refused" was a server's 500 after three attempts.
     */
    @Test
    void anUpdateWhoseServerKeepsFailingStopsTheRunAfterTheRetries() throws IOException {
        Path file = Files.write(dir.resolve("update.ndjson"), List.of(LinksCommandTest.offer("Mobile")
                .replaceFirst("\\{", "{\"id\": 7, ")), StandardCharsets.UTF_8);
        String name = file.toString().replace('\\', '/');
        for (int i = 0; i < 4; i++) { // the first attempt and the client's three retries (1 s, 2 s, 4 s)
            network.then(Reply.error(500, 0, "Internal Server Error"));
        }
        Run run = push(KEY, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).isEqualTo("offer-lint push: the network failed: HTTP 500 Internal Server Error (RETRY) after "
                + "4 attempts; stopped at " + name + "#0 after 0 sent\n");
        assertThat(network.seen()).hasSize(4);
    }

    /** A resume file that cannot be written is found before anything is sent, not after a document was created. */
    @Test
    void aResumeFileThatCannotBeWrittenIsOneLineAndNothingIsSent() throws IOException {
        Path file = offers("A", "B");
        Path folder = Files.createDirectories(dir.resolve("state-is-a-folder"));
        Run run = push(KEY, "--resume=" + folder, file.toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("offer-lint push: cannot use ").endsWith("; nothing was sent").doesNotContain(KEY));
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void aDryRunPrintsTheRequestsWithTheKeyMaskedAndSendsNothing() throws IOException {
        Path file = offers("A");
        Run run = push(null, "--dry-run", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("POST " + network.url() + "/api/v1/setOffer?key=***\n").contains("name=A");
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void noKeyIsAUsageError() throws IOException {
        Run run = push(null, offers("A").toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err()).contains(NetworkSettings.KEY_ENV + " is not set");
        assertThat(network.seen()).isEmpty();
    }

    /** A run that cannot send fails before it creates anything: no empty resume file is left behind. */
    @Test
    void noKeyWithResumeCreatesNoResumeFile() throws IOException {
        Path state = dir.resolve("push.state");
        Run run = push(null, "--resume=" + state, offers("A").toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err().lines()).singleElement()
                .isEqualTo("offer-lint push: " + NetworkSettings.KEY_ENV + " is not set; it holds the network's API key");
        assertThat(state).doesNotExist();
        assertThat(network.seen()).isEmpty();
    }

    @Test
    void aNetworkThatIsNoAddressWithResumeCreatesNoResumeFile() throws IOException {
        Path state = dir.resolve("push.state");
        Run run = push(KEY, "--network=ftp://example.com", "--resume=" + state, offers("A").toString());
        assertThat(run.status()).isEqualTo(OfferLint.USAGE);
        assertThat(run.err().lines()).singleElement().isEqualTo("offer-lint push: the base URL must be http(s)://host: "
                + "ftp://example.com (offer-lint push --help lists the options)");
        assertThat(state).doesNotExist();
    }
}
