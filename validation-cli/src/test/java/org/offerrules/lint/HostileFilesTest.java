package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The file system as an unlucky operator meets it (issue 29): symbolic links, a run that finds nothing,
 * a report named like its input, a run that fails half-way, absurd thread counts and errors of the JVM.
 * The signals, through the real jar: {@code SignalIT}.
 */
class HostileFilesTest {

    private static final String NL = System.lineSeparator();

    @Test
    void aFolderGivenAsASymbolicLinkIsLinted(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("offers"));
        Files.writeString(folder.resolve("a.json"), ReportFailureTest.OFFER);
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);

        Cli cli = Cli.run("--no-progress", link.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).contains("link/a.json:1:").contains("error 6319 Invalid SSL (/ssl)")
                .contains("files                1");
    }

    @Test
    void linksInsideAFolderAreFollowedAndALoopIsReportedOnce(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.json"), ReportFailureTest.OFFER);
        Path folder = Files.createDirectory(dir.resolve("offers"));
        Files.createSymbolicLink(folder.resolve("more"), elsewhere);
        Files.createSymbolicLink(folder.resolve("c.json"), elsewhere.resolve("b.json"));
        Files.createSymbolicLink(folder.resolve("self"), folder);

        Cli cli = Cli.run("--no-progress", folder.toString());

        assertThat(cli.out()).contains("offers/more/b.json:1:").contains("offers/c.json:1:")
                .contains("files                2");
        assertThat(cli.err()).isEqualTo("offer-lint: " + folder.resolve("self")
                + ": a symbolic link to a folder above it (a loop), not followed" + NL);
        assertThat(cli.status()).isEqualTo(2);
    }

    @Test
    void aDanglingLinkIsOneLineNotAStackTrace(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("offers"));
        Files.writeString(folder.resolve("a.json"), ReportFailureTest.OFFER);
        Path inside = Files.createSymbolicLink(folder.resolve("gone.json"), dir.resolve("nowhere.json"));
        Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt")); // not a file to lint
        Path given = Files.createSymbolicLink(dir.resolve("given.json"), dir.resolve("nowhere.json"));

        Cli cli = Cli.run("--no-progress", folder.toString(), given.toString());

        assertThat(cli.err()).isEqualTo("offer-lint: " + inside + ": " + Inputs.DANGLING + NL
                + "offer-lint: " + given + ": " + Inputs.DANGLING + NL);
        assertThat(cli.out()).contains("offers/a.json:1:");
        assertThat(cli.status()).isEqualTo(2);
    }

    @Test
    void pathsThatHoldNoFileToLintAreOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not an offer");

        Cli cli = Cli.run("--no-progress", empty.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("offer-lint: no file to lint (*.json, *.ndjson, *.form, *.query) in " + empty + NL);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void anOutputThatIsAnInputIsAUsageErrorAndTheInputStaysIntact(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("o.ndjson"), ReportFailureTest.OFFER + "\n");
        Path alias = Files.createSymbolicLink(dir.resolve("alias.ndjson"), input);

        for (Path output : new Path[] {input, alias, dir.resolve(".").resolve("o.ndjson")}) {
            Cli cli = Cli.run("--no-progress", "--output", output.toString(), input.toString());

            assertThat(cli.status()).as(output.toString()).isEqualTo(2);
            assertThat(cli.err()).isEqualTo("offer-lint: --output " + output + " is the input " + input
                    + "; the report would overwrite it: write it elsewhere" + NL);
            assertThat(Files.readString(input)).isEqualTo(ReportFailureTest.OFFER + "\n");
        }
    }

    @Test
    void aReportReplacesThePreviousOneOnlyWhenItIsComplete(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "previous");

        try (ReportOutput out = ReportOutput.open(report, null, null)) {
            out.stream().write("half a rep".getBytes(StandardCharsets.UTF_8));
            // the run fails here: no commit
        }
        assertThat(Files.readString(report)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report); // no temporary file left
        }

        try (ReportOutput out = ReportOutput.open(report, null, null)) {
            out.stream().write("whole".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(report)).isEqualTo("previous"); // nothing is lost at the start
            out.commit();
        }
        assertThat(Files.readString(report)).isEqualTo("whole");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aReportThroughALinkReplacesTheTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("o.ndjson"), ReportFailureTest.OFFER + "\n");
        Path target = Files.writeString(dir.resolve("report.txt"), "previous");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), target);

        Cli cli = Cli.run("--no-progress", "--output", link.toString(), input.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("error 6319 Invalid SSL (/ssl)");
    }

    @Test
    void absurdThreadCountsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("o.json"), ReportFailureTest.OFFER);

        for (String threads : new String[] {"0", "-1", "2147483647", "257"}) {
            Cli cli = Cli.run("--no-progress", "--threads", threads, input.toString());

            assertThat(cli.status()).as(threads).isEqualTo(2);
            assertThat(cli.err()).as(threads).isEqualTo("offer-lint: --threads must be between 1 and 256, not " + threads
                    + " (offer-lint --help lists the options)" + NL)
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aFileNamedLikeAGlobIsThatFile(@TempDir Path dir) throws Exception {
        // pre-commit and find pass names as they are: offers/[draft].json is that file, not a glob that
        // matches offers/d.json (or nothing, status 2)
        Path folder = Files.createDirectory(dir.resolve("offers"));
        Path draft = Files.writeString(folder.resolve("[draft] {v2}?.json"), ReportFailureTest.OFFER);
        Files.writeString(folder.resolve("d.json"), HostileInputIT.OFFER);

        Cli cli = Cli.run("--no-progress", draft.toString());

        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains(draft + ":1:197: error 6319 Invalid SSL (/ssl)").doesNotContain("d.json")
                .contains("files                1");
        assertThat(cli.status()).isEqualTo(1);
    }

    @Test
    void aGlobThatIsNoneIsOneLineAndTheOtherPathsAreStillLinted(@TempDir Path dir) throws Exception {
        Path offer = Files.writeString(dir.resolve("a.json"), ReportFailureTest.OFFER);

        Cli cli = Cli.run("--no-progress", dir + "/offers[.json", dir + "/{a,{b}}.json", offer.toString());

        assertThat(cli.err()).isEqualTo("offer-lint: " + dir + "/offers[.json: not a glob: Missing ]"
                + " at character " + (dir + "/offers[.json").length() + NL
                + "offer-lint: " + dir + "/{a,{b}}.json: not a glob: Cannot nest groups at character "
                + (dir + "/{a,{").length() + NL);
        assertThat(cli.out()).contains(offer + ":1:197: error 6319").contains("files                1");
        assertThat(cli.status()).isEqualTo(2);
    }

    @Test
    void aGlobOfManyStarsIsMatchedInLinearTime(@TempDir Path dir) throws Exception {
        // the JDK's matcher backtracks: this glob against this name did not end in minutes
        Path offer = Files.writeString(dir.resolve("a".repeat(60) + ".json"), ReportFailureTest.OFFER);
        Files.writeString(dir.resolve("a".repeat(30) + "b.json"), ReportFailureTest.OFFER);

        long start = System.nanoTime();
        Cli cli = Cli.run("--no-progress", dir + "/" + "*a".repeat(24) + "*b*");

        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(20);
        assertThat(cli.out()).contains("a".repeat(30) + "b.json:1:197: error 6319").doesNotContain(offer.toString())
                .contains("files                1");
        assertThat(cli.status()).isEqualTo(1);
    }

    @Test
    void aGlobWithoutTwoStarsIsNotFailedByWhatLiesBelowItsDepth(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("offers"));
        Path offer = Files.writeString(folder.resolve("a.json"), ReportFailureTest.OFFER);
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Files.writeString(sub.resolve("b.json"), ReportFailureTest.OFFER);
        Files.createSymbolicLink(sub.resolve("loop"), folder);

        Cli flat = Cli.run("--no-progress", folder + "/*.json");

        assertThat(flat.err()).isEmpty();
        assertThat(flat.out()).contains(offer + ":1:197:").doesNotContain("b.json").contains("files                1");
        assertThat(flat.status()).isEqualTo(1);

        // **/ is zero or more folders, as in the configuration's globs: offers/a.json too
        Cli any = Cli.run("--no-progress", folder + "/**/*.json");

        assertThat(any.out()).contains(offer + ":1:197:").contains(sub.resolve("b.json") + ":1:197:")
                .contains("files                2");

        // ** goes down every level: the loop is its problem
        Cli deep = Cli.run("--no-progress", folder + "/**.json");

        assertThat(deep.err()).isEqualTo("offer-lint: " + sub.resolve("loop")
                + ": a symbolic link to a folder above it (a loop), not followed" + NL);
        assertThat(deep.out()).contains(offer + ":1:197:").contains(sub.resolve("b.json") + ":1:197:")
                .contains("files                2");
        assertThat(deep.status()).isEqualTo(2);
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheWorkingFolder(@TempDir Path dir) throws Exception {
        // `offer-lint "$OFFERS" a.json` with OFFERS unset: the working folder was linted in its place
        Path offer = Files.writeString(dir.resolve("a.json"), ReportFailureTest.OFFER);

        Cli cli = Cli.run("--no-config", "--no-progress", "", offer.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("offer-lint: '': an empty path names no file (is a variable unset?)" + NL);
        assertThat(cli.out()).contains(offer + ":1:").contains("files                1");
        // an option's path, and a current object's
        for (String option : new String[] {"--data=", "--output=", "--baseline=", "--config=", "--plugin="}) {
            Cli empty = Cli.run("--no-progress", option, offer.toString());
            assertThat(empty.status()).as(option).isEqualTo(2);
            assertThat(empty.err()).as(option).hasLineCount(1) // --plugin, a list, adds its label: '--plugin' (JAR)
                    .startsWith("offer-lint: Invalid value for option '" + option.substring(0, option.length() - 1) + "'")
                    .endsWith(": an empty path names no file (is a variable unset?) (offer-lint --help lists the options)"
                            + NL);
            assertThat(empty.out()).as(option).isEmpty();
        }
        Cli current = Cli.run("--no-config", "--no-progress", "--mode", "update", "--current=", offer.toString());
        assertThat(current.status()).isEqualTo(2);
        assertThat(current.err()).contains("'': an empty path names no file (is a variable unset?)");
    }

    @Test
    void errorsOfTheJvmAreOneLineAndStatusTwoNeverOne() {
        for (Error error : new Error[] {new OutOfMemoryError("Java heap space"), new StackOverflowError()}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine cli = new CommandLine(new Throws(error));

            int status = OfferLint.execute(cli, new String[0], new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).startsWith("offer-lint: ")
                    .doesNotContain("\tat ");
        }
    }

    /** A command that meets an error of the JVM. */
    @CommandLine.Command(name = "throws")
    static final class Throws implements Callable<Integer> {
        private final Error error;

        Throws(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }
}
