package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged jar as a real process, as users and CI run it. */
class OfferLintIT {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(new java.io.File("/dev/null"), args);
    }

    static Run run(java.io.File stdin, String... args) throws IOException, InterruptedException {
        return run(stdin, java.util.Map.of(), args);
    }

    /** With {@code env} added to the process's environment. */
    static Run run(java.io.File stdin, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Process process = process(env, args).redirectInput(ProcessBuilder.Redirect.from(stdin)).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The jar's process, not started yet, with {@code env} added to its environment. */
    static ProcessBuilder process(java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", System.getProperty("offerLint.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        return builder;
    }

    @Test
    void lintsTheExamplesAsAProcess() throws Exception {
        Run run = run("--no-progress", "../docs/examples");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("caps-in-wrong-order.json:16:24: error 6399").containsPattern("documents\\s+9");
        assertThat(run.err()).isEmpty();
    }

    /** {@code offer-lint - < offers.ndjson}: what {@code cat offers.ndjson | offer-lint -} reads. */
    @Test
    void standardInputAsAProcessGivesTheFilesFindings() throws Exception {
        String file = "../docs/examples/offers.ndjson";
        Run piped = run(new java.io.File(file), "--no-progress", "-");
        Run named = run("--no-progress", file);

        assertThat(piped.status()).isEqualTo(named.status()).isEqualTo(1);
        assertThat(piped.out()).isEqualTo(named.out().replace(file, "<stdin>"))
                .contains("<stdin>:2:217: error 6324 Invalid Offer Currency (/currency)");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void exitCodesAsAProcess() throws Exception {
        assertThat(run("--no-progress", "../docs/examples/valid-offer.json").status()).isZero();
        Run missing = run("--no-progress", "no-such-file.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-file.json: no such file or folder").doesNotContain("Exception");
        assertThat(run("--bogus").status()).isEqualTo(2);
        assertThat(run("codes", "--format", "json").out()).startsWith("[");
        assertThat(run("--version").out()).startsWith("offer-lint ");
    }
}
