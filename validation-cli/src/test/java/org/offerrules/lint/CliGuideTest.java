package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.guide.Snippets;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every output docs/cli.md and the README show is what offer-lint prints. A block after
 * {@code <!-- output: ARGS; exit N -->} must equal the output of {@code offer-lint ARGS} and its exit
 * status be N; after {@code <!-- excerpt: ARGS; exit N -->} every line shown (but "…") must be a line of
 * the output, in order. The linter runs in-process from the module folder, so paths under
 * {@code docs/} (and the modules' {@code validation-*}) are passed as {@code ../docs/} and printed back
 * as {@code docs/}; {@code ARGS < FILE} gives FILE (from the repository root) as standard input.
 */
class CliGuideTest {

    private static final Pattern BLOCK = Pattern.compile(
            "<!-- (output|excerpt): offer-lint ?(.*?); exit (\\d) -->\\s*\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theCliGuideShowsRealOutput() throws Exception {
        assertThat(check(Snippets.root().resolve("docs/cli.md"))).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theLinksGuideShowsRealOutput() throws Exception {
        assertThat(check(Snippets.root().resolve("docs/links.md"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theReadmeShowsRealOutput() throws Exception {
        assertThat(check(Snippets.root().resolve("README.md"))).isGreaterThanOrEqualTo(1);
    }

    /**
     * A new user finds every option of every command in its guide: the options of {@code links} in
     * docs/links.md, those of every other command in docs/cli.md. An option the help lists and the guide
     * never names was once {@code links --affilitest-url}.
     */
    @Test
    void everyOptionOfEveryCommandIsInItsGuide() throws Exception {
        String cli = Files.readString(Snippets.root().resolve("docs/cli.md"));
        String links = Files.readString(Snippets.root().resolve("docs/links.md"));
        List<String> missing = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(List.of(OfferLint.commandLine()));
        for (int i = 0; i < commands.size(); i++) {
            CommandLine command = commands.get(i);
            commands.addAll(command.getSubcommands().values().stream().filter(c -> c.getParent() == command).distinct().toList());
            String guide = command.getCommandName().equals("links") ? links : cli;
            for (OptionSpec option : command.getCommandSpec().options()) {
                String name = option.longestName();
                boolean standard = option.usageHelp() || option.versionHelp();
                if (!option.hidden() && !standard && !guide.contains(name)) {
                    missing.add(command.getCommandSpec().qualifiedName() + " " + name);
                }
            }
        }
        assertThat(commands).hasSizeGreaterThan(7);
        assertThat(missing).as("options no guide names").isEmpty();
    }

    @Test
    void theCiJobsCommandWritesSarifAndFailsOnFindings(@TempDir Path dir) throws Exception {
        String guide = Files.readString(Snippets.root().resolve("docs/cli.md"));
        assertThat(guide).contains("./offer-lint --format sarif --output offer-lint.sarif offers/")
                .contains("uses: github/codeql-action/upload-sarif@v4").contains("sarif_file: offer-lint.sarif")
                .contains("security-events: write");
        Path offers = Files.createDirectories(dir.resolve("offers"));
        Files.copy(Snippets.root().resolve("docs/examples/caps-in-wrong-order.json"), offers.resolve("a.json"));
        Path sarif = dir.resolve("offer-lint.sarif");

        int status = run("--format", "sarif", "--output", sarif.toString(), offers + "/").status();

        assertThat(status).isEqualTo(1);
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"6399\"");
    }

    /** Checks every output block of {@code doc}; returns how many there were. */
    private static int check(Path doc) throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(doc));
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String command = m.group(2);
            String stdin = null;
            int redirect = command.indexOf(" < ");
            if (redirect >= 0) {   // `offer-lint - < FILE`: FILE (from the repository root) is standard input
                stdin = Files.readString(Snippets.root().resolve(command.substring(redirect + 3).strip()));
            }
            String[] args = arguments(redirect < 0 ? command : command.substring(0, redirect));
            Cli result = stdin == null ? run(args) : Cli.withStdin(stdin, args);
            String out = result.out().replace("../docs/", "docs/").replace("../validation-", "validation-").stripTrailing();
            assertThat(result.status()).as("exit status of `offer-lint %s` in %s", command, doc.getFileName())
                    .isEqualTo(Integer.parseInt(m.group(3)));
            String shown = m.group(4);
            if (m.group(1).equals("output")) {
                assertThat(shown).as("output of `offer-lint %s` in %s", command, doc.getFileName()).isEqualTo(out);
            } else {
                List<String> lines = out.lines().toList();
                int at = 0;
                for (String line : shown.lines().toList()) {
                    if (line.strip().equals("…")) {
                        continue;
                    }
                    int found = lines.subList(at, lines.size()).indexOf(line);
                    assertThat(found).as("`%s` in the output of `offer-lint %s` (%s), after line %d", line, command,
                            doc.getFileName(), at).isNotNegative();
                    at += found + 1;
                }
            }
        }
        return blocks;
    }

    private static String[] arguments(String command) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            String arg = m.group(1) != null ? m.group(1) : m.group(2);
            args.add(arg.startsWith("docs/") || arg.startsWith("validation-") ? "../" + arg : arg);
        }
        return args.toArray(String[]::new);
    }

    private static Cli run(String... args) {
        return Cli.run(args);
    }
}
