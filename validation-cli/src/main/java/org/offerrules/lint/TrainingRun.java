package org.offerrules.lint;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.stream.Stream;

import picocli.CommandLine;

/**
 * The training run of the {@code offer-lint} launcher's start-up archive (the class list of a static
 * CDS archive on JDK 17 to 24, an AOT cache on JDK 25): one JVM that lints the given files and folders
 * once in each report format, so that the classes a first run loads are in the archive whatever format
 * it asks for (a run of the text format alone left the JSON and SARIF writers and Jackson's generator
 * out). The reports are discarded. Not an API: the launcher runs it as {@code java -cp offer-lint.jar
 * org.offerrules.lint.TrainingRun docs/examples}.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    /**
     * Lints {@code paths} in each report format ({@code --format}), reports and messages discarded.
     *
     * @param paths files and folders to lint
     */
    public static void main(String[] paths) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        for (OfferLint.Format format : OfferLint.Format.values()) {
            CommandLine cli = OfferLint.commandLine();
            ((OfferLint) cli.getCommand()).stdout = OutputStream.nullOutputStream();
            String[] args = Stream.concat(Stream.of("--no-progress", "--format", format.name()), Stream.of(paths))
                    .toArray(String[]::new);
            OfferLint.execute(cli, args, nowhere);
        }
    }
}
