package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * What picocli prints (catalog, schema, help, version) goes through a {@link PrintWriter}, which keeps
 * write errors to itself: a full disk or a closed pipe must still end with status 2 and one line.
 */
class CommandOutputFailureTest {

    /** Fails every write, as {@code > /dev/full} does. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @CsvSource({"codes", "codes --format json", "explain 6399", "schema", "schema --request getOffers", "--help",
            "--version"})
    void anUnwritableOutputEndsWithStatusTwoAndOneLine(String args) {
        CommandLine cli = OfferLint.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new FullDisk()));
        cli.setErr(new PrintWriter(err, true));

        int status = cli.execute(args.split(" "));

        assertThat(status).isEqualTo(OfferLint.USAGE);
        assertThat(err.toString()).isEqualTo("offer-lint: cannot write to standard output" + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource({"codes", "schema", "--version"})
    void aWritableOutputStillEndsWithStatusZero(String args) {
        CommandLine cli = OfferLint.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute(args.split(" "))).isZero();
        assertThat(out.toString()).isNotEmpty();
        assertThat(err.toString()).isEmpty();
    }
}
