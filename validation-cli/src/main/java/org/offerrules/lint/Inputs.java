package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.document.OfferReader;

/**
 * Expands the command line's paths: files as they are, folders recursively ({@code *.json},
 * {@code *.ndjson}, {@code *.form}, {@code *.query}), and globs ({@code offers/**}{@code /*.json}). The result is sorted and free of
 * duplicates so that reports are in a stable order. Symbolic links to folders and files are followed, as
 * a shell would; a link that points nowhere, and a link back to a folder above it (a loop, which would
 * never end), are problems of their path.
 */
final class Inputs {

    /** The files to lint, and the paths that could not be read. */
    record Expansion(List<Path> files, List<String> problems) {
    }

    static final String DANGLING = "a symbolic link to nothing (its target does not exist)";

    /** What an empty path argument is told, whatever option it was given to. */
    static final String EMPTY = "an empty path names no file (is a variable unset?)";

    private Inputs() {
    }

    static Expansion expand(List<String> arguments) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.isEmpty()) {
                // an unset variable (`offer-lint "$OFFERS"`): Path.of("") is the working folder, which a shell
                // never takes it for; linting that instead would pass or fail on files nobody named
                problems.add("'': " + EMPTY);
                continue;
            }
            // a name that exists is the file it names, as a shell leaves a word that matches nothing:
            // `offers/[draft].json` from pre-commit or find is that file, not a glob matching offers/d.json
            if (isGlob(argument) && !exists(argument)) {
                int before = files.size();
                if (glob(argument, files, problems) && files.size() == before) {
                    problems.add(argument + ": no file matches");
                }
                continue;
            }
            Path path = Path.of(argument);
            if (ClosedStdin.names(path)) {
                problems.add(argument + ": cannot be read (" + ClosedStdin.CLOSED + ")");
            } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                problems.add(argument + ": " + DANGLING);
            } else if (Files.isDirectory(path)) {
                walk(path, files, problems);
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                files.add(path.normalize());
            } else if (Files.exists(path) && Files.isReadable(path)) {
                // a pipe or a device named on the command line (`offer-lint <(jq -c '.[]' all.json)`): read
                // as a stream, as standard input is; a folder's walk takes regular files only, since
                // opening a pipe nobody writes to waits forever
                files.add(path);
            } else if (Files.exists(path)) {
                problems.add(argument + ": cannot be read (permission denied)"); // exists, yet not readable
            } else {
                problems.add(argument + ": " + missing(path));
            }
        }
        return new Expansion(List.copyOf(files), problems);
    }

    /** Whether {@code argument} names something, a link to nothing included. */
    private static boolean exists(String argument) {
        try {
            return Files.exists(Path.of(argument), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false; // a character the platform forbids in a name (Windows' *): only a glob
        }
    }

    /**
     * Why a path that does not exist for {@link Files#exists} is not there: missing, or in a folder this
     * user may not search ({@code locked/c.json}), which is no missing file.
     */
    private static String missing(Path path) {
        try {
            Files.readAttributes(path, BasicFileAttributes.class);
            return "cannot be read"; // it came into being meanwhile
        } catch (NoSuchFileException e) {
            return "no such file or folder";
        } catch (IOException e) {
            return "cannot be read (" + OfferLint.reason(e) + ")";
        }
    }

    static boolean isLintable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".ndjson") || OfferReader.isForm(file);
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    private static void walk(Path folder, TreeSet<Path> files, List<String> problems) {
        TreeSet<Path> found = new TreeSet<>();
        visit(folder, Inputs::isLintable, found, problems, folder.toString());
        found.forEach(p -> files.add(p.normalize()));
    }

    /**
     * Adds the regular files below {@code folder} that {@code wanted} accepts, links followed. A
     * folder the walk cannot enter, a dangling link and a loop are problems; one that the walk met
     * before it could add anything stops nothing else.
     */
    private static void visit(Path folder, Predicate<Path> wanted, TreeSet<Path> files, List<String> problems,
            String argument) {
        visit(folder, Integer.MAX_VALUE, wanted, files, problems, argument);
    }

    /** {@link #visit(Path, Predicate, TreeSet, List, String)} down to {@code depth} levels below {@code folder}. */
    private static void visit(Path folder, int depth, Predicate<Path> wanted, TreeSet<Path> files, List<String> problems,
            String argument) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isSymbolicLink()) {
                                // followed, yet still a link: its target is missing
                                if (wanted.test(file)) {
                                    problems.add(file + ": " + DANGLING);
                                }
                            } else if (attributes.isRegularFile() && wanted.test(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(file + (e instanceof FileSystemLoopException
                                    ? ": a symbolic link to a folder above it (a loop), not followed"
                                    : ": cannot be read (" + OfferLint.reason(e) + ")"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(argument + ": cannot be read (" + OfferLint.reason(e) + ")");
        }
    }

    /**
     * Globs are matched below their longest directory prefix without wildcards, as the configuration's
     * globs are ({@link RuleSettings.FileOverride}: the JDK's syntax, {@code **}{@code /} zero or more
     * folders, matched without backtracking, where the JDK's matcher took exponential time on
     * {@code *a*a*a...*b}). False, with a problem, for a pattern that is no glob.
     */
    private static boolean glob(String pattern, TreeSet<Path> files, List<String> problems) {
        String normalized = pattern.replace('\\', '/');
        int wildcard = firstWildcard(normalized);
        int slash = normalized.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        String relative = slash < 0 ? normalized : normalized.substring(slash + 1);
        try {
            // the JDK checks the syntax (no backtracking in that); the whole pattern, for the place of a mistake
            FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        } catch (PatternSyntaxException e) {
            problems.add(pattern + ": not a glob: " + e.getDescription().replace("'", "") + " at character " + (e.getIndex() + 1));
            return false;
        }
        // matched in linear time: the JDK's matcher backtracks, and '*a*a*a…*b' held the run for good
        RuleSettings.FileOverride matcher = RuleSettings.FileOverride.files(relative);
        if (!Files.isDirectory(base)) {
            return true;
        }
        // a glob without ** reaches as many levels down as it has names: a loop or a locked folder
        // below those is nothing it could match, and no problem of its
        int depth = relative.contains("**") ? Integer.MAX_VALUE : (int) relative.chars().filter(c -> c == '/').count() + 1;
        TreeSet<Path> matched = new TreeSet<>();
        visit(base, depth, p -> matcher.matches(base.relativize(p)), matched, problems, pattern);
        for (Path p : matched) {
            files.add(slash < 0 ? base.relativize(p) : p.normalize());
        }
        return true;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }
}
