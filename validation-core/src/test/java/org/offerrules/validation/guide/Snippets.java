package org.offerrules.validation.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the guides' code honest: each fenced block after {@code <!-- snippet: NAME -->} in a guide
 * must be, line for line, the code between {@code // snippet: NAME} and {@code // end: NAME} in a
 * test source that compiles and runs. Public so that the other modules' guide tests use it too.
 */
public final class Snippets {

    private static final Pattern DOC = Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*\\n```\\w*\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("// snippet: ([\\w-]+)\\n(.*?)\\n\\s*// end: \\1",
            Pattern.DOTALL);

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

    /** Asserts that every snippet of {@code guide} equals the marked code in {@code sources}, and vice versa. */
    public static void assertInSync(Path guide, List<Path> sources) throws IOException {
        Map<String, String> documented = extract(DOC, Files.readString(guide));
        Map<String, String> code = new LinkedHashMap<>();
        for (Path source : sources) {
            code.putAll(extract(CODE, Files.readString(source)));
        }
        assertThat(documented).as("snippets of %s", guide.getFileName()).isNotEmpty();
        assertThat(documented.keySet()).as("snippet names of %s", guide.getFileName())
                .containsExactlyInAnyOrderElementsOf(code.keySet());
        documented.forEach((name, text) -> assertThat(text).as("snippet '%s' of %s", name, guide.getFileName())
                .isEqualTo(code.get(name)));
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
