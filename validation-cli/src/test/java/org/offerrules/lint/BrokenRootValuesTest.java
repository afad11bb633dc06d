package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of pretty-printed offers with a broken root scalar among them (docs/decisions/arrays.md): the
 * offers after it are linted, from a file and from standard input alike; where the reading cannot go on,
 * the finding says that the rest of the file was not read.
 */
class BrokenRootValuesTest {

    private static final String OFFER = ReportFailureTest.OFFER;

    /** {@link #OFFER} over lines, as an editor writes it; its 6319 on line 9 of itself. */
    private static String pretty() {
        return "{\n  " + OFFER.substring(1, OFFER.length() - 1).replace(", \"", ",\n  \"") + "\n}\n";
    }

    @Test
    void theOffersAfterABrokenRootScalarAreLinted(@TempDir Path dir) throws Exception {
        String offer = pretty();
        int lines = (int) offer.lines().count();
        int ssl = sslLine(offer);
        Path file = Files.writeString(dir.resolve("offers.json"), offer + "tru\n" + offer + "-\n" + offer);

        for (String threads : new String[] {"1", "2"}) {
            Cli cli = Cli.run("--no-config", "--no-progress", "--threads", threads, file.toString());

            assertThat(cli.status()).isEqualTo(1);
            assertThat(cli.err()).isEmpty();
            assertThat(cli.out().lines().filter(l -> l.startsWith(file.toString()))).containsExactly(
                    file + ":" + ssl + ":10: error 6319 Invalid SSL (/ssl)",
                    file + ":" + (lines + 1) + ":1: error 6055 Invalid json data: Unrecognized token 'tru': was expecting"
                            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (document 1)",
                    file + ":" + (lines + 1 + ssl) + ":10: error 6319 Invalid SSL (/ssl)",
                    file + ":" + (2 * lines + 2) + ":2: error 6055 Invalid json data: Unexpected character ((CTRL-CHAR,"
                            + " code 10)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric"
                            + " value (document 3)",
                    file + ":" + (2 * lines + 2 + ssl) + ":10: error 6319 Invalid SSL (/ssl)");
            assertThat(cli.out()).contains("documents            5");
        }
        // the same from standard input, and with the broken scalar first
        Cli stdin = Cli.withStdin("tru\n" + offer + offer, "--no-config", "--no-progress", "-");
        assertThat(stdin.out().lines().filter(l -> l.startsWith("<stdin>")).map(l -> l.substring(0, l.indexOf(" error"))))
                .containsExactly("<stdin>:1:1:", "<stdin>:" + (1 + ssl) + ":10:", "<stdin>:" + (1 + lines + ssl) + ":10:");
        assertThat(stdin.status()).isEqualTo(1);
    }

    @Test
    void aBreakTheReadingCannotGetPastSaysTheRestWasNotRead(@TempDir Path dir) throws Exception {
        String offer = pretty();
        int lines = (int) offer.lines().count();
        Path file = Files.writeString(dir.resolve("offers.json"), offer + "\"abc\n" + offer);

        Cli cli = Cli.run("--no-config", "--no-progress", "--format", "json", file.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains("{\"file\":\"" + file + "\",\"document\":1,\"pointer\":\"\",\"line\":" + (lines + 1)
                + ",\"column\":5,\"code\":6055,\"severity\":\"error\",\"message\":\"Invalid json data: Illegal unquoted"
                + " character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value;"
                + " the rest of the file was not read (where this document ends is not certain)\"}")
                .contains("\"documents\":2");
    }

    private static int sslLine(String offer) {
        String[] lines = offer.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"ssl\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no ssl in " + offer);
    }
}
