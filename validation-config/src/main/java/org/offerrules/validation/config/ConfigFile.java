package org.offerrules.validation.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.HouseRules;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.spi.Nearest;
import org.offerrules.validation.spi.WideEncoding;

/**
 * A configuration file, {@code .offer-lint.yaml} (docs/configuration.md), read and checked: its rule
 * settings, whose globs are relative to the file's folder, its house rules and its data folder. Whether
 * a house code its {@code rules} name has a rule is checked beside the house rules given elsewhere
 * ({@link #checkHouseCodes}).
 *
 * <pre>{@code
 * ConfigFile config = ConfigFile.load(Path.of(".offer-lint.yaml"));
 * OfferValidator validator = OfferValidator.builder().settings(config.settings()).build();
 * }</pre>
 */
public final class ConfigFile {

    /** The file's name, which {@link #find} looks for. */
    public static final String NAME = ".offer-lint.yaml";

    /** The longest file {@link #load} reads: the YAML reader's own bound, 3 Mi code points, in bytes. */
    static final int MAX_BYTES = 3 << 20;

    /** The keys at the top of the file. */
    static final List<String> TOP_KEYS = List.of("rules", "overrides", "house-rules", "data");
    /** The keys of an override. */
    static final List<String> OVERRIDE_KEYS = List.of("files", "rules", "request", "mode", "strict-types");

    private final Path path;
    private final RuleSettings settings;
    private final List<HouseRule> houseRules;
    private final Path data;
    /** The keys of {@code rules} that are house codes, each where it is written. */
    private final List<Placed> houseCodes;

    /** A house code written as a rule key, at its node. */
    private record Placed(String code, ConfigNode node) {
    }

    private ConfigFile(Path path, RuleSettings settings, List<HouseRule> houseRules, Path data, List<Placed> houseCodes) {
        this.path = path;
        this.settings = settings;
        this.houseRules = houseRules;
        this.data = data;
        this.houseCodes = houseCodes;
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws ConfigException for a file that cannot be read or used, with its one-line message
     */
    public static ConfigFile load(Path file) {
        return read(new StringReader(text(file)), file);
    }

    /**
     * The house rules of a file of their own ({@code offer-lint --house-rules FILE}, docs/house-rules.md):
     * their list, or a map whose {@code house-rules} key holds it (a configuration file's), read with the
     * bounds and checks of {@link #load}.
     *
     * @throws ConfigException for a file that cannot be read or used, with its one-line message
     */
    public static List<HouseRule> loadHouseRules(Path file) {
        ConfigNode root;
        try {
            root = YamlTree.read(new StringReader(text(file)), file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot be read (" + reason(e) + ")");
        }
        Checker checker = new Checker(file);
        if (root.kind() != ConfigNode.Kind.MAP) {
            return root.kind() == ConfigNode.Kind.NULL ? List.of() : checker.houseRules(root);
        }
        ConfigNode rules = root.entries().get("house-rules");
        if (rules == null && !root.entries().isEmpty()) {
            throw new ConfigException(file, root.line(), "", "expected a list of house rules, or a map with the key "
                    + "house-rules");
        }
        return rules == null ? List.of() : checker.houseRules(rules);
    }

    /** The text of a file: bounded, and UTF-8. */
    private static String text(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new ConfigException(file, 0, "", "a folder, not a file; name the file (" + NAME + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // bounded: /dev/zero or a log named by mistake ends in one line, not an out-of-memory
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, "", "no such file");
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot be read (" + reason(e) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLong(file);
        }
        return utf8(bytes, file);
    }

    /** A file longer than a configuration can be, in bytes or, read from a reader, in characters. */
    static ConfigException tooLong(Path file) {
        return new ConfigException(file, 0, "", "longer than " + (MAX_BYTES >> 20) + " MiB; a configuration is a few "
                + "dozen lines (is this the right file?)");
    }

    /**
     * Why the file could not be read, without its name, which the message already starts with: a
     * {@link FileSystemException}'s message is the path (and its reason, when there is one).
     */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "no reason given";
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "no reason given";
    }

    /**
     * The file's text; bytes that are not UTF-8 are one line with their place, not a decoder's words, and a
     * file in UTF-16 or UTF-32 ({@link WideEncoding#of}) one line of the whole file.
     */
    private static String utf8(byte[] bytes, Path file) {
        WideEncoding wide = WideEncoding.of(bytes, 0, bytes.length);
        if (wide != null) {
            // the whole file is in another encoding (Notepad's "Unicode", PowerShell 5's >): said once, by the
            // readers' own detector, not as a NUL or a bad byte at its second column
            throw new ConfigException(file, 0, "", "not UTF-8 but " + wide.name() + "; save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            // a UTF-8 byte order mark is no column: an editor shows none (it said column 3 of the second character)
            int lineStart = WideEncoding.utf8Mark(bytes, 0, bytes.length);
            for (int i = 0; i < at; i++) {
                // LF, CRLF and a lone CR each end a line, as the YAML reader counts lines
                if (bytes[i] == '\n' || bytes[i] == '\r' && bytes[i + 1] != '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // in characters, as every column the product gives: the bytes before the bad one are UTF-8
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new ConfigException(file, line, "", "not UTF-8: bytes that are not UTF-8 at column " + column
                    + "; save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Reads and checks a configuration from {@code yaml}; {@code file} names it in messages and its
     * folder is the one the globs are relative to.
     *
     * @throws ConfigException for a configuration that cannot be used, with its one-line message
     */
    public static ConfigFile read(Reader yaml, Path file) {
        ConfigNode root;
        try {
            root = YamlTree.read(yaml, file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot be read (" + reason(e) + ")");
        }
        return new Checker(file).file(root);
    }

    /**
     * The configuration file for {@code start} (a file or folder): the nearest {@value #NAME} in its
     * folder or one above, up to the first folder that holds {@code .git} (the repository's root) or
     * the file system's root.
     */
    public static Optional<Path> find(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        for (; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The file read. */
    public Path path() {
        return path;
    }

    /** Its rule settings, with the file's folder as their base. */
    public RuleSettings settings() {
        return settings;
    }

    /**
     * The network's data folder of the files this configuration applies to ({@code data}, relative to
     * the file's folder; docs/network-data.md); empty when it names none.
     */
    public Optional<Path> data() {
        return Optional.ofNullable(data);
    }

    /** The file's house rules ({@code house-rules}, docs/house-rules.md); empty when it has none. */
    public List<HouseRule> houseRules() {
        return houseRules;
    }

    /**
     * Checks that every house code the file's {@code rules} name ({@code ACME-1: off}) is the code of a
     * house rule: the file's own or one of {@code given} (offer-lint's {@code --house-rules} and
     * {@code --plugin}, the starter's beans), which only the caller knows.
     *
     * @throws ConfigException at the first key no house rule has, with the nearest code that one has
     */
    public void checkHouseCodes(Collection<? extends HouseRule> given) {
        List<HouseRule> all = new ArrayList<>(houseRules);
        all.addAll(given);
        for (Placed placed : houseCodes) {
            RuleSettings.houseCodeProblem(placed.code(), all).ifPresent(problem -> {
                throw new ConfigException(path, placed.node().line(), placed.node().path(), problem);
            });
        }
    }

    /** Turns the tree into settings, failing at the first problem with its line and key. */
    private static final class Checker {
        private final Path file;
        private final List<Placed> houseCodes = new ArrayList<>();

        Checker(Path file) {
            this.file = file;
        }

        ConfigFile file(ConfigNode root) {
            if (root.kind() == ConfigNode.Kind.NULL) {
                return new ConfigFile(file, base().build(), List.of(), null, List.of());
            }
            expect(root, ConfigNode.Kind.MAP, "a map of rules, overrides and house-rules");
            RuleSettings.Builder settings = base();
            ConfigNode houseRules = null;
            Path data = null;
            for (Map.Entry<String, ConfigNode> entry : root.entries().entrySet()) {
                ConfigNode value = entry.getValue();
                switch (known(entry.getKey(), value, TOP_KEYS)) {
                    case "rules" -> levels(value).forEach(settings::rule);
                    case "overrides" -> {
                        expect(value, ConfigNode.Kind.LIST, "a list of overrides, each with files");
                        value.items().forEach(item -> settings.override(override(item)));
                    }
                    case "data" -> data = folder(value);
                    default -> houseRules = value;
                }
            }
            return new ConfigFile(file, settings.build(), houseRules == null ? List.of() : houseRules(houseRules), data,
                    List.copyOf(houseCodes));
        }

        /** The network's data folder, relative to this file's folder. */
        private Path folder(ConfigNode value) {
            expect(value, ConfigNode.Kind.SCALAR, "the path of the network's data folder (data: network/)");
            try {
                Path folder = Path.of(value.text());
                Path base = file.toAbsolutePath().getParent();
                return folder.isAbsolute() || base == null ? folder : base.resolve(folder).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw fail(value, "not a path: " + e.getMessage());
            }
        }

        /** The house rules' own reader, on the values as written; its one line made this file's. */
        private List<HouseRule> houseRules(ConfigNode rules) {
            Map<String, Integer> lines = new HashMap<>();
            Object plain = plain(rules, lines);
            try {
                List<HouseRule> read = HouseRules.fromTree(plain, file.toString(), rules.path(),
                        path -> lines.getOrDefault(path, 0));
                // the validator finds a code given twice too, but only once built: without the file's line
                Map<String, Integer> first = new HashMap<>();
                for (int i = 0; i < read.size(); i++) {
                    String code = read.get(i).code().id();
                    String path = YamlTree.child(rules.path() + "[" + i + "]", "code");
                    Integer at = first.putIfAbsent(code, lines.getOrDefault(path, 0));
                    if (at != null) {
                        throw new ConfigException(file, lines.getOrDefault(path, 0), path, "house code " + code
                                + " is defined twice" + (at > 0 ? " (first at line " + at + ")" : "") + ": a code is one rule");
                    }
                }
                return read;
            } catch (HouseRules.Placed e) {
                throw new ConfigException(file, e.line(), e.path(), e.problem());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file, rules.line(), rules.path(), e.getMessage());
            }
        }

        /** A node as the maps, lists and text the house rules read, and the line of each path. */
        private static Object plain(ConfigNode node, Map<String, Integer> lines) {
            lines.put(node.path(), node.line());
            return switch (node.kind()) {
                case MAP -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    node.entries().forEach((key, value) -> map.put(key, plain(value, lines)));
                    yield map;
                }
                case LIST -> {
                    List<Object> list = new ArrayList<>();
                    node.items().forEach(item -> list.add(plain(item, lines)));
                    yield list;
                }
                case SCALAR -> node.text();
                case NULL -> null;
            };
        }

        private RuleSettings.Builder base() {
            Path folder = file.toAbsolutePath().normalize().getParent();
            RuleSettings.Builder builder = RuleSettings.builder();
            return folder == null ? builder : builder.base(folder);
        }

        private RuleSettings.FileOverride override(ConfigNode node) {
            expect(node, ConfigNode.Kind.MAP, "an override: a map with files and what changes for them");
            ConfigNode files = node.entries().get("files");
            if (files == null) {
                throw fail(node, "an override needs files: the globs of the files it is for (files: [\"legacy/**\"])");
            }
            RuleSettings.FileOverride override = null;
            for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
                ConfigNode value = entry.getValue();
                if (known(entry.getKey(), value, OVERRIDE_KEYS).equals("files")) {
                    override = RuleSettings.FileOverride.files(globs(value));
                }
            }
            for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
                ConfigNode value = entry.getValue();
                switch (entry.getKey()) {
                    case "rules" -> {
                        for (Map.Entry<String, Level> level : levels(value).entrySet()) {
                            override = override.rule(level.getKey(), level.getValue());
                        }
                    }
                    case "request" -> override = override.request(request(value));
                    case "mode" -> override = override.mode(mode(value));
                    case "strict-types" -> override = override.strictTypes(bool(value));
                    default -> {
                        // files: read above
                    }
                }
            }
            return override;
        }

        private String[] globs(ConfigNode node) {
            expect(node, ConfigNode.Kind.LIST, "a list of globs, such as [\"legacy/**\"]");
            if (node.items().isEmpty()) {
                throw fail(node, "an empty list matches no file; name the files' globs, such as [\"legacy/**\"]");
            }
            List<String> globs = new ArrayList<>();
            for (ConfigNode item : node.items()) {
                String glob = scalar(item, "a glob, such as \"legacy/**\"");
                try {
                    RuleSettings.FileOverride.files(glob);
                } catch (IllegalArgumentException e) {
                    throw fail(item, e.getMessage());
                }
                globs.add(glob);
            }
            return globs.toArray(String[]::new);
        }

        /** A map of codes or families to levels, each key and level checked at its line. */
        private Map<String, Level> levels(ConfigNode node) {
            expect(node, ConfigNode.Kind.MAP, "a map of codes or families to off, warning or error");
            Map<String, Level> levels = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
                ConfigNode value = entry.getValue();
                String key;
                try {
                    key = RuleSettings.ruleKey(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw fail(value, e.getMessage());
                }
                if (RuleSettings.isHouseCode(key)) {
                    houseCodes.add(new Placed(key, value));
                }
                String level = scalar(value, "off, warning or error");
                try {
                    levels.put(key, Level.of(level));
                } catch (IllegalArgumentException e) {
                    throw fail(value, "\"" + ConfigException.shown(level) + "\" is " + e.getMessage());
                }
            }
            return levels;
        }

        private Request request(ConfigNode node) {
            String method = scalar(node, "a request's method name, such as setAdvertiser");
            return Request.ofMethod(method).orElseThrow(() -> {
                List<String> methods = new ArrayList<>();
                for (Request r : Request.values()) {
                    methods.add(r.method());
                }
                return fail(node, "unknown request \"" + ConfigException.shown(method) + "\"" + Nearest.didYouMean(method, methods)
                        + " (offer-lint --help lists the requests)");
            });
        }

        private ValidationMode mode(ConfigNode node) {
            String mode = scalar(node, "create or update");
            for (ValidationMode m : ValidationMode.values()) {
                if (m.name().equalsIgnoreCase(mode)) {
                    return m;
                }
            }
            throw fail(node, "\"" + ConfigException.shown(mode) + "\" is not a mode (create or update)"
                    + Nearest.didYouMean(mode, List.of("create", "update")));
        }

        private boolean bool(ConfigNode node) {
            String text = scalar(node, "true or false");
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            throw fail(node, "expected true or false, found \"" + ConfigException.shown(text) + "\"" + Nearest.didYouMean(text,
                    List.of("true", "false")));
        }

        /** {@code key} when it is one of {@code keys}; else the failure, with the nearest. */
        private String known(String key, ConfigNode value, List<String> keys) {
            if (keys.contains(key)) {
                return key;
            }
            throw fail(value, "unknown key" + Nearest.of(key, keys).map(k -> "; did you mean " + k + "?")
                    .orElse(" (the keys here: " + String.join(", ", keys) + ")"));
        }

        private String scalar(ConfigNode node, String expected) {
            expect(node, ConfigNode.Kind.SCALAR, expected);
            return node.text();
        }

        private void expect(ConfigNode node, ConfigNode.Kind kind, String expected) {
            if (node.kind() != kind) {
                throw fail(node, "expected " + expected + ", found " + node.describe());
            }
        }

        private ConfigException fail(ConfigNode node, String problem) {
            return new ConfigException(file, node.line(), node.path(), problem);
        }
    }
}
