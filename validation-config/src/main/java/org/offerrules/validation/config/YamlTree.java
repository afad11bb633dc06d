package org.offerrules.validation.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /** ... and a list or a map where a key goes: {@code got this instead: <...SequenceStartEvent(...)>}. */
    private static final Pattern NODE_KEY = Pattern.compile("got this instead: <[\\w.]*\\.(Sequence|Mapping)StartEvent\\(");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private YamlTree() {
    }

    /** The file's one document; an empty file is an empty map. */
    static ConfigNode read(Reader in, Path file) throws IOException {
        String text = text(in, file);
        JsonParser p = YAML.createParser(text);
        try (p) {
            if (p.nextToken() == null) {
                return new ConfigNode(ConfigNode.Kind.MAP, 1, "", null, Map.of(), null);
            }
            ConfigNode root = value(p, "", line(p), file, text);
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
            throw notYaml(e, p, file, text);
        }
    }

    /**
     * The reader's text, at most {@link ConfigFile#MAX_BYTES} characters (the YAML reader's own bound),
     * with every character YAML allows: SnakeYAML refuses another in words that name neither the
     * character nor its line ("special characters are not allowed", at line 1), and places it within its
     * buffer, not the file.
     */
    private static String text(Reader in, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
            if (text.length() > ConfigFile.MAX_BYTES) {
                throw ConfigFile.tooLong(file);
            }
        }
        int line = 1;
        int lineStart = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0; // a byte order mark is no column
        for (int i = lineStart; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            // LF, CRLF and a lone CR each end a line, as the YAML reader counts lines
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            } else if (!allowed(c)) {
                String code = String.format(Locale.ROOT, "U+%04X", c);
                throw new ConfigException(file, line, "", "not YAML: " + (Character.isISOControl(c)
                        ? "a control character (" + code + ") at column " + (i - lineStart + 1)
                                + "; YAML allows tabs and line breaks only: remove it"
                        : "a character YAML does not allow (" + code + ") at column " + (i - lineStart + 1) + "; remove it"));
            }
        }
        return text.toString();
    }

    /** The characters YAML 1.1 allows in a file (SnakeYAML's printable set). */
    private static boolean allowed(int c) {
        return c >= 0x20 && c <= 0x7E || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * SnakeYAML's message is a context, a problem and their marks over several lines: the one line
     * keeps the words and takes the line of the last mark (the problem's); Jackson's own limits are
     * worded without the name of its setting.
     */
    private static ConfigException notYaml(JsonProcessingException e, JsonParser p, Path file, String text) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher alias = ALIAS_KEY.matcher(message);
        if (alias.find()) {
            // an alias where a key goes: Jackson names SnakeYAML's event class, which tells a user nothing
            return new ConfigException(file, p.currentLocation().getLineNr(), "", "an alias (*"
                    + ConfigException.shown(alias.group(1)) + ") is not read here; write the value out");
        }
        Matcher node = NODE_KEY.matcher(message);
        if (node.find()) {
            // "? [a, b]": a complex key, which Jackson reads no more than a user means it; named in words
            return new ConfigException(file, p.currentLocation().getLineNr(), "", "a key that is "
                    + (node.group(1).equals("Sequence") ? "a list" : "a map") + "; a key is text here (a code, a family or a name)");
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
        int key = line > 0 && KEY_NOT_FOUND.matcher(problem).find() ? keyLength(text, line) : 0;
        if (key > MAX_KEY) {
            // SnakeYAML stops looking for a key's colon after 1,024 characters, and says the colon is wrong
            return new ConfigException(file, line, "", "not YAML: a key of " + key + " characters; YAML reads a key of "
                    + "at most " + MAX_KEY + ": shorten it");
        }
        return new ConfigException(file, Math.max(line, 0), "", "not YAML: " + problem);
    }

    /** The longest key SnakeYAML reads (a "simple key"), in characters, its quotes included. */
    private static final int MAX_KEY = 1024;
    /** How SnakeYAML words a key whose colon it gave up looking for, in a block or after it. */
    private static final Pattern KEY_NOT_FOUND = Pattern.compile(
            "could not find expected ':'|mapping values are not allowed here");

    /**
     * The length of the key that begins line {@code line} of {@code text} (after its indentation, list
     * dashes or a flow's opening), to its closing quote or the colon after it; 0 when the line has none.
     */
    static int keyLength(String text, int line) {
        List<String> lines = text.lines().toList();
        if (line > lines.size()) {
            return 0;
        }
        String rest = lines.get(line - 1).replaceFirst("^(\\s|-\\s|\\?\\s|[{\\[,])*", "");
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            int close = rest.indexOf(rest.charAt(0), 1);
            return close < 0 ? 0 : close + 1;
        }
        Matcher colon = COLON.matcher(rest);
        return colon.find() ? colon.start() : 0;
    }

    /** A colon that ends a plain key: before a space or the line's end. */
    private static final Pattern COLON = Pattern.compile(":(\\s|$)");

    private static ConfigNode value(JsonParser p, String path, int line, Path file, String text) throws IOException {
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
                entries.put(key, value(p, keyPath, keyLine, file, text));
            }
            return new ConfigNode(ConfigNode.Kind.MAP, line, path, null, entries, null);
        }
        if (token == JsonToken.START_ARRAY) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                items.add(value(p, path + "[" + i + "]", line(p), file, text));
            }
            return new ConfigNode(ConfigNode.Kind.LIST, line, path, null, null, items);
        }
        if (token == JsonToken.VALUE_NULL || bare(p, text)) {
            return new ConfigNode(ConfigNode.Kind.NULL, line, path, null, null, null);
        }
        return new ConfigNode(ConfigNode.Kind.SCALAR, line, path, p.getText(), null, null);
    }

    /**
     * Whether the current token is a key's missing value ({@code rules:} and nothing after it), which the
     * YAML module hands as an empty string: YAML's null, not text a user wrote. A quoted {@code ""} starts
     * with its quote where the token starts.
     */
    private static boolean bare(JsonParser p, String text) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || !p.getText().isEmpty()) {
            return false;
        }
        long at = p.currentTokenLocation().getCharOffset();
        return at < 0 || at >= text.length() || text.charAt((int) at) != '"' && text.charAt((int) at) != '\'';
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
