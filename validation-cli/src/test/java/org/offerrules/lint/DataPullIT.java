package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.client.standin.StandInNetwork;
import org.offerrules.client.standin.StandInNetwork.Reply;

/** {@code offer-lint data pull} as a real process on the packaged jar, the key in its environment only. */
class DataPullIT {

    private static OfferLintIT.Run run(String key, String... args) throws Exception {
        return OfferLintIT.run(new java.io.File("/dev/null"), Map.of(NetworkSettings.KEY_ENV, key), args);
    }

    @Test
    void pullsAFolderThatDataReadsAndShowsTheKeyNowhere(@TempDir Path dir) throws Exception {
        try (StandInNetwork network = new StandInNetwork(DataPullCommandTest.KEY, 0)) {
            network.list(DataPullCommandTest.ADVERTISERS, DataPullCommandTest.advertisers(12, 14));
            Path data = dir.resolve("data");

            OfferLintIT.Run refused = run("not-" + DataPullCommandTest.KEY, "data", "pull", "--network", network.url(),
                    data.toString());
            assertThat(refused.status()).isEqualTo(OfferLint.USAGE);
            assertThat(refused.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("6012"));

            OfferLintIT.Run pulled = run(DataPullCommandTest.KEY, "data", "pull", "--network", network.url(), data.toString());
            assertThat(pulled.status()).as(pulled.err()).isZero();
            assertThat(pulled.out()).startsWith("pulled advertisers.ndjson  2 records, 1 page\n");

            for (OfferLintIT.Run run : List.of(refused, pulled)) {
                assertThat(run.out() + run.err()).doesNotContain(DataPullCommandTest.KEY).doesNotContain("SECRET");
            }
            Path offer = Files.writeString(dir.resolve("unknown.json"),
                    LinksCommandTest.offer("Mobile").replace("\"advertiser_id\": 12", "\"advertiser_id\": 13"));
            OfferLintIT.Run lint = OfferLintIT.run("--no-progress", "--data", data.toString(), offer.toString());
            assertThat(lint.status()).isEqualTo(OfferLint.FINDINGS);
            assertThat(lint.out()).contains("error 6307 ").contains("(/advertiser_id)");
        }
    }

    /**
     * Ctrl-C (SIGINT) or a {@code kill} (SIGTERM, what {@code Process.destroy} sends) while a list is
     * being read: no {@code finally} runs, and the hidden part file used to stay in the folder.
     */
    @Test
    void aPullEndedByCtrlCOrKillLeavesNoPartFile(@TempDir Path dir) throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            try (StandInNetwork network = new StandInNetwork(DataPullCommandTest.KEY, 0)) {
                network.list(DataPullCommandTest.ADVERTISERS, DataPullCommandTest.advertisers(12, 14));
                network.then(Reply.slow(60_000)); // the first page does not come while the pull runs
                Path data = dir.resolve(signal);
                Path part = data.resolve(".advertisers.ndjson.part");
                Process process = OfferLintIT.process(Map.of(NetworkSettings.KEY_ENV, DataPullCommandTest.KEY),
                        "data", "pull", "--network", network.url(), data.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while ((network.seen().isEmpty() || !Files.exists(part)) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(part).as("the pull is writing its part file").exists();
                    if (signal.equals("INT")) {
                        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
                        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
                        assertThat(kill.exitValue()).isZero();
                    } else {
                        process.destroy();
                    }
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(process.exitValue()).isEqualTo(signal.equals("INT") ? 128 + 2 : 128 + 15);
                    assertThat(data).as("after SIG" + signal).isEmptyDirectory();
                } finally {
                    process.destroyForcibly();
                }
            }
        }
    }
}
