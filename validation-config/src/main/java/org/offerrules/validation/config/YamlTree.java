package org.offerrules.validation.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a YAML file into {@link ConfigNode}s with their lines, through the YAML module's streaming
 * parser: a tree of Jackson's would forget where each value was, and every message names its line.
 */
final class YamlTree {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private YamlTree() {
    }

    /** The file's first document; an empty file is an empty map. */
    static ConfigNode read(Reader in, Path file) throws IOException {
        try (JsonParser p = YAML.createParser(in)) {
            if (p.nextToken() == null) {
                return new ConfigNode(ConfigNode.Kind.MAP, 1, "", null, Map.of(), null);
            }
            return value(p, "", line(p), file);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file, Math.max(line, 0), "", "not YAML: " + e.getOriginalMessage().lines()
                    .findFirst().orElse("").strip());
        }
    }

    private static ConfigNode value(JsonParser p, String path, int line, Path file) throws IOException {
        JsonToken token = p.currentToken();
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
