package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written, through the real {@code offer-lint.jar}: a full disk ends the run
 * with one line and status 2 at once (it used to hang forever), a closed pipe ends it quietly.
 */
class ReportFailureIT {

    private static final int OFFERS = 200_000;

    @TempDir
    static Path dir;
    private static Path offers;

    @BeforeAll
    static void writeOffers() throws Exception {
        offers = dir.resolve("offers.ndjson");
        byte[] line = (ReportFailureTest.OFFER + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(offers), 1 << 16)) {
            for (int i = 0; i < OFFERS; i++) {
                out.write(line);
            }
        }
    }

    @Test
    void aFullDiskEndsTheRunWithOneLineAndStatusTwo() throws Exception {
        assumeTrue(Files.isWritable(Paths.get("/dev/full")), "needs /dev/full (Linux)");
        for (String format : List.of("json", "text", "sarif")) {
            Path err = dir.resolve("stderr-" + format + ".txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command("--no-progress", "--format", format, "--output", "/dev/full",
                    offers.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            boolean ended = process.waitFor(30, TimeUnit.SECONDS); // hang detection; the bound is asserted below
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            System.out.printf("--format %s --output /dev/full, %,d offers: %,d ms%n", format, OFFERS, millis);

            assertThat(ended).as("offer-lint --format %s ended", format).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(err)).isEqualTo("offer-lint: cannot write the report to /dev/full: "
                    + "No space left on device" + System.lineSeparator());
            // the bound of issue 12, JVM start included (it used to never end)
            assertThat(millis).as("milliseconds").isLessThan(5_000);
        }
    }

    @Test
    void aClosedPipeEndsTheRunQuietly() throws Exception {
        Path err = dir.resolve("stderr-pipe.txt");
        Process process = new ProcessBuilder(command("--no-progress", offers.toString()))
                .redirectError(err.toFile()).start();
        String first;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            first = out.readLine(); // as `offer-lint offers.ndjson | head -1`, which then closes the pipe
        }
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }

        assertThat(first).endsWith("offers.ndjson:1:197: error 6319 Invalid SSL (/ssl)");
        assertThat(ended).as("offer-lint ended").isTrue();
        assertThat(Files.readString(err)).isEmpty();
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void whatPicocliPrintsEndsQuietlyOnAClosedPipeAndSaysWhyOnAFullDisk() throws Exception {
        for (String subcommand : List.of("codes", "schema", "--help")) {
            Path err = dir.resolve("stderr-closed-" + subcommand + ".txt");
            Process process = new ProcessBuilder(command(subcommand)).redirectError(err.toFile()).start();
            process.getInputStream().close(); // as `offer-lint codes | head -0`: closed before the first write
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s ended", subcommand).isTrue();
            assertThat(Files.readString(err)).as(subcommand).isEmpty();
            assertThat(process.exitValue()).as(subcommand).isEqualTo(2);
        }
        assumeTrue(Files.isWritable(Paths.get("/dev/full")), "needs /dev/full (Linux)");
        Path err = dir.resolve("stderr-full-codes.txt");
        Process process = new ProcessBuilder(command("codes")).redirectOutput(new java.io.File("/dev/full"))
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(err)).isEqualTo("offer-lint: cannot write to standard output: No space left on device"
                + System.lineSeparator());
        assertThat(process.exitValue()).isEqualTo(2);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("offerLint.jar")));
        command.addAll(List.of(args));
        return command;
    }
}
