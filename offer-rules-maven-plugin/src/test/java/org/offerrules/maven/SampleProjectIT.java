package org.offerrules.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A real Maven build of src/it/sample, a project keeping an offer file with one mistake in src/main/offers
 * beside a web front end's package.json and tsconfig.json: {@code mvn verify} fails through the plugin
 * with the finding's code in the build log, and passes once the file is fixed; the other JSON files are
 * never linted.
 * Maven runs as a process, the one running this build, with a local repository of its own under
 * target/ that maven-invoker-plugin's {@code install} filled with the plugin and its dependencies; what
 * it lacks (Maven's own plugins, the BOMs the parent imports) it reads from the build's local repository
 * as a read-only tail (Maven 3.9). It runs offline: the outer build has fetched all it needs.
 */
class SampleProjectIT {

    private static final Path SAMPLE = Path.of("src/it/sample");
    private static final Path WORK = Path.of("target/it/sample").toAbsolutePath();

    @Test
    void aMistakeInAnOfferFileFailsVerifyWithItsCodeAndTheFixedFilePasses() throws Exception {
        assumeMaven39();
        copy(SAMPLE, WORK);
        Path offer = WORK.resolve("src/main/offers/winter-sale.json");

        Run failing = maven("verify");

        assertThat(failing.status()).as(failing.log()).isEqualTo(1);
        assertThat(failing.log())
                .contains("[ERROR] src/main/offers/winter-sale.json:7:10: error 6313 No TID Token in Offer URL (/url)")
                .contains("offer-lint: findings at or above failOn (error): 1 error(s) and 0 warning(s)")
                .doesNotContain("summer-sale.json").doesNotContain("package.json").doesNotContain("tsconfig.json");
        assertThat(failing.log().lines()).as("the build log docs/cli.md shows").containsSubsequence(guideLog());
        assertThat(Files.readString(WORK.resolve("target/offer-lint.txt")))
                .startsWith("src/main/offers/winter-sale.json:7:10: error 6313 No TID Token in Offer URL (/url)")
                .contains("files                2").contains("documents            2");

        Files.writeString(offer, Files.readString(offer).replace("/click\"", "/click?tid={TID}\""));
        // what the default paths leave out: all but src/main/offers (a stale copy of the broken offer in the
        // build folder, as a resources copy leaves one), and its hidden folders (an editor's JSON settings)
        Path stale = Files.createDirectories(WORK.resolve("target/classes/offers")).resolve("winter-sale.json");
        Files.writeString(stale, "{\"url\": \"https://track.example.com/click\"}");
        Files.writeString(Files.createDirectories(WORK.resolve("src/main/offers/.vscode")).resolve("settings.json"),
                "{\"editor.tabSize\": 2}");

        Run passing = maven("verify");

        assertThat(passing.status()).as(passing.log()).isZero();
        assertThat(passing.log()).contains("[INFO] offer-lint: 0 error(s) and 0 warning(s); report: ")
                .contains("BUILD SUCCESS").doesNotContain("6313");
        assertThat(Files.readString(WORK.resolve("target/offer-lint.txt"))).startsWith("files                2");

        // every parameter is also a property (docs/cli.md): two plugin jars, separated by a comma
        Run plugins = maven("verify", "-Dofferlint.plugin=first.jar,second.jar");

        assertThat(plugins.status()).as(plugins.log()).isEqualTo(1);
        assertThat(plugins.log()).contains("--plugin first.jar: no such file").doesNotContain("first.jar,");
    }

    /**
     * A parent whose goal runs in each module ({@code -T 2}): the module without offer files (a JSON
     * resource, no offer) passes, the parent lints none of its modules' files nor the data folder it names
     * for all (whose advertisers.json it linted as offers), and the data answers the lookups: 6307 for the
     * one advertiser the folder does not have, in the module's log only.
     */
    @Test
    void eachModuleLintsItsOwnFilesAgainstTheParentsDataAndOneWithoutOffersPasses() throws Exception {
        assumeMaven39();
        Path work = copy(Path.of("src/it/modules"), Path.of("target/it/modules").toAbsolutePath());

        Run build = maven(work, "-T", "2", "verify");

        assertThat(build.status()).as(build.log()).isEqualTo(1);
        assertThat(build.log().lines().filter(line -> line.contains(" error ")))
                .containsExactly("[ERROR] catalogue/src/main/offers/autumn-sale.json:2:20: error 6307 Advertiser does not Exist "
                        + "(/advertiser_id)");
        assertThat(build.log())
                .contains("[INFO] offer-lint: no offer file (*.json, *.ndjson, *.form, *.query) in service/src/main/offers, "
                        + "the default paths (<paths> names others); nothing to lint")
                .contains("[INFO] offer-lint: no offer file (*.json, *.ndjson, *.form, *.query) in src/main/offers, "
                        + "the default paths (<paths> names others); nothing to lint")
                .contains("on project catalogue: offer-lint: findings at or above failOn (error): 1 error(s) and 0 warning(s)")
                .containsPattern("offer-platform \\.+ SUCCESS").containsPattern("service \\.+ SUCCESS")
                .doesNotContain("thread-safe").doesNotContain("network/advertisers.json").doesNotContain("service.json");
        assertThat(work.resolve("target/offer-lint.txt")).doesNotExist();
        assertThat(work.resolve("service/target/offer-lint.txt")).doesNotExist();
    }

    private static void assumeMaven39() {
        String[] version = System.getProperty("it.mavenVersion").split("\\.");
        assumeTrue(Integer.parseInt(version[0]) > 3 || Integer.parseInt(version[1]) >= 9,
                "needs Maven 3.9's read-only tail of local repositories: run the build with ./mvnw");
    }

    private record Run(int status, String log) {
    }

    /** The lines of docs/cli.md's build log of the sample, but its "...". */
    private static List<String> guideLog() throws IOException {
        Matcher block = Pattern.compile("<!-- maven-log: sample -->\\s*\\n```\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(Files.readString(PluginGuideTest.GUIDE));
        assertThat(block.find()).as("a maven-log: sample block in docs/cli.md").isTrue();
        return block.group(1).lines().filter(line -> !line.equals("...")).toList();
    }

    /** {@code from} (a project of src/it) in {@code work}, anew, with this build's version of the plugin. */
    private static Path copy(Path from, Path work) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = work.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pom = work.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@project.version@", System.getProperty("it.pluginVersion")));
        // the project is one of its own: its .mvn folder stops Maven's search for the enclosing build's
        Files.createDirectories(work.resolve(".mvn"));
        return work;
    }

    private static Run maven(String... goals) throws IOException, InterruptedException {
        return maven(WORK, goals);
    }

    private static Run maven(Path work, String... goals) throws IOException, InterruptedException {
        Path mavenHome = Path.of(System.getProperty("it.mavenHome"));
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-ntp",
                "-Dmaven.repo.local=" + System.getProperty("it.repository"),
                "-Dmaven.repo.local.tail=" + System.getProperty("it.repositoryTail"),
                // everything is in the two repositories: offline, no remote look-up of the plugin's SNAPSHOT
                "-o"));
        command.addAll(List.of(goals));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), log);
    }
}
