package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.HouseRuleProvider;
import org.offerrules.validation.HouseRules;

import picocli.CommandLine.Option;

/**
 * {@code --house-rules FILE} and {@code --plugin JAR}: the team's own rules, for linting and {@code explain}.
 * A file is YAML: the list of declarative rules, or a map whose {@code house-rules} key holds it (the key of
 * {@code .offer-lint.yaml}). A jar's rules are those of the {@link HouseRuleProvider}s it names in
 * {@code META-INF/services}.
 */
final class HouseRuleOptions {

    /** One line saying what is wrong with a file or jar: exit status 2. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    static final String KEY = "house-rules";

    @Option(names = "--house-rules", paramLabel = "FILE",
            description = "Declarative house rules (YAML: a list of rules, or the house-rules key of a configuration "
                    + "file): required, one-of, pattern, length, compare, each with its own code (PREFIX-n).")
    Path file;

    @Option(names = "--plugin", paramLabel = "JAR",
            description = "A jar of house rules written in Java, found through ServiceLoader "
                    + "(org.offerrules.validation.HouseRuleProvider); repeatable.")
    List<Path> plugins = new ArrayList<>();

    /** The rules of the file, then of each jar, in the order given. */
    List<HouseRule> load() throws Bad {
        List<HouseRule> rules = new ArrayList<>();
        if (file != null) {
            rules.addAll(read(file));
        }
        for (Path jar : plugins) {
            rules.addAll(plugin(jar));
        }
        return List.copyOf(rules);
    }

    /** The declarative rules of a YAML file. */
    static List<HouseRule> read(Path file) throws Bad {
        String name = file.toString().replace('\\', '/');
        Map<String, Integer> lines = new HashMap<>();
        Object tree;
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new YAMLFactory().createParser(in)) {
            tree = parser.nextToken() == null ? null : located(parser, "", lines);
        } catch (IOException e) {
            throw new Bad("--house-rules " + name + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                    ? "not YAML: " + p.getOriginalMessage() + " (line " + p.getLocation().getLineNr() + ")"
                    : OfferLint.reason(e)));
        }
        String path = tree instanceof Map<?, ?> ? KEY : "";
        if (tree instanceof Map<?, ?> map) {
            if (!map.containsKey(KEY)) {
                throw new Bad(name + ":1: expected a list of house rules, or a map with the key " + KEY);
            }
            tree = map.get(KEY);
        }
        try {
            return HouseRules.fromTree(tree, name, path, p -> lines.getOrDefault(p, 0));
        } catch (IllegalArgumentException e) {
            throw new Bad(e.getMessage());
        }
    }

    /**
     * The tree of the YAML value at the parser's token, with the line of each key and item by its path
     * ({@code house-rules[0].compare.op}). A configuration file is small: reading it by recursion is safe.
     */
    private static Object located(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new java.util.LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String at = path.isEmpty() ? key : path + "." + key;
                    lines.put(at, parser.currentTokenLocation().getLineNr());
                    parser.nextToken();
                    object.put(key, located(parser, at, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    array.add(located(parser, path + "[" + i + "]", lines));
                }
                return array;
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return parser.getText();
            }
        }
    }

    /** The rules of the providers a jar names; a jar that is none, or names none, is one line. */
    static List<HouseRule> plugin(Path jar) throws Bad {
        String name = "--plugin " + jar.toString().replace('\\', '/');
        if (!Files.isRegularFile(jar)) {
            throw new Bad(name + ": no such file");
        }
        List<String> named = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            java.util.zip.ZipEntry services = zip.getEntry("META-INF/services/" + HouseRuleProvider.class.getName());
            if (services == null) {
                throw new Bad(name + ": the jar names no house rules (no META-INF/services/"
                        + HouseRuleProvider.class.getName() + ")");
            }
            for (String line : new String(zip.getInputStream(services).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String provider = line.replaceFirst("#.*", "").strip();
                if (!provider.isEmpty()) {
                    named.add(provider);
                }
            }
        } catch (IOException e) {
            throw new Bad(name + ": not a jar (" + OfferLint.reason(e) + ")");
        }
        URLClassLoader loader;
        try {
            // never closed: the rules' classes are used until the run ends
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, HouseRuleOptions.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new Bad(name + ": " + e.getMessage());
        }
        List<HouseRule> rules = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<HouseRuleProvider> provider
                    : ServiceLoader.load(HouseRuleProvider.class, loader).stream().toList()) {
                if (named.contains(provider.type().getName())) { // the jar's own, not the class path's
                    rules.addAll(provider.get().rules());
                }
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new Bad(name + ": cannot load its house rules: " + cause);
        }
        if (rules.isEmpty()) {
            throw new Bad(name + ": its providers have no house rules");
        }
        return rules;
    }
}
