package org.offerrules.validation.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a configuration file as it was written, with the line it starts on: a map, a list, a
 * scalar (its text as written: {@code off} stays {@code off}) or null. The reader of a key that is
 * not the file's own settings (the house rules) reads it from here and reports at its
 * {@link #line()} under its {@link #path()}.
 */
public final class ConfigNode {

    /** What the value is. */
    public enum Kind {
        /** A mapping of keys to values. */
        MAP,
        /** A sequence. */
        LIST,
        /** A string, number or boolean; its text as written. */
        SCALAR,
        /** {@code ~}, {@code null} or nothing after the key. */
        NULL
    }

    private final Kind kind;
    private final int line;
    private final String path;
    private final String text;
    private final Map<String, ConfigNode> entries;
    private final List<ConfigNode> items;

    ConfigNode(Kind kind, int line, String path, String text, Map<String, ConfigNode> entries, List<ConfigNode> items) {
        this.kind = kind;
        this.line = line;
        this.path = path;
        this.text = text;
        this.entries = entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.items = items == null ? List.of() : List.copyOf(items);
    }

    /** What the value is. */
    public Kind kind() {
        return kind;
    }

    /** The 1-based line of the value, or of its key for a map's entry. */
    public int line() {
        return line;
    }

    /** Where the value is, as keys and indexes from the file's top: {@code overrides[1].rules."6313"}. */
    public String path() {
        return path;
    }

    /** A scalar's text as written; null for another kind. */
    public String text() {
        return text;
    }

    /** A map's entries in the file's order; empty for another kind. */
    public Map<String, ConfigNode> entries() {
        return entries;
    }

    /** A list's items; empty for another kind. */
    public List<ConfigNode> items() {
        return items;
    }

    /** A word for the kind, for messages: "a map", "a list", the scalar's text, "no value". */
    String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case SCALAR -> "\"" + ConfigException.shown(text) + "\"";
            case NULL -> "no value";
        };
    }
}
