package org.offerrules.validation;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.offerrules.validation.spi.Nearest;
import org.offerrules.validation.spi.ReaderCodes;

/**
 * What a team changes about the rules, as {@code .offer-lint.yaml} says it (docs/configuration.md):
 * the level of a code (the API's or a house rule's) or of a whole error family ({@code off},
 * {@code warning}, {@code error}), and {@linkplain FileOverride overrides} for the files their globs
 * match, which may also say the request the files hold, the mode and whether numbers written as strings
 * are reported. Immutable and
 * thread-safe; give it to {@link OfferValidator.Builder#settings}, or load the file with the
 * {@code validation-config} module's {@code ConfigFile}.
 *
 * <pre>{@code
 * RuleSettings settings = RuleSettings.builder()
 *         .rule("6820", RuleSettings.Level.WARNING)
 *         .rule("63993", RuleSettings.Level.OFF)
 *         .override(RuleSettings.FileOverride.files("legacy/**").rule("6313", RuleSettings.Level.OFF))
 *         .build();
 * }</pre>
 *
 * <p>A level is resolved into a table by code when the settings are built (and once per set of
 * matching overrides), never per violation. Within one layer a code's level beats its family's; an
 * override beats the top-level rules and a later override an earlier one.
 */
public final class RuleSettings {

    /** What a rule key's level does to the violations of its codes. */
    public enum Level {
        /** The violations are left out. */
        OFF,
        /** The violations are warnings: reported, and failing {@code offer-lint} only with {@code --fail-on warning}. */
        WARNING,
        /** The violations are errors. */
        ERROR;

        /** The level's name in the file: {@code off}, {@code warning}, {@code error}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The level named {@code key}, in any case.
         *
         * @throws IllegalArgumentException naming the levels, with the nearest as a suggestion
         */
        public static Level of(String key) {
            for (Level level : values()) {
                if (level.key().equalsIgnoreCase(Objects.requireNonNull(key, "key").strip())) {
                    return level;
                }
            }
            List<String> keys = new ArrayList<>();
            for (Level level : values()) {
                keys.add(level.key());
            }
            throw new IllegalArgumentException("not a level (off, warning or error)" + Nearest.didYouMean(key, keys));
        }
    }

    private static final Pattern HOUSE_CODE = Pattern.compile(ErrorCode.HOUSE_CODE_FORM);

    private static final RuleSettings NONE = builder().build();

    // codes run 6000..6999 and 63990..63999: one slot each (Catalog's layout)
    private static final int SLOTS = 1010;
    private static final byte KEEP = 0;

    private final Map<String, Level> rules;
    private final List<FileOverride> overrides;
    private final Path base;
    private final Resolved top;
    /** The resolved settings of each set of matching overrides, made when first asked for. */
    private final Map<BitSet, Resolved> bySubset = new ConcurrentHashMap<>();

    private RuleSettings(Builder builder) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
        this.overrides = List.copyOf(builder.overrides);
        this.base = builder.base;
        this.top = resolve(new BitSet());
    }

    /** No settings: every code at the severity its rule reports. */
    public static RuleSettings none() {
        return NONE;
    }

    /** A builder of settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The top-level levels by key: a code's number ({@code "6820"}), a house code ({@code "ACME-1"}) or a
     * family's name ({@code "offer"}).
     */
    public Map<String, Level> rules() {
        return rules;
    }

    /** The overrides, in order: a later one wins. */
    public List<FileOverride> overrides() {
        return overrides;
    }

    /** The folder the overrides' globs are relative to (the configuration file's), when there is one. */
    public Optional<Path> base() {
        return Optional.ofNullable(base);
    }

    /** Whether these settings change nothing. */
    public boolean isEmpty() {
        return rules.isEmpty() && overrides.isEmpty();
    }

    /** The settings of a document that is no file (standard input, a Java call): the top-level rules. */
    public Resolved resolved() {
        return top;
    }

    /**
     * The settings of {@code file}: the top-level rules with the overrides whose globs match it. An
     * absolute {@code file} is made relative to {@link #base()}, a file outside it matches no override;
     * a relative one is matched as it is. Two files that match the same overrides get the same object.
     */
    public Resolved resolve(Path file) {
        if (overrides.isEmpty()) {
            return top;
        }
        Path relative = file.normalize();
        if (relative.isAbsolute()) {
            if (base == null || !relative.startsWith(base)) {
                return top;
            }
            relative = base.relativize(relative);
        }
        BitSet matching = new BitSet(overrides.size());
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).matches(relative)) {
                matching.set(i);
            }
        }
        return matching.isEmpty() ? top : bySubset.computeIfAbsent(matching, this::resolve);
    }

    /** {@link #resolve(Path)} of a relative path written with {@code /}. */
    public Resolved resolve(String relativePath) {
        return resolve(Path.of(relativePath));
    }

    private Resolved resolve(BitSet matching) {
        byte[] table = new byte[SLOTS];
        Map<String, Byte> house = new HashMap<>();
        // the house family's level: house codes are the team's, so no table can list them beforehand
        byte houseFamily = apply(rules, table, house, KEEP);
        Request request = null;
        ValidationMode mode = null;
        Boolean strictTypes = null;
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            FileOverride o = overrides.get(i);
            houseFamily = apply(o.rules(), table, house, houseFamily);
            request = o.request() != null ? o.request() : request;
            mode = o.mode() != null ? o.mode() : mode;
            strictTypes = o.strictTypes() != null ? o.strictTypes() : strictTypes;
        }
        boolean changes = houseFamily != KEEP || !house.isEmpty();
        for (byte b : table) {
            changes |= b != KEEP;
        }
        return new Resolved(changes ? table : null, house.isEmpty() ? Map.of() : Map.copyOf(house), houseFamily,
                request, mode, strictTypes);
    }

    /**
     * Families first, then codes: within one layer a code's level beats its family's, and a later layer's
     * family beats an earlier layer's codes, house codes too.
     *
     * @return the house family's level after this layer
     */
    private static byte apply(Map<String, Level> levels, byte[] table, Map<String, Byte> house, byte houseFamily) {
        byte[] family = {houseFamily};
        levels.forEach((key, level) -> {
            Optional<ErrorFamily> named = family(key);
            if (named.isPresent()) {
                for (ErrorCode code : ErrorCode.all()) {
                    if (code.family() == named.get()) {
                        table[slot(code.number())] = (byte) (level.ordinal() + 1);
                    }
                }
                if (named.get() == ErrorFamily.HOUSE) {
                    family[0] = (byte) (level.ordinal() + 1);
                    house.clear();
                }
            }
        });
        levels.forEach((key, level) -> {
            if (isHouseCode(key)) {
                house.put(key, (byte) (level.ordinal() + 1));
            } else if (family(key).isEmpty()) {
                table[slot(Integer.parseInt(key))] = (byte) (level.ordinal() + 1);
            }
        });
        return family[0];
    }

    /**
     * What is wrong with a house code a rule key names, {@code code}, beside the validator's house rules:
     * empty when one of them has it, else "no house rule has this code" with the nearest that exists, or
     * the codes that do when none is near.
     */
    public static Optional<String> houseCodeProblem(String code, Collection<? extends HouseRule> houseRules) {
        List<String> known = new ArrayList<>();
        for (HouseRule rule : houseRules) {
            if (rule.code().id().equals(code)) {
                return Optional.empty();
            }
            known.add(rule.code().id());
        }
        return Optional.of("no house rule has this code" + (known.isEmpty() ? "; none is given"
                : Nearest.of(code, known).map(near -> "; did you mean " + near + "?")
                        .orElse(" (the house rules' codes: " + String.join(", ", known) + ")")));
    }

    /**
     * Whether {@code key}, as {@link #ruleKey} returns it, is a house code ({@code ACME-1}) rather than an
     * API code or a family: only house codes hold a hyphen.
     */
    public static boolean isHouseCode(String key) {
        return key.indexOf('-') > 0;
    }

    /**
     * The house codes these settings name ({@code ACME-1}), at the top level and in the overrides, in the
     * order they are written: each must be the code of one of the validator's house rules.
     */
    public Set<String> houseCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String key : rules.keySet()) {
            if (isHouseCode(key)) {
                codes.add(key);
            }
        }
        for (FileOverride o : overrides) {
            for (String key : o.rules().keySet()) {
                if (isHouseCode(key)) {
                    codes.add(key);
                }
            }
        }
        return codes;
    }

    private static int slot(int number) {
        return number >= 63990 ? 1000 + number - 63990 : number - 6000;
    }

    private static Optional<ErrorFamily> family(String key) {
        for (ErrorFamily family : ErrorFamily.values()) {
            if (family.name().equalsIgnoreCase(key)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /**
     * The codes a rule key may name, ascending: every code checked offline, every lookup code some
     * request's rule asks (answered with a data folder or an {@link OfferLookup}), and the codes of a
     * batch checked against itself ({@link BatchCheck}). No rule of the library reports the others, so a
     * level for them would change nothing.
     */
    public static SortedSet<Integer> codes() {
        return Codes.SETTABLE;
    }

    /** Made when first asked for: it reads every request's catalog. */
    private static final class Codes {
        static final SortedSet<Integer> SETTABLE;

        static {
            SortedSet<Integer> codes = new TreeSet<>();
            for (ErrorCode code : ErrorCode.all()) {
                if (code.check() == CheckKind.OFFLINE) {
                    codes.add(code.number());
                }
            }
            for (Request request : Request.values()) {
                codes.addAll(request.catalog().reported());
            }
            codes.addAll(BatchCheck.codes());
            SETTABLE = Collections.unmodifiableSortedSet(codes);
        }
    }

    /**
     * Checks a rule key: a code some rule reports ({@link #codes()}), a house code ({@code ACME-1},
     * {@link ErrorCode#HOUSE_CODE_FORM}), or an error family's name. Whether a house rule has the house
     * code is known only beside the house rules: {@link OfferValidator.Builder#build()} checks it.
     *
     * @return the key as the settings keep it (a family in lower case, a house code in upper case)
     * @throws IllegalArgumentException saying what is wrong, with a suggestion ("did you mean 6820?")
     */
    public static String ruleKey(String key) {
        String k = Objects.requireNonNull(key, "key").strip();
        Optional<ErrorFamily> family = family(k);
        if (family.isPresent()) {
            return family.get().name().toLowerCase(Locale.ROOT);
        }
        if (HOUSE_CODE.matcher(k.toUpperCase(Locale.ROOT)).matches()) {
            // in any case, as families: Spring Boot's relaxed binding may hand a property's key in lower case
            return k.toUpperCase(Locale.ROOT);
        }
        if (!k.isEmpty() && k.chars().allMatch(c -> c >= '0' && c <= '9') && k.length() <= 6) {
            Optional<ErrorCode> code = ErrorCode.find(Integer.parseInt(k));
            if (code.isEmpty()) {
                List<String> settable = new ArrayList<>();
                for (int c : codes()) {
                    settable.add(String.valueOf(c));
                }
                throw new IllegalArgumentException("no error code " + k + " in the catalog" + Nearest.didYouMean(k, settable)
                        + " (offer-lint codes lists them)");
            }
            if (!codes().contains(code.get().number())) {
                throw new IllegalArgumentException(k + " (" + code.get().messageTemplate() + ") is "
                        + checkedBy(code.get().check()) + ", so no rule of offer-lint reports it; remove the key");
            }
            return k;
        }
        List<String> families = new ArrayList<>();
        for (ErrorFamily f : ErrorFamily.values()) {
            families.add(f.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("neither an error code, a house code (PREFIX-n, such as ACME-1) nor an "
                + "error family (" + String.join(", ", families) + ")" + Nearest.didYouMean(k.toLowerCase(Locale.ROOT),
                families));
    }

    private static String checkedBy(CheckKind kind) {
        return switch (kind) {
            case LOOKUP -> "a lookup no rule of offer-lint asks";
            case SERVER -> "not checked offline but only by the server";
            case TRANSPORT -> "not checked offline but by the HTTP call";
            case OFFLINE -> "checked offline";
        };
    }

    /**
     * The settings of one file (or of documents that are no file): a level per code, and what the
     * matching overrides say about the request, the mode and strict types (empty: not said).
     */
    public static final class Resolved {
        private final byte[] table;
        /** The levels of house codes by id, and of the house family (KEEP: none). */
        private final Map<String, Byte> house;
        private final byte houseFamily;
        private final Request request;
        private final ValidationMode mode;
        private final Boolean strictTypes;

        private Resolved(byte[] table, Map<String, Byte> house, byte houseFamily, Request request, ValidationMode mode,
                Boolean strictTypes) {
            this.table = table;
            this.house = house;
            this.houseFamily = houseFamily;
            this.request = request;
            this.mode = mode;
            this.strictTypes = strictTypes;
        }

        /** The request the matching overrides say the file holds. */
        public Optional<Request> request() {
            return Optional.ofNullable(request);
        }

        /** The mode the matching overrides say. */
        public Optional<ValidationMode> mode() {
            return Optional.ofNullable(mode);
        }

        /** Whether the matching overrides say numbers written as strings are reported. */
        public Optional<Boolean> strictTypes() {
            return Optional.ofNullable(strictTypes);
        }

        /** The level set for {@code code}; empty: the severity its rule reports. */
        public Optional<Level> level(ErrorCode code) {
            byte b = table == null ? KEEP : levelOf(code);
            return b == KEEP ? Optional.empty() : Optional.of(Level.values()[b - 1]);
        }

        private byte levelOf(ErrorCode code) {
            return code.isHouse() ? house.getOrDefault(code.id(), houseFamily) : table[slot(code.number())];
        }

        /** Whether no code's level is changed. */
        public boolean keepsLevels() {
            return table == null;
        }

        /**
         * {@code violations} at their levels: each at its code's severity, those turned off left out; a
         * reader's finding that an input holds no document stays as it is ({@link ReaderCodes#noDocument}).
         * Returns the same list when nothing changes.
         */
        public List<Violation> apply(List<Violation> violations) {
            if (table == null || violations.isEmpty()) {
                return violations;
            }
            List<Violation> out = null;
            for (int i = 0, n = violations.size(); i < n; i++) {
                Violation v = violations.get(i);
                // an input without a document had nothing checked: no level lets it pass (ReaderCodes.noDocument)
                byte b = ReaderCodes.isNoDocument(v) ? KEEP : levelOf(v.code());
                Violation w = b == KEEP ? v : b == 1 ? null : v.withSeverity(b == 2 ? Severity.WARNING : Severity.ERROR);
                if (w != v && out == null) {
                    out = new ArrayList<>(violations.subList(0, i));
                }
                if (out != null && w != null) {
                    out.add(w);
                }
            }
            return out == null ? violations : out;
        }
    }

    /**
     * Settings for the files some glob matches: levels by key as in {@link RuleSettings#rules()}, and
     * the request, mode and strict types of those files (null: not said).
     *
     * @param files       globs ({@code legacy/**}), relative to the settings' {@link RuleSettings#base()}
     * @param rules       levels by code or family
     * @param request     the request the files hold, or null
     * @param mode        the mode, or null
     * @param strictTypes whether numbers written as strings are reported, or null
     */
    public record FileOverride(List<String> files, Map<String, Level> rules, Request request, ValidationMode mode,
                           Boolean strictTypes) {

        /**
         * Checks and copies.
         *
         * @throws IllegalArgumentException for no glob, a glob that is not one, or a bad rule key
         */
        public FileOverride {
            files = List.copyOf(Objects.requireNonNull(files, "files"));
            if (files.isEmpty()) {
                throw new IllegalArgumentException("an override needs at least one glob in files");
            }
            for (String glob : files) {
                matcher(glob);
            }
            Map<String, Level> checked = new LinkedHashMap<>();
            Objects.requireNonNull(rules, "rules").forEach((key, level) ->
                    checked.put(ruleKey(key), Objects.requireNonNull(level, "level")));
            rules = Collections.unmodifiableMap(checked);
        }

        /** An override of the files {@code globs} match that changes nothing yet. */
        public static FileOverride files(String... globs) {
            return new FileOverride(List.of(globs), Map.of(), null, null, null);
        }

        /** This override with {@code key} at {@code level}. */
        public FileOverride rule(String key, Level level) {
            Map<String, Level> more = new LinkedHashMap<>(rules);
            more.put(key, level);
            return new FileOverride(files, more, request, mode, strictTypes);
        }

        /** This override saying that its files hold {@code request}. */
        public FileOverride request(Request request) {
            return new FileOverride(files, rules, request, mode, strictTypes);
        }

        /** This override with {@code mode}. */
        public FileOverride mode(ValidationMode mode) {
            return new FileOverride(files, rules, request, mode, strictTypes);
        }

        /** This override with strict types on or off. */
        public FileOverride strictTypes(boolean strictTypes) {
            return new FileOverride(files, rules, request, mode, strictTypes);
        }

        /**
         * Whether one of this override's globs matches {@code relative}, a path relative to the
         * configuration file's folder, in time linear in the glob and the path (offer-lint matches its
         * command line's globs with it too).
         */
        public boolean matches(Path relative) {
            String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
            for (String glob : files) {
                // not the JDK's matcher, which backtracks: a glob of many stars held the run for good (Glob
                // says why); on Windows, whose file names ignore case, both sides in lower case
                boolean windows = !relative.getFileSystem().getSeparator().equals("/");
                if (windows ? Glob.of(glob.toLowerCase(Locale.ROOT)).matches(path.toLowerCase(Locale.ROOT))
                        : Glob.of(glob).matches(path)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The matcher of a glob ({@code *} within a folder, {@code **} across folders, {@code ?},
         * {@code [abc]}, {@code {a,b}}).
         *
         * @throws IllegalArgumentException when it is no glob, saying where
         */
        static PathMatcher matcher(String glob) {
            if (Objects.requireNonNull(glob, "glob").isBlank()) {
                throw new IllegalArgumentException("an empty glob matches no file");
            }
            if (glob.startsWith("/")) {
                throw new IllegalArgumentException("a glob is relative to the configuration file's folder; "
                        + "did you mean " + glob.replaceFirst("^/+", "") + "?");
            }
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a glob: " + e.getDescription().replace("'", "") + " at character "
                        + (e.getIndex() + 1) + hint(glob), e);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a glob: " + e.getReason(), e);
            }
        }

        private static String hint(String glob) {
            long open = glob.chars().filter(c -> c == '[').count() - glob.chars().filter(c -> c == ']').count();
            long braces = glob.chars().filter(c -> c == '{').count() - glob.chars().filter(c -> c == '}').count();
            return open > 0 ? "; did you mean " + glob + "]?" : braces > 0 ? "; did you mean " + glob + "}?" : "";
        }
    }

    /** Builds {@link RuleSettings}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Level> rules = new LinkedHashMap<>();
        private final List<FileOverride> overrides = new ArrayList<>();
        private Path base;

        private Builder() {
        }

        /**
         * Sets {@code key}, a code some rule reports ({@code "6820"}), a house code ({@code "ACME-1"}) or an
         * error family ({@code "offer"}), to {@code level}.
         *
         * @throws IllegalArgumentException for another key, with a suggestion
         */
        public Builder rule(String key, Level level) {
            rules.put(ruleKey(key), Objects.requireNonNull(level, "level"));
            return this;
        }

        /** Adds an override after the others: it wins over them. */
        public Builder override(FileOverride override) {
            overrides.add(Objects.requireNonNull(override, "override"));
            return this;
        }

        /** The folder the globs are relative to: the configuration file's. */
        public Builder base(Path folder) {
            this.base = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
            return this;
        }

        /** The settings. */
        public RuleSettings build() {
            return new RuleSettings(this);
        }
    }
}
