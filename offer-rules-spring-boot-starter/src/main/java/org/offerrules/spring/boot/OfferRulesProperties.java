package org.offerrules.spring.boot;

import java.util.Locale;
import java.util.Objects;

import org.offerrules.validation.ProblemDetails;
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
