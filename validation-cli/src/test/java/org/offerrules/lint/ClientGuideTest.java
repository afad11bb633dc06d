package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.client.NetworkClient;
import org.offerrules.client.Result;
import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;
import org.offerrules.validation.NetworkData;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;
import org.offerrules.validation.model.OfferType;
import org.offerrules.validation.model.AccessType;
import org.offerrules.validation.model.PayoutType;
import org.offerrules.validation.model.TrackingProtocol;

import picocli.CommandLine;

/**
 * docs/client.md is true: every {@code $ offer-lint ...} line of its {@code <!-- session -->} blocks is run,
 * in order, against the stand-in network (for {@code https://network.example.com}) in a scratch folder,
 * and prints the lines below it (standard output, then standard error) with the status of its
 * {@code # exit N} (0 without); its Java block is the code below. {@code -Dregenerate=true} writes the
 * outputs and the code into the page.
 */
class ClientGuideTest {

    private static final Path GUIDE = Snippets.root().resolve("docs/client.md");
    private static final String SHOWN_URL = "https://network.example.com";
    private static final String KEY = DataPullCommandTest.KEY;
    private static final Pattern SESSION = Pattern.compile("<!-- session -->\\s*\\n```console\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> COMMANDS = List.of("data", "pull", "push");
    private static final Pattern EXIT = Pattern.compile("\\s+# exit (\\d)$");

    @TempDir
    Path dir;

    private StandInNetwork network;
    private boolean interrupted;

    @BeforeEach
    void start() throws Exception {
        network = new StandInNetwork(KEY, 0);
        // what docs/network/data holds
        network.list(DataPullCommandTest.ADVERTISERS, List.of(
                "{\"id\":\"12\",\"email\":\"ops@acme.example\",\"status\":\"Active\",\"company\":\"Acme Ltd\"}",
                "{\"id\":\"14\",\"email\":\"sales@globex.example\",\"status\":\"Active\",\"company\":\"Globex\"}"));
        network.list("/api/v2/getOffers", List.of("{\"id\":301,\"name\":\"Summer Sale\"}", "{\"id\":302,\"name\":\"Winter Sale\"}"));
        network.list("/api/v1/getOfferCategories", List.of("{\"id\":\"6\",\"name\":\"Shopping\"}", "{\"id\":\"7\",\"name\":\"Finance\"}"));
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void theSessionsPrintWhatThePageShows() throws Exception {
        String page = Files.readString(GUIDE);
        Matcher block = SESSION.matcher(page);
        StringBuilder regenerated = new StringBuilder();
        int commands = 0;
        while (block.find()) {
            StringBuilder session = new StringBuilder();
            List<String> shown = new ArrayList<>();
            String command = null;
            for (String line : (block.group(1) + "$ ").lines().toList()) {
                if (!line.startsWith("$ ")) {
                    shown.add(line);
                    continue;
                }
                if (command != null) {
                    session.append(check(command, shown));
                    commands++;
                }
                shown.clear();
                command = line.equals("$ ") ? null : line;
                if (command != null && !command.startsWith("$ offer-lint ")) {
                    session.append(command).append('\n');
                    command = null;
                }
            }
            block.appendReplacement(regenerated, Matcher.quoteReplacement(
                    block.group().substring(0, block.start(1) - block.start()) + session + "```"));
        }
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(GUIDE, block.appendTail(regenerated).toString());
        }
        assertThat(commands).isEqualTo(6);
        assertThat(page).contains("$ export OFFER_RULES_API_KEY=…");
    }

    /** Runs one command line; returns it with its output as the page should show them. */
    private String check(String line, List<String> shown) {
        Matcher exit = EXIT.matcher(line);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        String command = exit.reset().replaceAll("");
        List<String> args = new ArrayList<>();
        for (String arg : command.substring("$ offer-lint ".length()).split(" ")) {
            args.add(arg.startsWith("docs/") ? "../" + arg : arg.equals(SHOWN_URL) ? network.url()
                    : arg.startsWith("-") || COMMANDS.contains(arg) ? arg : dir.resolve(arg).toString());
        }
        if (args.contains("--resume") && !interrupted) {
            interrupted = true;
            network.then(Reply.slow(1)).then(Reply.dropped());
        }
        Cli run = run(args.toArray(String[]::new));
        String out = (run.out() + run.err()).replace(dir + "/", "").replace("../docs/", "docs/")
                .replace(network.url(), SHOWN_URL);
        assertThat(out).doesNotContain(KEY);
        List<String> printed = out.strip().lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            // a shown line may leave out what the JDK words differently ("…"); regenerating keeps it
            kept.add(i < shown.size() && same(shown.get(i), printed.get(i)) ? shown.get(i) : printed.get(i));
        }
        if (!Boolean.getBoolean("regenerate")) {
            assertThat(run.status()).as("status of `%s`", command).isEqualTo(expected);
            assertThat(String.join("\n", shown).strip()).as("output of `%s`", command).isEqualTo(String.join("\n", kept));
        }
        return line + "\n" + String.join("\n", kept) + (kept.isEmpty() ? "" : "\n");
    }

    private static boolean same(String shown, String printed) {
        StringBuilder pattern = new StringBuilder();
        for (String part : shown.split("…", -1)) {
            pattern.append(pattern.isEmpty() ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.matches(pattern.toString(), printed);
    }

    private static Cli run(String... args) {
        CommandLine cli = DataPullCommandTest.pullCommand(KEY);
        ((PushCommand) cli.getSubcommands().get("push").getCommand()).settings.env =
                name -> NetworkSettings.KEY_ENV.equals(name) ? KEY : null;
        return Cli.run(cli, args);
    }

    @Test
    void theJavaBlockIsTheCodeBelowAndPrintsWhatThePageSays() throws Exception {
        Snippets.assertInSync(GUIDE, List.of(Snippets.root().resolve(
                "validation-cli/src/test/java/org/offerrules/lint/ClientGuideTest.java")));
        assertThat(run("data", "pull", "--network", network.url(), dir.resolve("network-data").toString()).status()).isZero();
        Offer known = Offer.builder().advertiserId(12).name("Summer Sale").status(OfferStatus.ACTIVE)
                .expireDate("2030/12/31").type(OfferType.MOBILE).url("https://track.example.com/click?tid={TID}")
                .accessType(AccessType.PUBLIC).ssl(1).trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL).currency(1)
                .payoutType(PayoutType.CPA).payout(2.5).build();

        assertThat(printed(known)).containsExactly("advertiser 12", "advertiser 14", "created 1000");
        assertThat(printed(known.toBuilder().advertiserId(13).build()))
                .containsExactly("advertiser 12", "advertiser 14", "not sent: 6307 /advertiser_id");
        assertThat(network.seen().stream().filter(s -> s.verb().equals("POST"))).hasSize(1);
    }

    private List<String> printed(Offer offer) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            javaApi(network.url(), KEY, offer);
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private void javaApi(String url, String key, Offer offer) throws Exception {
        Path folder = dir.resolve("network-data");
        // snippet: client-java
        OfferValidator validator = OfferValidator.builder().lookup(NetworkData.load(folder)).build();
        try (NetworkClient client = NetworkClient.builder(url, key).validator(validator).build()) {
            client.list("getAdvertisers", Map.of(), 500, 10_000,
                    page -> page.forEach(advertiser -> System.out.println("advertiser " + advertiser.get("id"))));

            Result result = client.send(offer);   // validated first: sent only when valid
            if (result instanceof Result.Done done) {
                System.out.println("created " + done.id().orElseThrow());
            } else if (result instanceof Result.Invalid invalid) {
                invalid.report().violations().forEach(v -> System.out.println("not sent: " + v.code().number() + " " + v.pointer()));
            } else if (result instanceof Result.Failed failed && failed.mayHaveCreated()) {
                System.out.println("may exist, look it up: " + failed.error().message()); // a create that met a 5xx
            } else if (result instanceof Result.Failed failed) {
                System.out.println("refused: " + failed.error().number() + " " + failed.action());
            }
        }
        // end: client-java
    }
}
