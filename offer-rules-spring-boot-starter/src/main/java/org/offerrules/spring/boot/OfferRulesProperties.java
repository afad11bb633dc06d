package org.offerrules.spring.boot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.ValidationMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The {@code offer-rules.*} properties of the auto-configured {@code OfferValidator} and problem details. */
@ConfigurationProperties("offer-rules")
public class OfferRulesProperties {

    /** Whether offer-rules is auto-configured at all. */
    private boolean enabled = true;

    /** The mode of the endpoints and calls that do not choose one: create or update. */
    private ValidationMode mode = ValidationMode.CREATE;

    /** Whether validation stops at the first violation instead of reporting every one. */
    private boolean failFast;

    /** The language of the violations' messages, such as "en" or "de". */
    private Locale locale = Locale.ENGLISH;

    /**
     * Whether reading a request body runs the rules; false: reading fails only on binding problems
     * (wrong types, malformed JSON), and {@code @Valid} or {@code requireValid} check the rules.
     */
    private boolean validateOnRead = true;

    /** The base URI of the problem types; the error family's name ("offer", "request", ...) is appended. */
    private String problemTypeBase = ProblemDetails.TYPE_BASE;

    /**
     * The largest request body of an offer or another request that is read; a larger one is refused
     * (400, code 6055) before it is bound, so that a body of many megabytes costs no more than this.
     */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /**
     * The network's data folder ({@code NetworkData}): its files answer the lookups when the application
     * has no {@code OfferLookup} bean of its own; null (the default) for none.
     */
    private java.nio.file.Path data;

    /**
     * The network's data folder, or null.
     *
     * @return the folder the lookups are answered from, or null
     */
    public java.nio.file.Path getData() {
        return data;
    }

    /**
     * Sets the network's data folder ({@code offer-rules.data}).
     *
     * @param data the folder, or null for none
     */
    public void setData(java.nio.file.Path data) {
        this.data = data;
    }

    /**
     * The level of error codes or whole error families, as in .offer-lint.yaml's rules: off, warning or
     * error by code ("6820"), house code ("ACME-1") or family ("offer"). Quote off in YAML ('off'), which
     * YAML reads as false. The IDE's hints list the codes and families (RuleHintsTest writes them).
     */
    private Map<String, RuleSettings.Level> rules = new LinkedHashMap<>();

    /** Overrides for the files their globs match, as in .offer-lint.yaml (OfferValidator.forFile); a later one wins. */
    private List<FileOverride> overrides = new ArrayList<>();

    /**
     * A configuration file of offer-lint (.offer-lint.yaml) to take the rule settings from, in place of
     * offer-rules.rules and offer-rules.overrides.
     */
    private Path config;

    /** One entry of {@code offer-rules.overrides}: what changes for the files its globs match. */
    public static class FileOverride {

        /** The globs of the files, relative to the configuration's folder. */
        private List<String> files = new ArrayList<>();

        /** The level of codes or families for these files: off, warning or error. */
        private Map<String, RuleSettings.Level> rules = new LinkedHashMap<>();

        /** The request these files hold, by method name (setAdvertiser). */
        private String request;

        /** The mode of these files: create or update. */
        private ValidationMode mode;

        /** Whether numbers written as JSON strings are reported in these files. */
        private Boolean strictTypes;

        /** Used by Spring's binding. */
        public FileOverride() {
        }

        /** The globs. */
        public List<String> getFiles() {
            return files;
        }

        /** Sets the globs. */
        public void setFiles(List<String> files) {
            this.files = files;
        }

        /** The levels by code or family. */
        public Map<String, RuleSettings.Level> getRules() {
            return rules;
        }

        /** Sets the levels by code or family. */
        public void setRules(Map<String, RuleSettings.Level> rules) {
            this.rules = rules;
        }

        /** The request's method name, or null. */
        public String getRequest() {
            return request;
        }

        /** Sets the request's method name. */
        public void setRequest(String request) {
            this.request = request;
        }

        /** The mode, or null. */
        public ValidationMode getMode() {
            return mode;
        }

        /** Sets the mode. */
        public void setMode(ValidationMode mode) {
            this.mode = mode;
        }

        /** Whether numbers written as strings are reported, or null. */
        public Boolean getStrictTypes() {
            return strictTypes;
        }

        /** Sets whether numbers written as strings are reported. */
        public void setStrictTypes(Boolean strictTypes) {
            this.strictTypes = strictTypes;
        }

        RuleSettings.FileOverride toSettings() {
            Request named = request == null ? null : Request.ofMethod(request).orElseThrow(() ->
                    new IllegalArgumentException("offer-rules.overrides: unknown request " + request));
            return new RuleSettings.FileOverride(files, rules, named, mode, strictTypes);
        }
    }

    /**
     * The rule settings these properties say: {@link #getConfig() the file}'s, or the
     * {@link #getRules() rules} and {@link #getOverrides() overrides}.
     *
     * @throws IllegalStateException when both are given
     * @throws IllegalArgumentException for a bad key (an unknown code, a code no rule reports, a bad glob)
     */
    public RuleSettings ruleSettings() {
        if (config != null) {
            if (!rules.isEmpty() || !overrides.isEmpty()) {
                throw new IllegalStateException("offer-rules.config and offer-rules.rules or offer-rules.overrides "
                        + "exclude each other: put the rules in " + config);
            }
            return configFile().settings();
        }
        RuleSettings.Builder settings = RuleSettings.builder();
        rules.forEach(settings::rule);
        overrides.forEach(o -> settings.override(o.toSettings()));
        return settings.build();
    }

    /**
     * The file of {@code offer-rules.config}, read and checked (its house rules and data folder apply too);
     * null without one.
     */
    public org.offerrules.validation.config.ConfigFile configFile() {
        return config == null ? null : org.offerrules.validation.config.ConfigFile.load(config);
    }

    /** The levels by code or family; none by default. */
    public Map<String, RuleSettings.Level> getRules() {
        return rules;
    }

    /** Sets the levels by code or family. */
    public void setRules(Map<String, RuleSettings.Level> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The overrides; none by default. */
    public List<FileOverride> getOverrides() {
        return overrides;
    }

    /** Sets the overrides. */
    public void setOverrides(List<FileOverride> overrides) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /** The configuration file, or null. */
    public Path getConfig() {
        return config;
    }

    /** Sets the configuration file. */
    public void setConfig(Path config) {
        this.config = config;
    }

    /** The largest request body read; 1 MB by default. */
    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    /** Sets the largest request body read; positive. */
    public void setMaxBodySize(DataSize maxBodySize) {
        if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("offer-rules.max-body-size must be positive");
        }
        this.maxBodySize = maxBodySize;
    }

    /** Whether offer-rules is auto-configured at all; true by default. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Sets whether offer-rules is auto-configured. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The default mode; {@link ValidationMode#CREATE} by default. */
    public ValidationMode getMode() {
        return mode;
    }

    /** Sets the default mode. */
    public void setMode(ValidationMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Whether validation stops at the first violation; false by default. */
    public boolean isFailFast() {
        return failFast;
    }

    /** Sets whether validation stops at the first violation. */
    public void setFailFast(boolean failFast) {
        this.failFast = failFast;
    }

    /** The language of the messages; English by default. */
    public Locale getLocale() {
        return locale;
    }

    /** Sets the language of the messages. */
    public void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Whether reading a request body runs the rules; true by default. */
    public boolean isValidateOnRead() {
        return validateOnRead;
    }

    /** Sets whether reading a request body runs the rules. */
    public void setValidateOnRead(boolean validateOnRead) {
        this.validateOnRead = validateOnRead;
    }

    /** The base URI of the problem types; {@link ProblemDetails#TYPE_BASE} by default. */
    public String getProblemTypeBase() {
        return problemTypeBase;
    }

    /** Sets the base URI of the problem types. */
    public void setProblemTypeBase(String problemTypeBase) {
        this.problemTypeBase = Objects.requireNonNull(problemTypeBase, "problemTypeBase");
    }
}
