package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** A plain lint runs without the subcommands' models ({@link OfferLint#main}), and answers the same. */
class LazySubcommandsTest {

    private static final String EXAMPLES = "../docs/examples/";

    @Test
    void theNamesAreThoseOfTheSubcommands() {
        assertThat(OfferLint.commandLine().getSubcommands().keySet())
                .containsExactlyElementsOf(OfferLint.SUBCOMMAND_NAMES);
    }

    @Test
    void whatMayNeedASubcommandGetsThem() {
        for (List<String> args : List.<List<String>>of(List.of("codes"), List.of("x.json", "help"), List.of("--help"), List.of("-h"),
                List.of("-Vh"), List.of("@args.txt"), List.of("data", "pull"), List.of("--", "schema"))) {
            assertThat(OfferLint.needsSubcommands(args.toArray(String[]::new))).as("%s", args).isTrue();
        }
        for (List<String> args : List.<List<String>>of(List.of(), List.of("x.json"), List.of("--version"), List.of("-V"),
                List.of("--format", "json", "--no-progress", "codes.json"), List.of("--frmat", "json", "x.json"))) {
            assertThat(OfferLint.needsSubcommands(args.toArray(String[]::new))).as("%s", args).isFalse();
        }
    }

    /** The help options picocli defines, and nothing else that merely has an h in it. */
    @Test
    void exactlyTheHelpOptionsAskForTheUsage() {
        for (String help : List.of("-h", "-Vh", "-hV", "--help", "--help=true", "-hx.json", "-h=true")) {
            assertThat(OfferLint.needsSubcommands(new String[] {help})).as(help).isTrue();
        }
        for (String other : List.of("-xh", "-Vxh", "-V", "--hel", "--helpful", "-", "--", "--format=html", "hh.json",
                "-ah.json")) {
            assertThat(OfferLint.needsSubcommands(new String[] {other})).as(other).isFalse();
        }
    }

    /** A cluster of short options is made of the help options' letters because the root has no other. */
    @Test
    void theRootsOnlyShortOptionsAreTheHelpOptions() {
        java.util.Set<String> shortNames = new java.util.TreeSet<>();
        for (CommandLine.Model.OptionSpec option : plain().getCommandSpec().options()) {
            for (String name : option.names()) {
                if (!name.startsWith("--")) {
                    shortNames.add(name);
                }
            }
        }
        java.util.Set<String> helpLetters = new java.util.TreeSet<>();
        OfferLint.HelpOptions.shortLetters().chars().forEach(c -> helpLetters.add("-" + (char) c));
        assertThat(shortNames).isEqualTo(helpLetters).containsExactly("-V", "-h");
    }

    /** Whatever the words, the command line made for them answers as the whole one does. */
    @Test
    void theCommandLineMadeForTheWordsAnswersAsTheWholeOne() {
        for (List<String> args : List.<List<String>>of(List.of("--help=true"), List.of("-hx.json"), List.of("-Vh"),
                List.of("-xh"), List.of("-Vxh"), List.of("--help=false"), List.of("--no-progress", "-ah.json"))) {
            String[] line = args.toArray(String[]::new);
            Cli whole = Cli.run(OfferLint.commandLine(), line);
            Cli made = Cli.run(OfferLint.commandLine(new ByteArrayInputStream(new byte[0]), null,
                    OfferLint.needsSubcommands(line)), line);
            assertThat(made).as("%s", args).isEqualTo(whole);
        }
    }

    @Test
    void aPlainLintAnswersTheSameWithoutThem() {
        for (List<String> args : List.<List<String>>of(
                List.of("--no-progress", EXAMPLES + "valid-offer.json"),
                List.of("--no-progress", "--format", "json", EXAMPLES + "caps-in-wrong-order.json"),
                List.of("--no-progress", "--format", "sarif", EXAMPLES + "malformed.json", EXAMPLES + "offers.ndjson"),
                List.of("--no-progress", "--frmat", "json", EXAMPLES + "valid-offer.json"),
                List.of("--no-progress", "--request", "nope", EXAMPLES + "valid-offer.json"),
                List.of("--no-progress", "no-such-file.json"),
                List.of("--version"),
                List.of())) {
            String[] line = args.toArray(String[]::new);
            assertThat(OfferLint.needsSubcommands(line)).isFalse();
            Cli with = Cli.run(OfferLint.commandLine(), line);
            Cli without = Cli.run(plain(), line);
            assertThat(without).as("%s", args).isEqualTo(with);
            assertThat(with.out() + with.err()).isNotEmpty();
        }
    }

    private static CommandLine plain() {
        CommandLine cli = OfferLint.commandLine(new ByteArrayInputStream(new byte[0]), null, false);
        assertThat(cli.getSubcommands()).isEmpty();
        return cli;
    }
}
