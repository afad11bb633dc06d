package org.offerrules.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.lint.OfferLint;

import picocli.CommandLine.Model.OptionSpec;

class LintMojoTest {

    /** offer-lint's options that are no parameter, and why. */
    private static final Set<String> NOT_PARAMETERS = Set.of(
            "--stdin-format",   // a build has no standard input to lint
            "--no-progress",    // always given: a build log is no terminal
            "--help", "--version");

    @Test
    void everyOptionOfTheLinterIsAParameter() {
        List<String> missing = new ArrayList<>();
        Set<String> fields = Set.copyOf(Arrays.stream(LintMojo.class.getDeclaredFields()).map(Field::getName).toList());
        for (OptionSpec option : OfferLint.commandLine().getCommandSpec().options()) {
            String name = option.longestName();
            if (!NOT_PARAMETERS.contains(name) && !fields.contains(camelCase(name))) {
                missing.add(name);
            }
        }
        assertThat(missing).as("offer-lint options without a parameter of the lint goal").isEmpty();
        assertThat(fields).contains("paths");
    }

    /**
     * By default src/main/offers is linted, as Maven keeps each kind of source in its folder under src/main:
     * the project's other JSON files are no offers (a front end's package.json and tsconfig.json, a
     * resource's settings, a test's fixtures, a stale copy in target/), and the project's folder, the
     * default before, linted each of them as one. In the folder, hidden entries and files no folder search
     * picks are left out.
     */
    @Test
    void byDefaultSrcMainOffersIsLintedAndNoOtherFileOfTheProject(@TempDir Path project) throws IOException {
        for (String file : List.of("package.json", "tsconfig.json", "offers.json", "offers/a.json", "target/classes/a.json",
                "src/main/resources/application.json", "src/test/resources/fixture.json", "src/main/offers/a.json",
                "src/main/offers/catalogue.ndjson", "src/main/offers/.vscode/settings.json", "src/main/offers/README.md",
                "src/main/offers/legacy/b.form")) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), "{}");
        }
        LintMojo mojo = mojo(project);

        List<String> arguments = mojo.arguments(project.resolve("target/offer-lint.txt"));

        Path offers = project.resolve(LintMojo.DEFAULT_FOLDER);
        assertThat(arguments.subList(0, 3)).containsExactly(offers.resolve("a.json").toString(),
                offers.resolve("catalogue.ndjson").toString(), offers.resolve("legacy").toString());
        assertThat(arguments.subList(3, arguments.size())).containsExactly(
                "--fail-on", "error", "--format", "text", "--output", project.resolve("target/offer-lint.txt").toString(),
                "--no-progress");
    }

    @Test
    void configuredPathsAndGlobsAreRelativeToTheProjectsFolderAndEveryOptionIsPassedOn(@TempDir Path project)
            throws IOException {
        LintMojo mojo = mojo(project);
        mojo.paths = List.of("offers", "legacy/*.json", project.resolve("elsewhere").toString());
        mojo.current = List.of("current");
        mojo.request = "setAdvertiser";
        mojo.mode = "update";
        mojo.failOn = "warning";
        mojo.format = "sarif";
        mojo.strictTypes = true;
        mojo.threads = 2;

        List<String> arguments = mojo.arguments(Path.of("report.sarif"));

        assertThat(arguments).containsExactly(project + File.separator + "offers",
                project + File.separator + "legacy/*.json", project.resolve("elsewhere").toString(),
                "--current", project + File.separator + "current", "--request", "setAdvertiser", "--mode", "update",
                "--fail-on", "warning", "--format", "sarif", "--output", "report.sarif", "--no-progress",
                "--strict-types", "--threads=2");
    }

    @Test
    void theReportGoesUnderTheBuildFolderNamedByItsFormatAndAUsageErrorIsAnErrorOfTheBuild(@TempDir Path project)
            throws IOException {
        Files.createDirectories(project.resolve("src/main/offers"));
        Files.copy(Path.of("src/it/sample/src/main/offers/winter-sale.json"), project.resolve("src/main/offers/winter-sale.json"));
        LintMojo mojo = mojo(project);
        mojo.format = "JSON";

        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 error(s) and 0 warning(s)");
        assertThat(Files.readString(project.resolve("target/offer-lint.json"))).contains("\"code\":6313");

        mojo.request = "setOfer";
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("(status 2): offer-lint: --request: unknown request 'setOfer' (one of setOffer, ");
    }

    @Test
    void theConfigurationsLevelsApplyToTheBatchsOwnFindings(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve(".git"));
        Files.createDirectories(project.resolve("src/main/offers"));
        Files.writeString(project.resolve("src/main/offers/updates.ndjson"),
                "{\"id\": 41, \"name\": \"A\"}\n{\"id\": 41, \"status\": \"Paused\"}\n");
        Files.writeString(project.resolve(".offer-lint.yaml"), "rules:\n  \"6006\": \"off\"\n");
        LintMojo mojo = mojo(project);
        mojo.mode = "update";
        mojo.failOn = "warning";
        mojo.format = "json";

        mojo.execute();
        assertThat(Files.readString(project.resolve("target/offer-lint.json"))).doesNotContain("\"code\":6006");

        mojo.noConfig = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 error(s) and 1 warning(s)");
        assertThat(Files.readString(project.resolve("target/offer-lint.json"))).contains("\"code\":6006");
    }

    /**
     * A project (a module of a build whose parent runs the goal) without an offer file passes and writes
     * nothing, whether it has no src/main/offers or one without offer files: it failed the build, "no
     * file to lint" (a module with only sources: "in src"). Its other JSON files are not looked at.
     */
    @Test
    void aProjectWithoutOfferFilesPassesAndWritesNothing(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve("package.json"), "{\"name\": \"web\"}");
        Files.createDirectories(project.resolve(".idea"));
        Files.writeString(project.resolve(".idea/misc.json"), "{}");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/App.java"), "class App {}");
        Files.createDirectories(project.resolve("target/classes"));
        Files.writeString(project.resolve("target/classes/stale.json"), "{}");
        List<String> log = new ArrayList<>();
        LintMojo mojo = mojo(project);
        mojo.setLog(recording(log));

        mojo.execute();

        String nothing = "info offer-lint: no offer file (*.json, *.ndjson, *.form, *.query) in " + project.resolve("src/main/offers")
                + ", the default paths (<paths> names others); nothing to lint";
        assertThat(log).containsExactly(nothing);
        assertThat(project.resolve("target/offer-lint.txt")).doesNotExist();


        mojo.paths = List.of("src"); // named: the command line's usage error, as offer-lint says it
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("offer-lint: no file to lint (*.json, *.ndjson, *.form, *.query) in "
                        + project.resolve("src"));

        // the folder, with no offer file but a tool's hidden JSON and a README
        mojo.paths = new ArrayList<>();
        Files.createDirectories(project.resolve("src/main/offers/.idea"));
        Files.writeString(project.resolve("src/main/offers/.idea/misc.json"), "{}");
        Files.writeString(project.resolve("src/main/offers/README.md"), "# offers");
        log.clear();
        mojo.execute();
        assertThat(log).containsExactly(nothing);
        assertThat(project.resolve("target/offer-lint.txt")).doesNotExist();
    }

    /** A report that cannot be written is one clear line: it was the bare path of what is in the report's way. */
    @Test
    void aReportInAFilesWayOrWhereNothingCanBeMadeIsOneClearLine(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("src/main/offers"));
        Files.writeString(project.resolve("src/main/offers/offer.json"), "{}");
        LintMojo mojo = mojo(project);
        Path inTheWay = Files.writeString(project.resolve("reports"), "a file");
        mojo.output = inTheWay.resolve("offer-lint.txt").toFile();
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("offer-lint: cannot write the report to " + inTheWay.resolve("offer-lint.txt") + ": "
                        + inTheWay + " is a file, not a folder");

        mojo.output = new File("/proc/no-such-folder/offer-lint.txt");
        org.assertj.core.api.Assumptions.assumeThat(Path.of("/proc/self")).exists();
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("offer-lint: cannot write the report to /proc/no-such-folder/offer-lint.txt: "
                        + "/proc/no-such-folder: no such file or folder, and it cannot be made");
    }

    /**
     * The default paths leave out what the goal reads or writes as no offer, should it be kept beside the
     * offers: a data folder's advertisers.json was linted as an array of offers, a report or a baseline
     * written there as a document of the next build ("the report would overwrite it"), the configuration
     * and the house rules as documents.
     */
    @Test
    void theDefaultPathsLeaveOutWhatTheGoalReadsOrWritesAsNoOffer(@TempDir Path project) throws IOException {
        Path offers = project.resolve(LintMojo.DEFAULT_FOLDER);
        for (String file : List.of("a.json", "legacy/b.json", "network/advertisers.json", "lint-baseline.json",
                "reports/offer-lint.json", "current/41.json", "config/lint.json", "config/house.json")) {
            Files.createDirectories(offers.resolve(file).getParent());
            Files.writeString(offers.resolve(file), "{}");
        }
        LintMojo mojo = mojo(project);
        mojo.data = offers.resolve("network").toFile();
        mojo.baseline = offers.resolve("lint-baseline.json").toFile();
        mojo.writeBaseline = offers.resolve("lint-baseline.json").toFile();
        mojo.output = offers.resolve("reports/offer-lint.json").toFile();
        mojo.config = offers.resolve("config/lint.json").toFile();
        mojo.houseRules = offers.resolve("config/house.json").toFile();
        mojo.current = List.of("src/main/offers/current", "elsewhere/*.json");
        mojo.mode = "update";

        List<String> arguments = mojo.arguments(offers.resolve("reports/offer-lint.json"));

        assertThat(arguments.subList(0, arguments.indexOf("--current"))).containsExactly(
                offers.resolve("a.json").toString(), offers.resolve("legacy").toString());
    }

    @Test
    void skipLintsNothing(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("src/main/offers"));
        Files.copy(Path.of("src/it/sample/src/main/offers/winter-sale.json"), project.resolve("src/main/offers/winter-sale.json"));
        LintMojo mojo = mojo(project);
        mojo.skip = true;

        mojo.execute();

        assertThat(project.resolve("target")).doesNotExist();
    }

    /** A log that keeps each line as "level line". */
    private static org.apache.maven.plugin.logging.Log recording(List<String> lines) {
        return new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                lines.add("info " + line);
            }

            @Override
            public void warn(CharSequence line) {
                lines.add("warn " + line);
            }

            @Override
            public void error(CharSequence line) {
                lines.add("error " + line);
            }
        };
    }

    private static LintMojo mojo(Path project) {
        LintMojo mojo = new LintMojo();
        mojo.setLog(new SystemStreamLog());
        mojo.baseDirectory = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.failOn = "error";
        mojo.format = "text";
        return mojo;
    }

    private static String camelCase(String option) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : option.replaceFirst("^--", "").toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
