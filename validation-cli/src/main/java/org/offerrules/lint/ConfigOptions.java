package org.offerrules.lint;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.config.ConfigException;
import org.offerrules.validation.config.ConfigFile;
import org.offerrules.validation.document.OfferReader;

import picocli.CommandLine.Option;

/**
 * {@code --config FILE} and {@code --no-config}, and the reader of each linted file under its
 * {@code .offer-lint.yaml}: the nearest one in the file's folder or above, up to the repository's
 * root (docs/configuration.md). Every configuration is read and checked before anything is linted, so
 * a bad one ends the run with its one line and status 2.
 */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file for every path (default: each file's nearest " + ConfigFile.NAME
                    + " in its folder or above, up to the repository's root).")
    Path config;

    @Option(names = "--no-config", description = "Read no configuration file.")
    boolean noConfig;

    /**
     * What a configuration gives the validator of its files: settings, house rules and data folder; and
     * the file, which checks the house codes of its rules beside the command line's house rules.
     */
    record FileSetup(RuleSettings settings, List<HouseRule> houseRules, Optional<Path> data, Optional<ConfigFile> file) {
        static final FileSetup NONE = new FileSetup(RuleSettings.none(), List.of(), Optional.empty(), Optional.empty());

        static FileSetup of(ConfigFile file) {
            return new FileSetup(file.settings(), file.houseRules(), file.data(), Optional.of(file));
        }
    }

    /** What the command line says, and whether it said it (an option given beats a file's override). */
    record CommandLineChoice(Request request, boolean requestGiven, ValidationMode mode, boolean modeGiven,
                             boolean strictTypes, boolean strictTypesGiven) {
    }

    /**
     * The readers of {@code files} (and of standard input, under the working folder's configuration).
     *
     * @param validators a validator with the command line's options, for what a configuration gives
     * @throws ConfigException for the first configuration that cannot be used
     */
    Readers readers(List<Path> files, CommandLineChoice choice, Function<FileSetup, OfferValidator> validators) {
        if (noConfig && config != null) {
            throw new IllegalArgumentException("--config and --no-config exclude each other");
        }
        Map<Path, Optional<ConfigFile>> byFolder = new HashMap<>();
        Map<Path, ConfigFile> loaded = new HashMap<>();
        Function<Path, Optional<ConfigFile>> configOf = file -> {
            if (noConfig) {
                return Optional.empty();
            }
            if (config != null) {
                return Optional.of(loaded.computeIfAbsent(config, ConfigFile::load));
            }
            Path folder = file.toAbsolutePath().normalize().getParent();
            return byFolder.computeIfAbsent(folder, f -> ConfigFile.find(f).map(
                    found -> loaded.computeIfAbsent(found, ConfigOptions::load)));
        };
        Map<Path, OfferReader> readers = new HashMap<>();
        Map<ConfigFile, OfferValidator> validatorOf = new HashMap<>();
        Map<ReaderKey, OfferReader> readerOf = new HashMap<>();
        OfferValidator none = validators.apply(FileSetup.NONE);
        Function<Optional<ConfigFile>, OfferValidator> validatorFor = c -> c.map(
                file -> validatorOf.computeIfAbsent(file, f -> validators.apply(FileSetup.of(f)))).orElse(none);
        for (Path file : files) {
            OfferValidator validator = validatorFor.apply(configOf.apply(file)).forFile(file.toAbsolutePath());
            ReaderKey key = new ReaderKey(validator, RequestRules.ofFileName(file));
            readers.put(file, readerOf.computeIfAbsent(key, k -> reader(k, choice)));
        }
        OfferValidator stdin = validatorFor.apply(configOf.apply(Path.of("").toAbsolutePath().resolve("-")));
        OfferReader stdinReader = readerOf.computeIfAbsent(new ReaderKey(stdin, Optional.empty()), k -> reader(k, choice));
        return new Readers(Map.copyOf(readers), stdinReader,
                houseRules(readerOf.keySet().stream().map(ReaderKey::validator).toList()));
    }

    /** A file's validator, and the request its name begins with ({@link RequestRules#ofFileName}). */
    private record ReaderKey(OfferValidator validator, Optional<Request> named) {
    }

    /** The house rules of every validator of the run, each code once, in code order: the reports' rules. */
    private static List<HouseRule> houseRules(java.util.Collection<OfferValidator> validators) {
        Map<String, HouseRule> rules = new java.util.TreeMap<>();
        validators.forEach(v -> v.houseRules().forEach(rule -> rules.putIfAbsent(rule.code().id(), rule)));
        return List.copyOf(rules.values());
    }

    /** The file found, named relative to the working folder when it lies below it, as its messages say it. */
    private static ConfigFile load(Path found) {
        Path here = Path.of("").toAbsolutePath();
        return ConfigFile.load(found.startsWith(here) ? here.relativize(found) : found);
    }

    /**
     * A reader of a file: the command line's request, mode and strict types, else its configuration's;
     * without either, the request its name begins with, else the default.
     */
    private static OfferReader reader(ReaderKey key, CommandLineChoice choice) {
        OfferValidator validator = key.validator();
        RuleSettings.Resolved file = validator.resolvedSettings();
        Request request = choice.requestGiven() ? choice.request()
                : file.request().or(key::named).orElse(choice.request());
        ValidationMode mode = choice.modeGiven() ? choice.mode() : file.mode().orElse(choice.mode());
        boolean strict = choice.strictTypesGiven() ? choice.strictTypes() : file.strictTypes().orElse(choice.strictTypes());
        return OfferReader.builder().request(request.type()).validator(validator).mode(mode).strictTypes(strict).build();
    }

    /** The reader of each linted file, and of standard input. */
    static final class Readers {
        private final Map<Path, OfferReader> byFile;
        private final OfferReader stdin;
        private final List<HouseRule> houseRules;

        Readers(Map<Path, OfferReader> byFile, OfferReader stdin, List<HouseRule> houseRules) {
            this.byFile = new ConcurrentHashMap<>(byFile);
            this.stdin = stdin;
            this.houseRules = houseRules;
        }

        /** One reader for everything: no configuration. */
        static Readers of(OfferReader reader) {
            return new Readers(Map.of(), reader, reader.validator().houseRules());
        }

        /** The house rules the readers run (the command line's and the configuration files'). */
        List<HouseRule> houseRules() {
            return houseRules;
        }

        /** The reader of {@code file}; standard input's for a file not linted (a test's). */
        OfferReader of(Path file) {
            return byFile.getOrDefault(file, stdin);
        }

        /** The reader of standard input. */
        OfferReader stdin() {
            return stdin;
        }
    }
}
