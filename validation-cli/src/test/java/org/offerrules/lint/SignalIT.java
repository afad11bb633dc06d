package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT (Ctrl-C) in the middle of a run, through the real {@code offer-lint.jar} (issue
 * 29): one line, the conventional status (143, 130), and the previous report untouched, with no
 * temporary file left beside it.
 */
class SignalIT {

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalMidRunLeavesThePreviousReport(String signal, int status, @TempDir Path dir) throws Exception {
        Path offers = dir.resolve("offers.ndjson");
        byte[] line = (ReportFailureTest.OFFER + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(offers), 1 << 16)) {
            for (int i = 0; i < 2_000_000; i++) {
                out.write(line);
            }
        }
        Path report = Files.writeString(dir.resolve("report.txt"), "previous");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>();
        if (signal.equals("INT")) {
            // a process started in the background inherits SIGINT ignored (POSIX), and the JVM then keeps
            // it ignored; env gives the JVM the default action back, as a terminal's foreground job has
            Assumptions.assumeTrue(new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0,
                    "coreutils env --default-signal");
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("offerLint.jar"), "--no-progress", "--threads", "1",
                "--output", report.toString(), offers.toString()));
        Process process = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // wait until the report is being written: its temporary file has grown
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (temporarySize(dir) < 100_000 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("still running").isTrue();

        // env executes java in its own place: the pid is the JVM's
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor()).isZero();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }

        assertThat(ended).isTrue();
        assertThat(process.exitValue()).isEqualTo(status);
        assertThat(Files.readString(err)).isEqualTo("offer-lint: stopped by a signal; no report file was written"
                + System.lineSeparator());
        assertThat(Files.readString(report)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("offers.ndjson", "report.txt", "stderr.txt");
        }
    }

    private static long temporarySize(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            long size = 0;
            for (Path p : temporary) {
                size += Files.exists(p) ? Files.size(p) : 0;
            }
            return size;
        }
    }
}
