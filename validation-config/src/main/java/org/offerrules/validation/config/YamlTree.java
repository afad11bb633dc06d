package org.offerrules.validation.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a YAML file into {@link ConfigNode}s with their lines, through the YAML module's streaming
 * parser: a tree of Jackson's would forget where each value was, and every message names its line.
 */
final class YamlTree {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    /** Where SnakeYAML marks a problem: {@code  in 'reader', line 2, column 1:}. */
    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column \\d+:?$");
    /** How Jackson words an alias where a key goes: {@code ... got this instead: <...AliasEvent(anchor=k)>}. */
    private static final Pattern ALIAS_KEY = Pattern.compile("AliasEvent\\(anchor=([^)]*)\\)");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private YamlTree() {
    }

    /** The file's one document; an empty file is an empty map. */
    static ConfigNode read(Reader in, Path file) throws IOException {
        JsonParser p = YAML.createParser(in);
        try (p) {
            if (p.nextToken() == null) {
                return new ConfigNode(ConfigNode.Kind.MAP, 1, "", null, Map.of(), null);
            }
            ConfigNode root = value(p, "", line(p), file);
            JsonToken next = p.nextToken();
            boolean empty = next == JsonToken.VALUE_NULL || next == JsonToken.VALUE_STRING && p.getText().isEmpty();
            if (empty && p.nextToken() == null) {
                return root; // a trailing --- with nothing after it: an empty document has no settings to lose
            }
            if (next != null) {
                // Jackson would read on silently into the next document: its settings would be lost unsaid
                throw new ConfigException(file, line(p), "", "a second YAML document (after ---); a configuration is "
                        + "one document: merge them or remove the ---");
            }
            return root;
        } catch (JsonProcessingException e) {
            IOException unreadable = unreadable(e);
            if (unreadable != null) {
                throw unreadable; // the reader failed, not the YAML: "not YAML: java.io.IOException" said neither
            }
            throw notYaml(e, p, file);
        }
    }

    /** The reader's own failure, which SnakeYAML wraps in its exception and Jackson in its own; null for the YAML's. */
    private static IOException unreadable(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io && !(t instanceof JsonProcessingException)) {
                return io;
            }
        }
        return null;
    }

    /**
     * SnakeYAML's message is a context, a problem and their marks over several lines: the one line
     * keeps the words and takes the line of the last mark (the problem's); Jackson's own limits are
     * worded without the name of its setting.
     */
    private static ConfigException notYaml(JsonProcessingException e, JsonParser p, Path file) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher alias = ALIAS_KEY.matcher(message);
        if (alias.find()) {
            // an alias where a key goes: Jackson names SnakeYAML's event class, which tells a user nothing
            return new ConfigException(file, p.currentLocation().getLineNr(), "", "an alias (*"
                    + ConfigException.shown(alias.group(1)) + ") is not read here; write the value out");
        }
        List<String> words = new ArrayList<>();
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        for (String part : message.lines().toList()) {
            Matcher mark = MARK.matcher(part);
            if (mark.find()) {
                line = Integer.parseInt(mark.group(1));
            } else if (!part.isBlank() && !Character.isWhitespace(part.charAt(0))) {
                words.add(part.strip());
            }
        }
        if (line <= 0) {
            line = p.currentLocation().getLineNr();
        }
        String problem = String.join("; ", words).replaceAll(", from `[^`]*`\\)", ")");
        return new ConfigException(file, Math.max(line, 0), "", "not YAML: " + problem);
    }

    private static ConfigNode value(JsonParser p, String path, int line, Path file) throws IOException {
        JsonToken token = p.currentToken();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias as its anchor's name, a string: "rules: *r" would read as "r"
            throw new ConfigException(file, line, path, "an alias (*" + ConfigException.shown(p.getText())
                    + ") is not read here; write the value out");
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                String keyPath = child(path, key);
                if (entries.containsKey(key)) {
                    throw new ConfigException(file, keyLine, keyPath, "given twice; keep one");
                }
                p.nextToken();
                entries.put(key, value(p, keyPath, keyLine, file));
            }
            return new ConfigNode(ConfigNode.Kind.MAP, line, path, null, entries, null);
        }
        if (token == JsonToken.START_ARRAY) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                items.add(value(p, path + "[" + i + "]", line(p), file));
            }
            return new ConfigNode(ConfigNode.Kind.LIST, line, path, null, null, items);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new ConfigNode(ConfigNode.Kind.NULL, line, path, null, null, null);
        }
        return new ConfigNode(ConfigNode.Kind.SCALAR, line, path, p.getText(), null, null);
    }

    /** {@code rules} under the top, {@code rules."6820"} for a key that is not a plain word. */
    static String child(String path, String key) {
        String name = PLAIN_KEY.matcher(key).matches() ? key : "\"" + key.replace("\"", "\\\"") + "\"";
        return path.isEmpty() ? name : path + "." + name;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
