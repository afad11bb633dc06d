package org.offerrules.validation.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used: not readable, not YAML, or a key, code, glob or value
 * that is wrong. Its message is one line, {@code FILE:LINE: KEY: what is wrong; did you mean …?}
 * ({@code FILE: what is wrong} for the file as a whole: no such file, a folder, unreadable, too long,
 * in UTF-16 or UTF-32),
 * which offer-lint prints before it exits with status 2.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The longest value or key a message repeats whole: a line, not the 2 MB value someone pasted. */
    private static final int VALUE_SHOWN = 60;
    private static final int KEY_SHOWN = 200;

    private final transient Path file;
    private final int line;
    private final String key;

    ConfigException(Path file, int line, String key, String problem) {
        // a problem of the whole file (none such, a folder, unreadable, too long, UTF-16 or UTF-32) has no line:
        // FILE: problem, as a compiler names a file it cannot open; it printed line 0, a line no editor has
        super(file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : shown(key, KEY_SHOWN) + ": ")
                + oneLine(problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /**
     * {@code text} as a message repeats a value from the file: its line breaks and other control
     * characters escaped, so the message stays one line, and cut after {@value #VALUE_SHOWN}
     * characters with the length said.
     */
    static String shown(String text) {
        return shown(text, VALUE_SHOWN);
    }

    private static String shown(String text, int max) {
        String line = oneLine(text);
        if (line.length() <= max) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(max - 2)) ? max - 2 : max - 1;
        return line.substring(0, end) + "… (" + text.codePointCount(0, text.length()) + " characters)";
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem (0: the file as a whole, and the message names no line). */
    public int line() {
        return line;
    }

    /** The key the problem is at, as {@link ConfigNode#path()} writes it; empty for the whole file. */
    public String key() {
        return key;
    }
}
