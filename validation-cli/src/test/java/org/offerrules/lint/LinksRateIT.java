package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.linkcheck.fake.FakeAffiliTest;

import picocli.CommandLine;

/**
 * The issue's own figure, at full length: 200 cases at {@code --rate 5/1s} (about 40 s, so it runs
 * with the integration tests, not the unit suite, which proves the same at 5 per 200 ms).
 */
class LinksRateIT {

    @Test
    @Timeout(120)
    void twoHundredCasesAtFivePerSecondKeepToTheRate(@TempDir Path dir) throws Exception {
        String[] lines = new String[100];
        Arrays.fill(lines, LinksCommandTest.offer("Mobile")); // android and iphone: 2 cases each
        Path file = Files.write(dir.resolve("many.ndjson"), List.of(lines), StandardCharsets.UTF_8);
        try (FakeAffiliTest server = FakeAffiliTest.start()) {
            CommandLine cli = OfferLint.commandLine();
            ((LinksCommand) cli.getSubcommands().get("links").getCommand()).env =
                    Map.of("AFFILITEST_API_KEY", "a".repeat(64))::get;
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));

            int status = cli.execute("links", "--affilitest-url=" + server.baseUrl(), "--no-progress", "--rate=5/1s",
                    "--threads=8", "--format=json", file.toString());

            assertThat(status).as(err.toString()).isZero();
            assertThat(server.tests()).hasSize(200);
            // arrival times at the server, callsLeft included: the turns are 200 ms apart; an arrival is
            // its turn plus however long the machine stalled its thread (up to 200 ms allowed), so any
            // five seconds hold at most the turns of 5.2 s
            assertThat(server.mostInAnyWindow(Duration.ofSeconds(5).toNanos())).isLessThanOrEqualTo((5_000 + 200) / 200 + 1);
        }
    }
}
