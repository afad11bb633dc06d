package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A baseline file ({@code --baseline}, {@code --write-baseline}): the findings a catalogue had when it
 * was written, as a multiset of {@link Key}s — file, document identity, code, pointer, never a line —
 * so that moving lines, reindenting and reordering keys leave a finding the same. Files are named
 * relative to the baseline file's folder with {@code /}, so the file means the same on every machine
 * and in every working directory. The file is JSON, written sorted, one finding a line:
 *
 * <pre>
 * {
 *   "tool": "offer-lint",
 *   "version": 1,
 *   "findings": [
 *     {"file":"offers/a.json","document":"name:Summer Sale","code":6306,"pointer":"/advertiser_id","count":1}
 *   ]
 * }
 * </pre>
 */
final class Baseline {

    /** The format's version; a file of another version is refused rather than misread. */
    static final int VERSION = 1;

    /** A finding's identity: what stays the same while the finding does. */
    record Key(String file, String document, int code, String pointer) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::document)
                .thenComparingInt(Key::code).thenComparing(Key::pointer);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** A baseline file that cannot be read, in one line. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final Path folder;
    private final TreeMap<Key, Integer> counts;

    private Baseline(Path folder, TreeMap<Key, Integer> counts) {
        this.folder = folder;
        this.counts = counts;
    }

    /** An empty baseline whose files are named relative to the folder of {@code file}. */
    static Baseline empty(Path file) {
        return new Baseline(folderOf(file), new TreeMap<>());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : file.toAbsolutePath().getRoot();
    }

    /** The findings and how often each occurs, sorted. */
    Map<Key, Integer> counts() {
        return counts;
    }

    void add(Key key) {
        counts.merge(key, 1, Integer::sum);
    }

    /**
     * A report's name for a file ({@code file}) as this baseline names it: relative to the baseline's
     * folder, with {@code /}. Standard input stays {@value LintRun#STDIN}.
     */
    String fileOf(String file) {
        if (file.equals(LintRun.STDIN)) {
            return file;
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            path = folder.relativize(path);
        } catch (IllegalArgumentException e) {
            // another drive or root: only the absolute name names it
        }
        return path.toString().replace('\\', '/');
    }

    /** Reads a baseline file; every problem is one line naming the file. */
    static Baseline read(Path file) throws Unreadable {
        TreeMap<Key, Integer> counts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser json = new JsonFactory().createParser(in)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, json, "a JSON object");
            Integer version = null;
            boolean findings = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "version" -> {
                        expect(value == JsonToken.VALUE_NUMBER_INT, json, "\"version\": a number");
                        version = json.getIntValue();
                        if (version != VERSION) {
                            throw new Unreadable("a baseline of version " + version + "; this offer-lint reads version "
                                    + VERSION + " (write it again with --write-baseline)");
                        }
                    }
                    case "findings" -> {
                        expect(value == JsonToken.START_ARRAY, json, "\"findings\": an array");
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            readFinding(json, counts);
                        }
                        expect(json.currentToken() == JsonToken.END_ARRAY, json, "findings that are objects");
                        findings = true;
                    }
                    default -> json.skipChildren();
                }
            }
            expect(version != null, json, "a \"version\"");
            expect(findings, json, "\"findings\"");
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (JsonProcessingException e) {
            throw new Unreadable("not a baseline: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ")");
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + OfferLint.reason(e));
        }
        return new Baseline(folderOf(file), counts);
    }

    private static void readFinding(JsonParser json, Map<Key, Integer> counts) throws IOException, Unreadable {
        int line = json.currentLocation().getLineNr();
        String file = null;
        String document = null;
        String pointer = null;
        int code = -1;
        int count = 1;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "file" -> file = value == JsonToken.VALUE_STRING ? json.getText() : null;
                case "document" -> document = value == JsonToken.VALUE_STRING ? json.getText() : null;
                case "pointer" -> pointer = value == JsonToken.VALUE_STRING ? json.getText() : null;
                case "code" -> code = value == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : -1;
                case "count" -> count = value == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : 0;
                default -> json.skipChildren();
            }
        }
        if (file == null || document == null || pointer == null || code < 0 || count < 1) {
            throw new Unreadable("not a baseline: the finding at line " + line
                    + " needs \"file\", \"document\" and \"pointer\" (strings), \"code\" and \"count\" (counts)");
        }
        counts.merge(new Key(file, document, code, pointer), count, Integer::sum);
    }

    private static void expect(boolean condition, JsonParser json, String what) throws Unreadable {
        if (!condition) {
            throw new Unreadable("not a baseline: expected " + what + " (line " + json.currentLocation().getLineNr()
                    + ")");
        }
    }

    /**
     * Writes this baseline to {@code out}: sorted, one finding a line, so that a shrinking baseline is a
     * diff of removed lines.
     */
    void write(OutputStream out) throws IOException {
        String nl = "\n";
        StringBuilder text = new StringBuilder();
        text.append('{').append(nl).append("  \"tool\": \"offer-lint\",").append(nl)
                .append("  \"version\": ").append(VERSION).append(',').append(nl).append("  \"findings\": [");
        JsonFactory factory = new JsonFactory();
        String separator = nl;
        for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
            Key key = entry.getKey();
            java.io.StringWriter line = new java.io.StringWriter();
            try (JsonGenerator json = factory.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("file", key.file());
                json.writeStringField("document", key.document());
                json.writeNumberField("code", key.code());
                json.writeStringField("pointer", key.pointer());
                json.writeNumberField("count", entry.getValue());
                json.writeEndObject();
            }
            text.append(separator).append("    ").append(line);
            separator = "," + nl;
        }
        text.append(counts.isEmpty() ? "" : nl + "  ").append(']').append(nl).append('}').append(nl);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
