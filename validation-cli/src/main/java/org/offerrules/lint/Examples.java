package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The failing and passing example of each offline offer code, as docs/rules.md shows them. The
 * resource is generated with rules.md from the tested mutations (RulesDocTest keeps both fresh).
 */
final class Examples {

    private static final Map<Integer, String> BY_CODE = load();

    private Examples() {
    }

    /** The example of {@code code} for a terminal: JSON indented rather than fenced. */
    static Optional<String> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code)).map(Examples::forTerminal);
    }

    private static String forTerminal(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            out.append(inCode ? "    " : "").append(line).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> examples = new HashMap<>();
        try (InputStream in = Examples.class.getResourceAsStream("examples.md")) {
            if (in == null) {
                return examples;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String section : text.split("\n@@ ")) {
                int newline = section.indexOf('\n');
                if (newline > 0 && !section.startsWith("#")) {
                    examples.put(Integer.parseInt(section.substring(0, newline).strip()),
                            section.substring(newline + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
