package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written ends the run with one line and status 2, reading stops, and no run
 * leaves a thread behind. The full disk and the closed pipe through the real jar: {@code ReportFailureIT}.
 */
class ReportFailureTest {

    /** One offer with one error (6319 at /ssl). */
    static final String OFFER = HostileInputIT.OFFER.replace("\"ssl\": 1", "\"ssl\": 2");

    @Test
    void anOutputInAFolderThatVanishedIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("offers.ndjson"), OFFER + "\n");
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Files.delete(folder);
        Path report = folder.resolve("report.json");

        Cli cli = Cli.run("--no-progress", "--format", "json", "--output", report.toString(), input.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("offer-lint: cannot write the report to " + report + ": no such folder"
                + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
        assertThat(report).doesNotExist();
    }

    @Test
    void aWriterThatFailsEndsTheRunWithOneLine(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("offers.ndjson"), (OFFER + "\n").repeat(2_000));

        for (String format : List.of("text", "json", "sarif")) {
            Cli cli = runWithFailingOut("--no-progress", "--format", format, input.toString());

            assertThat(cli.status()).as(format).isEqualTo(2);
            assertThat(cli.err()).as(format).isEqualTo("offer-lint: cannot write the report to standard output: "
                    + "the output writer failed" + System.lineSeparator());
        }
    }

    @Test
    void readingStopsWhenTheReportCannotBeWritten(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            files.add(Files.writeString(dir.resolve(i + ".json"), OFFER));
            names.add(i + ".json");
        }
        ReportWriter failing = new TextReport(new BrokenWriter());
        LintRun run = new LintRun(org.offerrules.validation.document.OfferReader.create(), 1, failing);

        assertThatThrownBy(() -> run.run(files, names))
                .isInstanceOfSatisfying(LintRun.WriteFailed.class,
                        e -> assertThat(e.getCause()).hasMessage("No space left on device"));
        // the queue holds 6 pending files: what was handed on before the producer saw the failure
        assertThat(run.documentsDone()).isLessThan(20);
        assertThat(liveLintThreads()).isEmpty();
    }

    @Test
    void noRunLeavesAThreadBehind(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("offers.ndjson"), (OFFER + "\n").repeat(600));
        Cli.run("--no-progress", "--threads", "3", input.toString()); // classes loaded, pools of the JDK started
        int before = ManagementFactory.getThreadMXBean().getThreadCount();

        for (int i = 0; i < 200; i++) {
            Cli cli = i % 2 == 0 ? Cli.run("--no-progress", "--threads", "3", input.toString())
                    : runWithFailingOut("--no-progress", "--threads", "3", "--format", "json", input.toString());
            assertThat(cli.status()).as("run %d: %s", i, cli.err()).isEqualTo(i % 2 == 0 ? 1 : 2);
            assertThat(liveLintThreads()).as("after run %d", i).isEmpty();
        }

        // slack for threads of the JVM itself (a compiler thread started meanwhile); not 4 per run
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(before + 3);
    }

    private static List<String> liveLintThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("offer-lint")).toList();
    }

    /** offer-lint embedded, its output writer failing like a PrintWriter does: silently, seen by checkError. */
    private static Cli runWithFailingOut(String... args) {
        var cli = OfferLint.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new BrokenWriter()));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Cli(status, "", err.toString());
    }

    /** A writer whose every write fails. */
    private static final class BrokenWriter extends Writer {
        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
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
}
