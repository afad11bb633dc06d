package org.offerrules.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;

/** The README's example is this code, compiled on Java 17, and prints what it says against a stand-in network. */
class ClientReadmeTest {

    private static final Path README = Snippets.root().resolve("offer-rules-client/README.md");
    private static final Path SOURCE = Snippets.root()
            .resolve("offer-rules-client/src/test/java/org/offerrules/client/ClientReadmeTest.java");

    private StandInNetwork network;

    @BeforeEach
    void start() throws Exception {
        network = new StandInNetwork(NetworkClientTest.KEY, 0);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void theReadmeShowsThisCode() throws Exception {
        Snippets.assertInSync(README, List.of(SOURCE));
    }

    @Test
    void aValidOfferIsCreatedAndAnInvalidOneIsSummedUpWithoutBeingSent() throws Exception {
        assertThat(printed(Offers.full())).containsExactly("created " + StandInNetwork.FIRST_ID);
        assertThat(network.seen()).hasSize(1);

        Offer broken = Offers.full().toBuilder().ssl(7).build();
        assertThat(printed(broken)).containsExactly("1 violation: error 6319 Invalid SSL (/ssl)");
        assertThat(network.seen()).hasSize(1);
    }

    @Test
    void aRefusalPrintsItsCodeAndACreateMetByAServerErrorIsToBeLookedUp() throws Exception {
        Offer offer = Offers.full();
        network.then(StandInNetwork.Reply.error(400, 6309, "Empty Offer Name"));
        assertThat(printed(offer)).containsExactly("6309 FIX_REQUEST");

        network.then(StandInNetwork.Reply.error(500, 6300, "Failed to Save Offer Data"));
        assertThat(printed(offer)).containsExactly("may exist, look it up: Failed to Save Offer Data");
        assertThat(network.seen()).hasSize(2); // the create met by a 500 was sent once
    }

    private List<String> printed(Offer offer) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            readme(network.url(), NetworkClientTest.KEY, offer);
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void readme(String url, String key, Offer offer) {
        // snippet: client-readme
        try (NetworkClient client = NetworkClient.builder(url, key)
                .rate(10, Duration.ofSeconds(1))
                .build()) {
            Result result = client.send(offer);
            if (result instanceof Result.Done done) {
                System.out.println("created " + done.id().orElseThrow());
            } else if (result instanceof Result.Invalid invalid) {
                System.out.println(invalid.report().summary());
            } else if (result instanceof Result.Failed failed && failed.mayHaveCreated()) {
                System.out.println("may exist, look it up: " + failed.error().message()); // a create that met a 5xx
            } else if (result instanceof Result.Failed failed) {
                System.out.println(failed.error().number() + " " + failed.action());
            }
        }
        // end: client-readme
    }
}
