package org.offerrules.maven;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.offerrules.lint.OfferLint;
import org.offerrules.validation.Severity;

import picocli.CommandLine;

/**
 * Lints the project's offer files with offer-lint, in the build's JVM: the command line's own run (its
 * reading, rules, report formats and exit status), so the goal and {@code offer-lint} give the same
 * answers. Each finding goes to the build log with its code, the report to a file under {@code target/},
 * and findings at or above {@code failOn} fail the build.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** The report file's extension by format, in any case as the CLI reads it; another is the CLI's usage error. */
    private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "json", "json", "sarif", "sarif");

    /**
     * The folder the offer files are kept in by default, relative to the project's folder: Maven's layout
     * gives each kind of source its folder under {@code src/main} ({@code java}, {@code resources}, and a
     * plugin's own kind: {@code avro}, {@code proto}, {@code jsonschema}). The project's folder itself held
     * every {@code *.json} of a project, {@code package.json}, {@code tsconfig.json}, a resource's settings
     * and a test's fixtures, each linted as an offer (docs/decisions/maven-plugin.md).
     */
    static final String DEFAULT_FOLDER = "src/main/offers";

    /**
     * Files, folders (searched for {@code *.json}, {@code *.ndjson}, {@code *.form}, {@code *.query}) and
     * globs to lint, relative to the project's folder. By default {@value #DEFAULT_FOLDER}, its hidden
     * entries and the files this goal reads or writes as no offer ({@code data}, {@code current},
     * {@code baseline}, {@code writeBaseline}, {@code output}, {@code config}, {@code houseRules}) left
     * out; a project without offer files there (or without the folder) passes.
     */
    @Parameter(property = "offerlint.paths")
    List<String> paths = new ArrayList<>();

    /**
     * The API request the documents are the body of, by method name; unset, what the configuration
     * file says for each file, else {@code setOffer}.
     */
    @Parameter(property = "offerlint.request")
    String request;

    /**
     * Which rule set applies: {@code create} or {@code update}; unset, what the configuration file says
     * for each file, else {@code create}.
     */
    @Parameter(property = "offerlint.mode")
    String mode;

    /**
     * The configuration file ({@code offer-lint --config}); unset, the nearest {@code .offer-lint.yaml}
     * above each linted file, up to the repository's root.
     */
    @Parameter(property = "offerlint.config")
    File config;

    /** Ignores every configuration file ({@code offer-lint --no-config}). */
    @Parameter(property = "offerlint.noConfig", defaultValue = "false")
    boolean noConfig;

    /** With mode {@code update}: the current objects of the updates (files, folders, globs). */
    @Parameter(property = "offerlint.current")
    List<String> current = new ArrayList<>();

    /** Lowest severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "offerlint.failOn", defaultValue = "error")
    String failOn;

    /** Report format: {@code text}, {@code json} or {@code sarif}. */
    @Parameter(property = "offerlint.format", defaultValue = "text")
    String format;

    /** The report file; by default {@code target/offer-lint.txt} ({@code .json}, {@code .sarif} by format). */
    @Parameter(property = "offerlint.output")
    File output;

    /** Report numbers written as JSON strings with the field's invalid code. */
    @Parameter(property = "offerlint.strictTypes", defaultValue = "false")
    boolean strictTypes;

    /** Worker threads; by default the available processors. */
    @Parameter(property = "offerlint.threads")
    Integer threads;

    /**
     * A baseline file ({@code offer-lint --baseline}): only findings not in it fail the build; with
     * {@link #writeBaseline} the same file, it is rewritten with the findings still found.
     */
    @Parameter(property = "offerlint.baseline")
    File baseline;

    /** Records every finding of this run in this baseline file ({@code offer-lint --write-baseline}). */
    @Parameter(property = "offerlint.writeBaseline")
    File writeBaseline;

    /** Declarative house rules, YAML ({@code offer-lint --house-rules}): the team's own codes, {@code ACME-1}. */
    @Parameter(property = "offerlint.houseRules")
    File houseRules;

    /**
     * Jars of house rules written in Java, found through {@code ServiceLoader} ({@code offer-lint --plugin});
     * on Maven's command line separated by commas.
     */
    @Parameter(property = "offerlint.plugin")
    List<File> plugin = new ArrayList<>();

    /**
     * The network's data folder ({@code offer-lint --data}): the lookups it can answer (does advertiser
     * 12 exist, is this e-mail taken) are checked offline; docs/network-data.md.
     */
    @Parameter(property = "offerlint.data")
    File data;

    /** Skips the goal. */
    @Parameter(property = "offerlint.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("offer-lint: skipped");
            return;
        }
        try {
            if (paths.isEmpty() && !holdsOffers(projectEntries())) {
                // a module without offers (a parent's plugin runs in every module) passes; the command line would
                // say "no file to lint", or "Missing required parameter: 'PATH'" of a command line nobody wrote
                getLog().info("offer-lint: no offer file (*.json, *.ndjson, *.form, *.query) in "
                        + shown(defaultFolder().toString()) + ", the default paths (<paths> names others); nothing to lint");
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("offer-lint: cannot read " + shown(defaultFolder().toString()) + ": "
                    + why(e), e);
        }
        Path report = report();
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new MojoExecutionException("offer-lint: cannot write the report to "
                    + shown(report.toAbsolutePath().toString()) + ": " + why(e), e);
        }
        List<String> arguments;
        try {
            arguments = arguments(report);
        } catch (IOException e) {
            throw new MojoExecutionException("offer-lint: cannot read the paths to lint: " + why(e), e);
        }
        List<Finding> findings = new ArrayList<>();
        StringWriter err = new StringWriter();
        CommandLine cli = OfferLint.commandLine(new ByteArrayInputStream(new byte[0]),
                (violation, line) -> findings.add(new Finding(violation.severity(), line)));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        // a usage error is the configuration's: its one line, without the command line's usage text
        cli.setParameterExceptionHandler((e, args) -> {
            cli.getErr().println("offer-lint: " + e.getMessage());
            return OfferLint.USAGE;
        });
        int status = cli.execute(arguments.toArray(String[]::new));

        // logged here, on the goal's thread, once the run has ended: the run hands them over on its own threads
        long errors = 0;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
                getLog().error(finding.line());
            } else {
                getLog().warn(finding.line());
            }
        }
        err.toString().lines().forEach(getLog()::error);
        String counts = errors + " error(s) and " + (findings.size() - errors) + " warning(s); report: "
                + shown(report.toAbsolutePath().toString());
        if (status == OfferLint.FINDINGS) {
            throw new MojoFailureException("offer-lint: findings at or above failOn (" + failOn + "): " + counts);
        }
        if (status != OfferLint.OK) {
            throw new MojoExecutionException("offer-lint did not run as configured (status " + status + "): "
                    + err.toString().lines().findFirst().orElse("see the lines above"));
        }
        getLog().info("offer-lint: " + counts);
    }

    /** Why a folder could not be made or read, in words: a {@link FileSystemException}'s message is only its path. */
    private static String why(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return shown(String.valueOf(exists.getFile())) + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return shown(String.valueOf(denied.getFile())) + ": permission denied";
        }
        if (e instanceof FileSystemException fs) {
            // its message without a reason is only its path: the kind of failure says what happened
            return shown(String.valueOf(fs.getFile())) + ": " + (fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such file or folder, and it cannot be made"
                    : "cannot be made");
        }
        return String.valueOf(e.getMessage());
    }

    /** The offer-lint command line of this configuration. */
    List<String> arguments(Path report) throws IOException {
        List<String> arguments = new ArrayList<>();
        if (paths.isEmpty()) {
            for (Path entry : projectEntries()) {
                arguments.add(shown(entry.toString()));
            }
        } else {
            paths.forEach(path -> arguments.add(shown(resolved(path))));
        }
        for (String path : current) {
            arguments.add("--current");
            arguments.add(shown(resolved(path)));
        }
        if (request != null) {
            arguments.addAll(List.of("--request", request));
        }
        if (mode != null) {
            arguments.addAll(List.of("--mode", mode));
        }
        arguments.addAll(List.of("--fail-on", failOn, "--format", format, "--output", report.toString(), "--no-progress"));
        if (strictTypes) {
            arguments.add("--strict-types");
        }
        if (threads != null) {
            arguments.add("--threads=" + threads);
        }
        option(arguments, "--config", config);
        if (noConfig) {
            arguments.add("--no-config");
        }
        option(arguments, "--data", data);
        option(arguments, "--baseline", baseline);
        option(arguments, "--write-baseline", writeBaseline);
        option(arguments, "--house-rules", houseRules);
        for (File jar : plugin) {
            option(arguments, "--plugin", jar);
        }
        return arguments;
    }

    private void option(List<String> arguments, String name, File file) {
        if (file != null) {
            arguments.add(name);
            arguments.add(shown(resolved(file.getPath())));
        }
    }

    private Path report() {
        return output != null ? output.toPath()
                : buildDirectory.toPath().resolve("offer-lint."
                        + EXTENSIONS.getOrDefault(format.toLowerCase(Locale.ROOT), format));
    }

    /**
     * The default folder's entries but its hidden ones and those {@link #leftOut()}: a folder holding one of
     * those is replaced by its own entries, in turn; none when there is no such folder. Each folder is
     * searched by offer-lint; only files it would pick in a folder are kept, since a file named on its
     * command line is linted whatever its name.
     */
    private List<Path> projectEntries() throws IOException {
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(defaultFolder())) {
            entries(defaultFolder(), leftOut(), entries);
        }
        return entries;
    }

    private Path defaultFolder() {
        return absolute(baseDirectory).resolve(DEFAULT_FOLDER).normalize();
    }

    private static void entries(Path folder, List<Path> leftOut, List<Path> entries) throws IOException {
        List<Path> children;
        try (var list = Files.list(folder)) {
            children = list.sorted().toList();
        }
        for (Path entry : children) {
            if (leftOut.contains(entry) || entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (leftOut.stream().anyMatch(out -> out.startsWith(entry))) {
                    entries(entry, leftOut, entries);
                } else {
                    entries.add(entry);
                }
            } else if (OfferLint.lints(entry)) {
                entries.add(entry);
            }
        }
    }

    /**
     * What the default paths leave out, should it be kept in the default folder: what this goal reads or
     * writes as no offer (a data folder's advertisers.json was linted as an array of offers, a report or a
     * baseline written there as a document of the next build), and a build folder set inside it.
     */
    private List<Path> leftOut() {
        List<Path> out = new ArrayList<>(List.of(absolute(buildDirectory)));
        for (File file : Arrays.asList(data, baseline, writeBaseline, output, config, houseRules)) {
            if (file != null) {
                out.add(absolute(file));
            }
        }
        for (String path : current) {
            if (path.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) { // a glob leaves out nothing
                out.add(Path.of(resolved(path)).toAbsolutePath().normalize());
            }
        }
        return out;
    }

    private static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    /** Whether an entry is a file offer-lint lints, or a folder with one below it (links followed, as offer-lint does). */
    private static boolean holdsOffers(List<Path> entries) throws IOException {
        for (Path entry : entries) {
            if (!Files.isDirectory(entry)) {
                return true;
            }
            boolean[] found = {false};
            Files.walkFileTree(entry, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // a dangling link to an offer's name counts: offer-lint says what is wrong with it
                    found[0] = OfferLint.lints(file) && (attributes.isRegularFile() || attributes.isSymbolicLink());
                    return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found[0] = true; // offer-lint says what cannot be read there
                    return FileVisitResult.TERMINATE;
                }
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A configured path or glob, absolute. Strings, not {@link Path}s: a glob's wildcards are no legal file
     * name on every platform.
     */
    private String resolved(String path) {
        return new File(path).isAbsolute() ? path : baseDirectory.getAbsolutePath() + File.separator + path;
    }

    /**
     * An absolute path or glob as the report names it: relative to the folder Maven was started in when it
     * is below it (what a developer reads in the log, and what code scanning expects of a SARIF report run
     * at the repository's root), else as it is.
     */
    private static String shown(String path) {
        String below = Path.of("").toAbsolutePath() + File.separator;
        return path.startsWith(below) && path.length() > below.length() ? path.substring(below.length()) : path;
    }

    private record Finding(Severity severity, String line) {
    }
}
