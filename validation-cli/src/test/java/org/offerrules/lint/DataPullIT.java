package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.client.standin.StandInNetwork;

/** {@code offer-lint data pull} as a real process on the packaged jar, the key in its environment only. */
class DataPullIT {

    private static OfferLintIT.Run run(String key, String... args) throws Exception {
        return OfferLintIT.run(new java.io.File("/dev/null"), Map.of(PushCommand.KEY_ENV, key), args);
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
}
