package org.offerrules.validation.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used: not readable, not YAML, or a key, code, glob or value
 * that is wrong. Its message is one line, {@code FILE:LINE: KEY: what is wrong; did you mean …?},
 * which offer-lint prints before it exits with status 2.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;

    ConfigException(Path file, int line, String key, String problem) {
        super(file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem (0: the file as a whole). */
    public int line() {
        return line;
    }

    /** The key the problem is at, as {@link ConfigNode#path()} writes it; empty for the whole file. */
    public String key() {
        return key;
    }
}
