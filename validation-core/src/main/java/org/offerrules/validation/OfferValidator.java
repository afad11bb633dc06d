package org.offerrules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.groups.Default;

import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.internal.CompiledPlan;
import org.offerrules.validation.internal.HibernateEngine;
import org.offerrules.validation.internal.LookupRules;
import org.offerrules.validation.model.Offer;

/**
 * Validates offers against the network API's rules. Build one with {@link #create()} or
 * {@link #builder()}, keep it, and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * OfferValidator validator = OfferValidator.create();
 * ValidationReport report = validator.validate(offer);
 * for (Violation v : report.violations()) {
 *     log.warn("{} {} at {}", v.code().number(), v.message(), v.pointer());
 * }
 * }</pre>
 *
 * <p>The rules are the constraint annotations on the model records. By default they run through a
 * plan compiled from those annotations once (fast, allocation-free on valid offers); the
 * {@link Engine#HIBERNATE_VALIDATOR} engine runs the same rules through Hibernate Validator's own
 * traversal and reports the same violations.
 */
public final class OfferValidator {

    /**
     * How the constraint annotations are evaluated; both report the same violations.
     *
     * <p>Why there are two: the model's annotations are ordinary Jakarta constraints, so a service
     * that declares {@code @Valid Offer offer} on a Spring controller or a Jakarta REST resource has
     * them evaluated by its framework's Bean Validation provider (Hibernate Validator), not by this
     * class. {@link #HIBERNATE_VALIDATOR} runs exactly that path, so what users meet under framework
     * {@code @Valid} is the library's own second engine, tested like the first: the engine-agreement
     * tests validate the same offers with both engines and require the same codes at the same
     * pointers. {@link #COMPILED} is the fast path for calls to this class.
     */
    public enum Engine {
        /**
         * A plan compiled once from the annotations, calling the rules directly; fails when it is
         * built if a record carries a constraint it cannot run. The default.
         */
        COMPILED,
        /**
         * Hibernate Validator's traversal, configured without Expression Language: the answers a
         * framework's {@code @Valid} gives, for checking them or for records the plan does not support.
         */
        HIBERNATE_VALIDATOR
    }

    private static final Class<?>[] CREATE_GROUPS = {Default.class, Create.class};
    private static final Class<?>[] UPDATE_GROUPS = {Default.class, Update.class};

    private final ValidationMode mode;
    private final boolean failFast;
    private final OfferLookup lookup;
    private final Locale locale;
    private final Engine engine;
    private final CompiledPlan createPlan;
    private final CompiledPlan updatePlan;
    private final HibernateEngine hibernate;

    private OfferValidator(Builder builder) {
        this.mode = builder.mode;
        this.failFast = builder.failFast;
        this.lookup = builder.lookup;
        this.locale = builder.locale;
        this.engine = builder.engine;
        if (engine == Engine.COMPILED) {
            createPlan = CompiledPlan.compile(Offer.class, Set.of(CREATE_GROUPS));
            updatePlan = CompiledPlan.compile(Offer.class, Set.of(UPDATE_GROUPS));
            hibernate = null;
        } else {
            createPlan = null;
            updatePlan = null;
            hibernate = new HibernateEngine(failFast);
        }
    }

    /** A validator with the defaults: create mode, all violations, no lookups, English messages. */
    public static OfferValidator create() {
        return builder().build();
    }

    /** A builder for a validator with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates {@code offer} in this validator's mode. */
    public ValidationReport validate(Offer offer) {
        return validate(offer, mode);
    }

    /** Validates {@code offer} in {@code mode}. */
    public ValidationReport validate(Offer offer, ValidationMode mode) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(mode, "mode");
        List<Violation> violations;
        if (engine == Engine.COMPILED) {
            violations = (mode == ValidationMode.CREATE ? createPlan : updatePlan).validate(offer, failFast);
        } else {
            violations = hibernate.validate(offer, mode == ValidationMode.CREATE ? CREATE_GROUPS : UPDATE_GROUPS);
        }
        if (lookup != OfferLookup.NONE && !(failFast && !violations.isEmpty())) {
            violations = new ArrayList<>(violations);
            LookupRules.check(offer, lookup, violations);
        }
        return report(violations);
    }

    /**
     * Validates any request of {@link Request} (an {@link Offer}, a
     * {@link org.offerrules.validation.model.SetAdvertiser}, ...) in this validator's mode. Requests
     * without an update mode are checked the same in both modes.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public ValidationReport validate(Object request) {
        return validate(request, mode);
    }

    /**
     * Validates any request of {@link Request} in {@code mode}.
     *
     * @throws IllegalArgumentException if {@code request} is not the body of a {@link Request}
     */
    public ValidationReport validate(Object request, ValidationMode mode) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(mode, "mode");
        if (request instanceof Offer offer) {
            return validate(offer, mode);
        }
        Class<?> type = Request.of(request.getClass()).type();
        Class<?>[] groups = mode == ValidationMode.CREATE ? CREATE_GROUPS : UPDATE_GROUPS;
        return report(engine == Engine.COMPILED
                ? CompiledPlan.compile(type, Set.of(groups)).validate(request, failFast)
                : hibernate.validate(request, groups));
    }

    private ValidationReport report(List<Violation> violations) {
        if (violations.isEmpty()) {
            return ValidationReport.empty();
        }
        if (!isEnglish(locale)) {
            List<Violation> localized = new ArrayList<>(violations.size());
            for (Violation v : violations) {
                localized.add(v.withMessage(v.code().message(v.arguments(), locale)));
            }
            violations = localized;
        }
        return ValidationReport.of(violations);
    }

    /**
     * Validates {@code offer} in this validator's mode and returns it when it has no error.
     *
     * @throws OfferValidationException carrying the whole report when it has errors
     */
    public Offer requireValid(Offer offer) {
        return requireValid(offer, mode);
    }

    /**
     * Validates {@code offer} in {@code mode} and returns it when it has no error.
     *
     * @throws OfferValidationException carrying the whole report when it has errors
     */
    public Offer requireValid(Offer offer, ValidationMode mode) {
        ValidationReport report = validate(offer, mode);
        if (!report.isValid()) {
            throw new OfferValidationException(report);
        }
        return offer;
    }

    /** The mode {@link #validate(Offer)} uses. */
    public ValidationMode mode() {
        return mode;
    }

    private static boolean isEnglish(Locale locale) {
        return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
    }

    /** Options of an {@link OfferValidator}; not thread-safe. */
    public static final class Builder {
        private ValidationMode mode = ValidationMode.CREATE;
        private boolean failFast;
        private OfferLookup lookup = OfferLookup.NONE;
        private Locale locale = Locale.ENGLISH;
        private Engine engine = Engine.COMPILED;

        private Builder() {
        }

        /** The mode {@link OfferValidator#validate(Offer)} uses; {@link ValidationMode#CREATE} by default. */
        public Builder mode(ValidationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Stop at the first violation found (which one is unspecified); off by default. */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /** Answers existence questions (6307, 6366, 6367, 6381, 6216, 6387); none by default. */
        public Builder lookup(OfferLookup lookup) {
            this.lookup = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * The language of the messages, read from the resource bundle
         * {@code org.offerrules.validation.messages}; English by default.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * How the rules are evaluated; {@link Engine#COMPILED} by default. Choose
         * {@link Engine#HIBERNATE_VALIDATOR} to get what a framework's {@code @Valid} reports (see {@link Engine}).
         */
        public Builder engine(Engine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** The validator. Building compiles the rules: keep the result and share it. */
        public OfferValidator build() {
            return new OfferValidator(this);
        }
    }
}
