package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Adversarial QA: a syntax error in one element of an array hides none after it, on one thread and
     * two, minified or one element per line; places that Jackson 2's messages name are the file's.
     */
    @Test
    void aBrokenArrayElementHidesNoneAfterItAsAProcess(@TempDir Path dir) throws Exception {
        String first = "{\"name\": \"A\", \"ssl\": 1}";
        String broken = "{\"offer_name\": tru, \"x\": 1}";
        String last = "{\"name\": \"é🎉\", \"ssl\": 2}";
        Path lines = Files.writeString(dir.resolve("lines.json"), "[\n" + first + ",\n" + broken + ",\n" + last + "\n]\n");
        Path minified = Files.writeString(dir.resolve("minified.json"), "[" + first + "," + broken + "," + last + "]");
        Path ndjson = Files.writeString(dir.resolve("open.ndjson"), first + "\n" + first + "\n{\"a\": [1\n");
        Path open = Files.writeString(dir.resolve("open.json"), "\n\n[" + first + ",\n{\"ssl\": tru},\n{\"a\": [1}]\n");
        int farRight = ("[" + first + "," + broken + ",").length() + last.indexOf("2}") + 1; // UTF-16 units
        String sequential = null;
        for (String threads : List.of("1", "2")) {
            Run run = run("--no-progress", "--threads", threads, lines.toString(), minified.toString(), ndjson.toString(),
                    open.toString());
            assertThat(run.out()).contains(lines + ":3:16: error 6055 Invalid json data: Unrecognized token 'tru'")
                    .contains(lines + ":4:" + (last.indexOf("2}") + 1) + ": error 6319 Invalid SSL (/ssl)")
                    .contains(minified + ":1:" + farRight + ": error 6319 Invalid SSL (/ssl)")
                    .containsPattern("documents\\s+12")
                    .contains(ndjson + ":3:9: error 6055 ").contains("line: 3, column: 7]) (document 2)")
                    .contains(open + ":4:9: error 6055 ").contains(open + ":5:9: error 6055 ")
                    .contains("line: 5, column: 7]) (document 2)");
            assertThat(run.err()).isEmpty();
            assertThat(sequential == null ? run.out() : sequential).isEqualTo(run.out());
            sequential = run.out();
        }
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
