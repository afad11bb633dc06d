package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.guide.Snippets;

/**
 * The repository's .pre-commit-hooks.yaml, run as pre-commit runs a {@code script} hook: its entry's
 * first word is a file of the hook's repository, started in the user's repository with the changed files
 * that {@code files} (a Python regular expression, searched in each path) selects as arguments. pre-commit
 * itself is not on a build machine; its contract is.
 */
class PreCommitHookIT {

    private static final Path ROOT = Snippets.root();

    @Test
    void theHookSelectsTheFilesOfferLintLintsInAFolder() throws IOException {
        Map<String, String> hook = hook();
        assertThat(hook).containsEntry("id", "offer-lint").containsEntry("language", "script")
                .containsEntry("require_serial", "true");
        Pattern files = Pattern.compile(hook.get("files"));
        for (String name : List.of("offers/a.json", "offers/b.NDJSON", "bodies/c.form", "reads/d.query",
                "package.json.bak", "README.md", "pom.xml", "offers/a.json/x.txt", "e.yaml")) {
            assertThat(files.matcher(name).find()).as(name).isEqualTo(OfferLint.lints(Path.of(name)));
        }
    }

    @Test
    void theEntryLintsTheChangedFilesFromTheUsersRepository(@TempDir Path repository) throws Exception {
        List<String> entry = List.of(hook().get("entry").split(" "));
        Path launcher = ROOT.resolve(entry.get(0));
        assertThat(launcher).isRegularFile().isExecutable();
        Path offers = Files.createDirectories(repository.resolve("offers"));
        Files.copy(ROOT.resolve("docs/examples/caps-in-wrong-order.json"), offers.resolve("caps.json"));
        Files.copy(ROOT.resolve("docs/examples/valid-offer.json"), offers.resolve("valid.json"));

        Run broken = run(repository, launcher, entry, "offers/caps.json", "offers/valid.json");
        Run valid = run(repository, launcher, entry, "offers/valid.json");

        assertThat(broken.status()).as(broken.err()).isEqualTo(1);
        assertThat(broken.out()).startsWith("offers/caps.json:16:24: error 6399 ")
                .contains("offers/caps.json:21:35: error 6350 ").doesNotContain("valid.json");
        assertThat(valid).isEqualTo(new Run(0, valid.out(), ""));
        assertThat(valid.out()).contains("valid                1");
    }

    /** The hook's keys, from the file's one hook (a list of one mapping of scalars). */
    private static Map<String, String> hook() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(".pre-commit-hooks.yaml"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] pair = line.replaceFirst("^- ", "").strip().split(": ", 2);
            String value = pair[1].strip();
            keys.put(pair[0], value.startsWith("'") ? value.substring(1, value.length() - 1) : value);
        }
        return keys;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path directory, Path launcher, List<String> entry, String... files)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(entry.subList(1, entry.size()));
        command.addAll(List.of(files));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
