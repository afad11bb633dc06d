package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands the command line's paths: files as they are, folders recursively ({@code *.json},
 * {@code *.ndjson}, {@code *.form}), and globs ({@code offers/**}{@code /*.json}). The result is sorted and free of
 * duplicates so that reports are in a stable order.
 */
final class Inputs {

    /** The files to lint, and the paths that could not be read. */
    record Expansion(List<Path> files, List<String> problems) {
    }

    private Inputs() {
    }

    static Expansion expand(List<String> arguments) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (isGlob(argument)) {
                int before = files.size();
                glob(argument, files, problems);
                if (files.size() == before) {
                    problems.add(argument + ": no file matches");
                }
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                walk(path, files, problems);
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                files.add(path.normalize());
            } else if (Files.exists(path)) {
                problems.add(argument + ": cannot be read");
            } else {
                problems.add(argument + ": no such file or folder");
            }
        }
        return new Expansion(List.copyOf(files), problems);
    }

    static boolean isLintable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".form");
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    private static void walk(Path folder, TreeSet<Path> files, List<String> problems) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.filter(Files::isRegularFile).filter(Inputs::isLintable).map(Path::normalize).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Globs are matched below their longest directory prefix without wildcards. */
    private static void glob(String pattern, TreeSet<Path> files, List<String> problems) {
        String normalized = pattern.replace('\\', '/');
        int wildcard = firstWildcard(normalized);
        int slash = normalized.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        String relative = slash < 0 ? normalized : normalized.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(base)) {
            tree.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(base.relativize(p)))
                    .map(p -> slash < 0 ? base.relativize(p) : p.normalize())
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(pattern + ": cannot be read (" + e.getMessage() + ")");
        }
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
