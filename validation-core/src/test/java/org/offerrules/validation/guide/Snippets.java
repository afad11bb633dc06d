package org.offerrules.validation.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the guides' code honest: each fenced block after {@code <!-- snippet: NAME -->} in a guide
 * must be, line for line, the code between {@code // snippet: NAME} and {@code // end: NAME} in a
 * test source that compiles and runs, below the imports that code needs: those of the source's
 * imports whose name the code uses, in the source's order, then a blank line. A reader copies a
 * snippet with its imports, and they are the ones the compiled code has. Public so that the other
 * modules' guide tests use it too.
 */
public final class Snippets {

    private static final Pattern DOC = Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*\\n```\\w*\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("// snippet: ([\\w-]+)\\n(.*?)\\n\\s*// end: \\1",
            Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);$");
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![\\w.])([A-Z]\\w*[a-z]\\w*)\\b");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?[\\w.]+\\.(\\w+);$");

    private Snippets() {
    }

    /** Finds the repository root from a module's working directory. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/design.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /**
     * Asserts that every snippet of {@code guide} equals the marked code in {@code sources}, and vice
     * versa. With {@code -Dregenerate=true} it first writes the code, with its imports, into the
     * guide's blocks of the same names (after a merge, or a change of the code).
     */
    public static void assertInSync(Path guide, List<Path> sources) throws IOException {
        Map<String, String> code = new LinkedHashMap<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            extract(CODE, text).forEach((name, snippet) -> code.put(name, withImports(snippet, text)));
        }
        if (Boolean.getBoolean("regenerate")) {
            String text = Files.readString(guide);
            Matcher block = DOC.matcher(text);
            StringBuilder regenerated = new StringBuilder();
            while (block.find()) {
                String replacement = code.containsKey(block.group(1))
                        ? block.group().substring(0, block.start(2) - block.start()) + code.get(block.group(1)) + "\n```"
                        : block.group();
                block.appendReplacement(regenerated, Matcher.quoteReplacement(replacement));
            }
            Files.writeString(guide, block.appendTail(regenerated).toString());
        }
        Map<String, String> documented = extract(DOC, Files.readString(guide));
        assertThat(documented).as("snippets of %s", guide.getFileName()).isNotEmpty();
        assertThat(documented.keySet()).as("snippet names of %s", guide.getFileName())
                .containsExactlyInAnyOrderElementsOf(code.keySet());
        documented.forEach((name, text) -> assertThat(text).as("snippet '%s' of %s", name, guide.getFileName())
                .isEqualTo(code.get(name)));
    }

    /**
     * {@code snippet} below the imports of {@code source} whose simple (or static member) name it uses,
     * then imports of the types of the source's own package that it names, which the source needs none for.
     */
    static String withImports(String snippet, String source) {
        StringBuilder imports = new StringBuilder();
        Set<String> imported = new HashSet<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            if (uses(snippet, m.group(2))) {
                imports.append(m.group()).append('\n');
                imported.add(m.group(2));
            }
        }
        Matcher declaration = DECLARED.matcher(source);
        while (declaration.find()) {
            imported.add(declaration.group(1));   // a type the snippet declares needs no import
        }
        Matcher pkg = PACKAGE.matcher(source);
        if (pkg.find()) {
            Set<String> local = new TreeSet<>();
            Matcher type = TYPE_NAME.matcher(snippet);
            while (type.find()) {
                if (!imported.contains(type.group(1)) && exists(pkg.group(1) + "." + type.group(1))) {
                    local.add(pkg.group(1) + "." + type.group(1));
                }
            }
            local.forEach(name -> imports.append("import ").append(name).append(";\n"));
        }
        return imports.length() == 0 ? snippet : imports + "\n" + snippet;
    }

    private static boolean uses(String snippet, String name) {
        return Pattern.compile("(?<![\\w.])" + name + "\\b").matcher(snippet).find();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, Snippets.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Map<String, String> extract(Pattern pattern, String text) {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            snippets.put(m.group(1), dedent(m.group(2)));
        }
        return snippets;
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
