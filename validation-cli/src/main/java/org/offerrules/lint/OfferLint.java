package org.offerrules.lint;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offer-lint}: lints files, folders and globs of offer JSON (an object, an array, or NDJSON
 * per file) and of form bodies ({@code *.form}, one per line), and standard input ({@code -}), against
 * the network API's rules.
 *
 * <p>Exit status: 0 when nothing is at or above the {@code --fail-on} level, 1 when something is,
 * 2 for a usage error, a path that cannot be read, a report that cannot be written (one line on
 * standard error; a closed pipe on standard output ends the run quietly), or a failure of the tool
 * itself.
 */
@Command(name = "offer-lint", mixinStandardHelpOptions = true, versionProvider = OfferLint.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Lints offer JSON files and form bodies against the affiliate network API's rules and "
                + "reports every violation with the API's own error code.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:usage error, a path that cannot be read, a report that cannot be written, or an internal error"})
public final class OfferLint implements Callable<Integer> {

    /** Exit status: nothing at or above the fail level. */
    public static final int OK = 0;
    /** Exit status: findings at or above the fail level. */
    public static final int FINDINGS = 1;
    /** Exit status: usage error, unreadable path, unwritable report. */
    public static final int USAGE = 2;

    /** More threads than this only queue for the same cores, and the pending work grows with them. */
    static final int MAX_THREADS = 256;

    /**
     * The subcommands, in the order the usage lists them. Added to the command line by {@link #commandLine}
     * rather than declared on the annotation, so that {@link #main} can leave them out of a plain lint: picocli
     * builds each one's model by reflection, a tenth of a small lint's run.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CodesCommand.class, DataCommand.class,
            ExplainCommand.class, LinksCommand.class, PushCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class);

    /** The subcommands' names, read from their annotations: reading one builds no picocli model. */
    static final List<String> SUBCOMMAND_NAMES = SUBCOMMANDS.stream()
            .map(type -> type.getAnnotation(Command.class).name()).toList();

    enum Format { text, json, sarif }

    enum FailOn { error, warning, never }

    enum Mode { create, update }

    @Spec
    CommandLine.Model.CommandSpec spec;

    enum StdinFormat { json, form }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, folders (recursively: *.json, *.ndjson, *.form, *.query) and globs to lint; "
                    + "- for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-format", paramLabel = "json|form", defaultValue = "json",
            description = "What - reads: json (an object, an array or NDJSON) or form (form bodies, one per line) "
                    + "(default: ${DEFAULT-VALUE}).")
    StdinFormat stdinFormat;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Lowest severity that makes the exit status 1 (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--mode", paramLabel = "create|update", defaultValue = "create",
            description = "Which rule set applies (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--current", paramLabel = "CURRENT", split = ",",
            description = "With --mode update: the current objects of the updates (files, folders, globs; repeat "
                    + "or separate with commas), keyed by id (a postback setting by id and offer_id); each update "
                    + "is checked merged into its current object.")
    List<String> current = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "The network's data folder (advertisers, offers, categories, ... as .json, .ndjson or .csv, "
                    + "saved from the API): the lookup rules its files answer are checked, the others skipped.")
    Path data;

    @Option(names = "--request", paramLabel = "NAME", defaultValue = "setOffer",
            completionCandidates = RequestRules.Names.class,
            description = "The API request the documents are the body of, by method name (default: the "
                    + "one a file's name begins with, else ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.")
    String request;

    @Option(names = "--strict-types",
            description = "Report numbers written as JSON strings (\"12\") with the field's invalid code. By default "
                    + "they are accepted: the API receives every value as text.")
    boolean strictTypes;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--no-progress", description = "Never draw the progress line.")
    boolean noProgress;

    @CommandLine.Mixin
    HouseRuleOptions house = new HouseRuleOptions();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail only on findings not in FILE (written by --write-baseline); the report counts the "
                    + "baselined findings and those fixed since.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the findings in FILE for --baseline, and pass. With --baseline: only the findings "
                    + "still in it, so that a baseline only shrinks.")
    Path writeBaseline;

    @CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    /**
     * The process's standard output, when run by {@link #main}: written to directly, since
     * {@code System.out} swallows errors and a closed pipe would go unnoticed until the end of the run.
     */
    OutputStream stdout;

    /** What {@code -} reads; System.in unless the command line was made for another stream. */
    private final InputStream stdin;

    /** Also handed every finding a lint run's report lists, or null. */
    private final BiConsumer<Violation, String> findings;

    private OfferLint(InputStream stdin, BiConsumer<Violation, String> findings) {
        this.stdin = stdin;
        this.findings = findings;
    }

    /** Runs the linter and exits with its status. */
    public static void main(String[] args) {
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        // SIGINT and SIGTERM run the hooks (TemporaryFiles' deletes what was being written), then the JVM
        // ends with 130 and 143, as a shell expects
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!ended.get()) {
                System.err.println("offer-lint: stopped by a signal; no report file was written");
                System.err.flush();
            }
        }, "offer-lint-stop"));
        CommandLine cli = commandLine(ClosedStdin.guard(System.in), null, needsSubcommands(args));
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        ((OfferLint) cli.getCommand()).stdout = stdout;
        cli.setOut(new StandardOutput(stdout));
        int status = execute(cli, args, System.err);
        cli.getOut().flush(); // what a usage error printed there too
        ended.set(true);
        System.exit(status);
    }

    /**
     * {@code cli.execute(args)}, but an error of the JVM itself (out of memory, a stack overflow), which
     * picocli lets through, ends with one line and status 2 like any failure of the tool: never 1, which
     * would say "findings", nor a stack trace.
     */
    static int execute(CommandLine cli, String[] args, java.io.PrintStream err) {
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            err.println("offer-lint: " + (e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage()
                    + "); give the JVM more with -Xmx, or lint fewer files at once" : "internal error: " + e));
            err.flush();
            return USAGE;
        }
    }

    /** The configured command line, for embedding and tests; {@code -} reads {@code System.in}. */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /**
     * The configured command line whose {@code -} reads {@code stdin} instead of {@code System.in}, for
     * embedding and tests. A run with {@code -} reads the stream to its end; it never closes it.
     */
    public static CommandLine commandLine(InputStream stdin) {
        return commandLine(stdin, null);
    }

    /**
     * The configured command line whose lint runs also hand {@code findings} each finding their report
     * lists, in the report's order, with its line in the text format ({@code file:line:column: severity code
     * message (pointer)}) whatever the report's format: for a program that shows the findings elsewhere, as
     * the Maven plugin does in the build log. {@code findings} is called from one thread at a time, a
     * thread of the run; null is nobody.
     */
    public static CommandLine commandLine(InputStream stdin, BiConsumer<Violation, String> findings) {
        return commandLine(stdin, findings, true);
    }

    /**
     * Whether {@code args} may need a subcommand's model: an argument that names one, the usage (which lists
     * them) or an argument file ({@code @file}, whose words picocli reads). Without any of these, the command
     * line parses the same with or without them: every other word is a PATH or an option of the root.
     */
    static boolean needsSubcommands(String[] args) {
        for (String arg : args) {
            if (SUBCOMMAND_NAMES.contains(arg) || arg.startsWith("@") || HelpOptions.asksForUsage(arg)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The usage and version options picocli's {@code mixinStandardHelpOptions} gives the root, read from a
     * bare spec with that mixin (no annotated class to reflect on), so that their names are picocli's, renamed
     * or not. The root has no other short option (a test holds it to that), so a cluster of short options
     * ({@code -Vh}) is made of these letters only.
     */
    static final class HelpOptions {
        private static final List<CommandLine.Model.OptionSpec> OPTIONS =
                CommandLine.Model.CommandSpec.create().mixinStandardHelpOptions(true).options();

        private HelpOptions() {
        }

        /** The short options' letters, e.g. {@code hV}. */
        static String shortLetters() {
            StringBuilder letters = new StringBuilder();
            for (CommandLine.Model.OptionSpec option : OPTIONS) {
                for (String name : option.names()) {
                    if (name.length() == 2 && name.charAt(0) == '-') {
                        letters.append(name.charAt(1));
                    }
                }
            }
            return letters.toString();
        }

        /**
         * Whether picocli reads {@code arg} as a request for the usage: a long name of the usage option
         * ({@code --help}, {@code --help=true}), or a word of short options whose leading run of help letters
         * holds the usage's ({@code -h}, {@code -Vh}, and {@code -hx}: picocli takes what follows a boolean
         * option in a cluster as its value); not {@code -xh} (an unknown option) nor {@code -Vxh} (the run
         * ends at {@code x}).
         */
        static boolean asksForUsage(String arg) {
            if (!arg.startsWith("-")) {
                return false; // a PATH: the options' model is not even made
            }
            for (CommandLine.Model.OptionSpec option : OPTIONS) {
                if (!option.usageHelp()) {
                    continue;
                }
                for (String name : option.names()) {
                    if (name.startsWith("--") && (arg.equals(name) || arg.startsWith(name + "="))) {
                        return true;
                    }
                }
            }
            if (arg.startsWith("--")) {
                return false;
            }
            for (int i = 1; i < arg.length(); i++) {
                CommandLine.Model.OptionSpec option = shortOption(arg.charAt(i));
                if (option == null) {
                    return false;
                }
                if (option.usageHelp()) {
                    return true;
                }
            }
            return false;
        }

        private static CommandLine.Model.OptionSpec shortOption(char letter) {
            for (CommandLine.Model.OptionSpec option : OPTIONS) {
                for (String name : option.names()) {
                    if (name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) == letter) {
                        return option;
                    }
                }
            }
            return null;
        }
    }

    /** The configured command line, with its subcommands or, for a plain lint, without. */
    static CommandLine commandLine(InputStream stdin, BiConsumer<Violation, String> findings, boolean subcommands) {
        java.util.Objects.requireNonNull(stdin, "stdin");
        CommandLine cli = new CommandLine(new OfferLint(stdin, findings));
        if (subcommands) {
            // before the settings below, which apply to the subcommands present when they are made
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // every option's path (--output, --data, --baseline, --config, ...): an empty one is the working
        // folder to Path.of, never what an empty word meant (an unset variable)
        cli.registerConverter(Path.class, value -> {
            if (value.isEmpty()) {
                throw new CommandLine.TypeConversionException(Inputs.EMPTY);
            }
            return Path.of(value);
        });
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("offer-lint: " + e);
            return USAGE;
        });
        // codes, explain, schema, --help and --version print through picocli's PrintWriter (StandardOutput
        // from main, else System.out's): both keep write errors to themselves, so a full disk or a closed
        // pipe would otherwise end with status 0
        cli.setExecutionStrategy(parseResult -> {
            int status = new CommandLine.RunLast().execute(parseResult);
            List<CommandLine> ran = parseResult.asCommandLineList();
            CommandLine last = ran.get(ran.size() - 1);
            // (a lint whose report failed has already said so, with status 2)
            boolean failed = last.getOut().checkError() | System.out.checkError(); // (both flush)
            if (status != USAGE && failed) {
                IOException why = last.getOut() instanceof StandardOutput out ? out.failure() : null;
                if (why == null || !closedPipe(why)) { // a closed pipe ends quietly, as a lint's report does
                    last.getErr().println("offer-lint: cannot write to standard output" + (why == null ? ""
                            : ": " + reason(why)));
                }
                return USAGE;
            }
            return status;
        });
        return cli;
    }

    /**
     * Whether offer-lint lints {@code file} when it finds it in a folder it was given: by its name, a
     * {@code *.json}, {@code *.ndjson}, {@code *.form} or {@code *.query} file. (A file named on the command
     * line is linted whatever its name.)
     */
    public static boolean lints(Path file) {
        return Inputs.isLintable(file);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            // optional for the parser so that `codes` and `explain` work; required for linting
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", not " + workers);
        }
        BaselineFiles baselines;
        try {
            baselines = BaselineFiles.open(baseline, writeBaseline);
        } catch (Baseline.Unreadable e) {
            err.println("offer-lint: " + Printable.of(e.getMessage()));
            err.flush();
            return USAGE;
        }
        List<String> files = new ArrayList<>(paths);
        boolean readStdin = files.removeIf("-"::equals);
        Inputs.Expansion expanded = Inputs.expand(files);
        Inputs.Expansion inputs = new Inputs.Expansion(baselines.withoutBaselines(expanded.files()), expanded.problems());
        for (String problem : inputs.problems()) {
            err.println("offer-lint: " + Printable.of(problem));
        }
        List<String> names = new ArrayList<>(inputs.files().size());
        for (Path file : inputs.files()) {
            names.add(file.toString().replace('\\', '/'));
        }
        Request requestType = RequestRules.named(request, spec.commandLine());
        List<HouseRule> houseRules;
        try {
            houseRules = house.load();
        } catch (HouseRuleOptions.Bad e) {
            err.println("offer-lint: " + Printable.of(e.getMessage()));
            err.flush();
            return USAGE;
        }
        org.offerrules.validation.NetworkData network = null;
        if (data != null && (network = DataFolder.load(data, err)) == null) {
            return USAGE;
        }
        CurrentOffers objects = null;
        if (!current.isEmpty()) {
            if (mode != Mode.update) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--current needs --mode update");
            }
            if (!requestType.hasUpdateMode()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--current is for updates ("
                        + requestType.method() + " has no update mode)");
            }
            objects = CurrentOffers.read(requestType, current, strictTypes);
            if (!objects.problems().isEmpty()) {
                objects.problems().forEach(problem -> err.println("offer-lint: " + Printable.of(problem)));
                err.flush();
                return USAGE;
            }
        }
        Validators validators = new Validators(houseRules, network, requestType, objects);
        ConfigOptions.Readers readers;
        try {
            CommandLine.ParseResult given = spec.commandLine().getParseResult();
            readers = configOptions.readers(inputs.files(), new ConfigOptions.CommandLineChoice(requestType,
                    given.hasMatchedOption("--request"), mode == Mode.update ? ValidationMode.UPDATE : ValidationMode.CREATE,
                    given.hasMatchedOption("--mode"), strictTypes, given.hasMatchedOption("--strict-types")), validators);
        } catch (org.offerrules.validation.config.ConfigException | IllegalArgumentException e) {
            err.println("offer-lint: " + Printable.of(e.getMessage()));
            err.flush();
            return USAGE;
        }

        if (inputs.files().isEmpty() && !readStdin) {
            if (inputs.problems().isEmpty()) {
                err.println("offer-lint: no file to lint (*.json, *.ndjson, *.form, *.query) in " + String.join(", ", files));
            }
            err.flush();
            return USAGE;
        }
        Path input = output == null ? null : sameFile(output, inputs.files());
        if (input != null) {
            err.println("offer-lint: --output " + output + " is the input " + input
                    + "; the report would overwrite it: write it elsewhere");
            err.flush();
            return USAGE;
        }

        Summary summary;
        ReportOutput out;
        try {
            out = ReportOutput.open(output, stdout, spec.commandLine().getOut());
        } catch (IOException e) {
            return cannotWrite(e, err);
        }
        try (out) {
            ReportWriter writer = findings == null ? writer(out.stream(), readers.houseRules())
                    : ReportWriter.telling(writer(out.stream(), readers.houseRules()), findings);
            LintRun run = new LintRun(readers, workers, writer, baselines.baselining());
            Progress progress = Progress.start(run, noProgress, err);
            try {
                summary = run.run(readStdin ? stdin(readers.stdin()) : null, inputs.files(), names);
            } finally {
                progress.stop();
            }
            out.commit(); // the report is whole, even when some file could not be read
            for (String problem : run.internalErrors()) {
                err.println("offer-lint: " + Printable.of(problem));
            }
            if (!run.internalErrors().isEmpty()) {
                return USAGE;
            }
        } catch (IOException e) {
            // the only writing in here is the report's (a file that cannot be read is a finding)
            return cannotWrite(e instanceof LintRun.WriteFailed failed ? failed.getCause() : e, err);
        }
        err.flush();
        if (!inputs.problems().isEmpty()) {
            return USAGE; // and no baseline written: it would miss what could not be read
        }
        try {
            baselines.write();
        } catch (IOException e) {
            err.println("offer-lint: cannot write the baseline to " + baselines.writes() + ": " + reason(e));
            err.flush();
            return USAGE;
        }
        if (baselines.onlyWrites()) {
            return OK; // every finding is in the baseline just written
        }
        boolean fails = switch (failOn) {
            case error -> summary.errors() > 0;
            case warning -> summary.errors() + summary.warnings() > 0;
            case never -> false;
        };
        return fails ? FINDINGS : OK;
    }

    /**
     * The one line for a report that cannot be written, and status 2. A closed pipe ({@code offer-lint
     * big.ndjson | head -1}) is no failure of the run's reader: it ends the run quietly, status 2, as
     * the report is incomplete.
     */
    private int cannotWrite(IOException e, PrintWriter err) {
        if (output != null || !closedPipe(e)) {
            err.println("offer-lint: cannot write the report to " + (output != null ? output : "standard output")
                    + ": " + reason(e));
        }
        err.flush();
        return USAGE;
    }

    /** The input that is {@code output} (the same file, whatever the names), or null. */
    private static Path sameFile(Path output, List<Path> inputs) {
        if (!Files.exists(output)) {
            return null;
        }
        for (Path input : inputs) {
            try {
                if (Files.isSameFile(output, input)) {
                    return input;
                }
            } catch (IOException e) {
                // an input that vanished is reported when it is read
            }
        }
        return null;
    }

    static boolean closedPipe(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        // "Broken pipe" (Linux, macOS), "The pipe is being closed" (Windows)
        return message.contains("broken pipe") || message.contains("pipe is being closed");
    }

    /**
     * Why a file could not be read or written, in words, for every message that says so: never the
     * exception's class name, which tells a user nothing (an {@link java.io.UncheckedIOException} is its cause).
     */
    static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return folderMissing(missing.getFile()) ? "no such folder" : "no such file or folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.file.NotDirectoryException) {
            return "not a folder"; // its message is only the path
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = cause.getMessage();
        return message != null && !message.isBlank() ? message : NO_REASON;
    }

    /** What {@link #reason} says of a failure that came without a message. */
    static final String NO_REASON = "the system gave no reason";

    /** Whether the folder {@code file} would be in is missing: the file cannot be created there either. */
    private static boolean folderMissing(String file) {
        try {
            Path parent = file == null ? null : Path.of(file).toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private DocumentStream stdin(OfferReader reader) {
        // not closed by the run: System.in belongs to the process, and an embedding caller closes its own
        InputStream in = new java.io.FilterInputStream(stdin) {
            @Override
            public void close() {
            }
        };
        in = StdinHint.check(in, stdinFormat == StdinFormat.form, spec.commandLine().getErr());
        return stdinFormat == StdinFormat.form ? reader.formDocuments(in) : reader.documents(in);
    }

    private ReportWriter writer(OutputStream out, List<HouseRule> houseRules) throws IOException {
        if (format == Format.text) {
            return new TextReport(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        }
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (format == Format.sarif) {
            json.useDefaultPrettyPrinter();
            return new SarifReport(json, version(), baseline != null, houseRules);
        }
        return new JsonReport(json, version());
    }

    static String version() {
        try (InputStream in = OfferLint.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"offer-lint " + version()};
        }
    }
}
