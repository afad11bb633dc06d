package org.offerrules.lint;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipFile;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.HouseRuleProvider;
import org.offerrules.validation.config.ConfigException;
import org.offerrules.validation.config.ConfigFile;

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

    /** The declarative rules of a YAML file, read as the configuration file is (its bounds, its one-line messages). */
    static List<HouseRule> read(Path file) throws Bad {
        try {
            return ConfigFile.loadHouseRules(file);
        } catch (ConfigException e) {
            throw new Bad(e.getMessage());
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
