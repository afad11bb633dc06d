package org.offerrules.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.groups.Default;

import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Merge;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.internal.CompiledPlan;
import org.offerrules.validation.internal.HibernateEngine;
import org.offerrules.validation.internal.Lookup;
import org.offerrules.validation.internal.UpdateTargets;
import org.offerrules.validation.internal.Updates;
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
    /** An update merged into its current object: update mode, and the presence rules the merge decides. */
    private static final Class<?>[] MERGE_GROUPS = {Default.class, Update.class, Merge.class};

    /**
     * A request body's row and its compiled plans, by {@link ValidationMode#ordinal()} and for a merge
     * ({@link #MERGE_GROUPS}): looked up once per
     * type, not per call, since building the group set and finding the plan in the shared map is a visible
     * part of validating a small request. Getting it for a type that is no request's body throws.
     */
    private record Body(Class<?> type, Request request, CompiledPlan[] plans, CompiledPlan merge, Updates.Field id) {
    }

    private static final ClassValue<Body> BODIES = new ClassValue<>() {
        @Override
        protected Body computeValue(Class<?> type) {
            Request request = Request.of(type);
            CompiledPlan[] plans = new CompiledPlan[ValidationMode.values().length];
            plans[ValidationMode.CREATE.ordinal()] = CompiledPlan.compile(type, Set.of(CREATE_GROUPS));
            plans[ValidationMode.UPDATE.ordinal()] = CompiledPlan.compile(type, Set.of(UPDATE_GROUPS));
            boolean updatable = request.hasUpdateMode();
            return new Body(type, request, plans, updatable ? CompiledPlan.compile(type, Set.of(MERGE_GROUPS)) : null,
                    updatable ? Updates.field(type, "id") : null);
        }
    };

    private final ValidationMode mode;
    private final boolean failFast;
    private final OfferLookup lookup;
    /** The questions a data folder answers (the others answer "exists"); null for any other lookup. */
    private final java.util.Set<org.offerrules.validation.internal.Question> answered;
    private final Locale locale;
    private final Engine engine;
    /** The current objects of each request's updates, by {@link Request#ordinal()}; null: none. */
    private final Function<Object, ?>[] currents;
    private final Clock clock;
    private final HibernateEngine hibernate;
    /** The house rules in registration order, and by {@link Request#ordinal()}: empty arrays when none. */
    private final List<HouseRule> houseRules;
    private final HouseRule[][] houseRulesOf;
    private final RuleSettings settings;
    /** The levels this validator reports at: the settings' top level, or one file's. */
    private final RuleSettings.Resolved levels;
    /** The validators of {@link #forFile}, one per resolved settings. */
    private final Map<RuleSettings.Resolved, OfferValidator> byFile;
    /** The validator as built, whose {@link #forFile} validators this one and its siblings are. */
    private final OfferValidator root;
    /**
     * The body this validator looked up last: most callers validate one request type, and the
     * {@link #BODIES} lookup is a visible part of validating a small request. Written racily, which is
     * safe: a body is immutable and any body found is right for its type.
     */
    private Body lastBody;

    @SuppressWarnings("unchecked")
    private OfferValidator(Builder builder) {
        this.mode = builder.mode;
        this.failFast = builder.failFast;
        this.lookup = builder.lookup;
        this.answered = builder.lookup instanceof NetworkData data ? data.answered() : null;
        this.locale = builder.locale;
        this.engine = builder.engine;
        this.clock = builder.clock;
        this.currents = new Function[Request.values().length];
        for (Request request : Request.values()) {
            if (request.hasUpdateMode()) {
                currents[request.ordinal()] = builder.currentRequests;
            }
        }
        // currentRequests serves the other requests; the offers' current objects are currentOffers', by id
        Function<Integer, Offer> byId = builder.currentOffers;
        currents[Request.SET_OFFER.ordinal()] = byId == null ? null : update -> byId.apply(((Offer) update).id());
        builder.current.forEach((request, currentOf) -> currents[request.ordinal()] = currentOf);
        hibernate = engine == Engine.COMPILED ? null : new HibernateEngine(failFast, clock);
        houseRules = List.copyOf(builder.houseRules);
        houseRulesOf = new HouseRule[Request.values().length][];
        for (Request request : Request.values()) {
            houseRulesOf[request.ordinal()] = houseRules.stream().filter(r -> r.request() == request)
                    .toArray(HouseRule[]::new);
        }
        this.settings = builder.settings;
        this.levels = settings.resolved();
        this.byFile = new java.util.concurrent.ConcurrentHashMap<>();
        this.root = this;
    }

    /** {@code base} for the files {@code levels} are resolved for: its options, their levels and mode. */
    private OfferValidator(OfferValidator base, RuleSettings.Resolved levels) {
        this.mode = levels.mode().orElse(base.mode);
        this.failFast = base.failFast;
        this.lookup = base.lookup;
        this.answered = base.answered;
        this.locale = base.locale;
        this.engine = base.engine;
        this.clock = base.clock;
        this.currents = base.currents;
        this.hibernate = base.hibernate;
        this.houseRules = base.houseRules;
        this.houseRulesOf = base.houseRulesOf;
        this.settings = base.settings;
        this.levels = levels;
        this.byFile = base.byFile;
        this.root = base;
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

    /**
     * Validates {@code offer} in {@code mode}. In update mode, with {@linkplain Builder#currentOffers current
     * offers}, an offer with an {@code id} is checked against the current offer of that id, as
     * {@link #validateUpdate} does.
     */
    public ValidationReport validate(Offer offer, ValidationMode mode) {
        return validate((Object) Objects.requireNonNull(offer, "offer"), mode);
    }

    /**
     * Validates an update of {@code current}, the offer as the API holds it now (brief 1.9): the rules
     * of update mode hold on the merge, where a field the update leaves out takes the current value, and
     * so do the presence rules that depend on another field (the {@link Merge} group: the caps when
     * {@code has_cap_limit} is 1, the percent of a {@code CPS} payout, the redirect when {@code geo_enforce}
     * is 1, ...), since the merge has the stored values they depend on.
     * Every wire field merges alone, so a flattened group (caps, GEO, device, payout, revenue, tiers)
     * merges field by field; a list ({@code geo_countries}, {@code device_rules}, {@code events},
     * {@code tier_payout}) replaces the current list whole; {@code id} is the update's. A value cannot
     * be removed by an update: absent (null) means "unchanged", as on the wire.
     *
     * <p>Each violation of the merge is reported where the update can fix it:
     * <ul>
     *   <li>at its own pointer when that is {@code id}, a field the update carries, or the whole document;
     *   <li>at the update's field that took part when the merge caused it at a field the update leaves
     *       out: {@code cap_interval_limit} 500 against the current {@code cap_overall_limit} 300 is 6399
     *       at {@code /cap_interval_limit}, where a whole offer has it at {@code /cap_overall_limit}.
     *       The field that took part is the update's first (in declaration order) without which the
     *       merge has no such violation, else the first that alone brings it, else the update's first;
     *   <li>as a {@link Severity#WARNING} at its own pointer when the current offer already has it
     *       (the same code at the same pointer) at a field the update leaves out: not the update's
     *       problem, though the API would still reject the merge.
     * </ul>
     * An update without {@code id} is 6301 at {@code /id}, as in update mode. With an {@link OfferLookup},
     * an update whose {@code id} the lookup does not know ({@code offerExists}) is 6304 at {@code /id}.
     *
     * @param current the current offer; null when there is none with the update's id: then the update
     *                is validated alone in update mode, and an otherwise valid {@code id} is 6304
     * @param update  the update
     * @throws IllegalArgumentException when both have an {@code id} and they differ: the wrong current offer
     */
    public ValidationReport validateUpdate(Offer current, Offer update) {
        return validateUpdate((Object) current, (Object) update);
    }

    /**
     * The offer {@code update} makes of {@code current}, as {@link #validateUpdate} checks it: each field
     * the update carries replaces the current one (a list whole, a flattened group field by field);
     * {@code id} is the update's.
     */
    public static Offer merge(Offer current, Offer update) {
        return Updates.merge(Objects.requireNonNull(current, "current"), Objects.requireNonNull(update, "update"));
    }

    /**
     * The request {@code update} makes of {@code current}, for any request with an update mode
     * ({@link Request#hasUpdateMode()}), as {@link #validateUpdate(Object, Object)} checks it: each field
     * the update carries replaces the current one, a list ({@code post_back_urls}) whole; {@code id} is
     * the update's.
     *
     * @throws IllegalArgumentException if {@code update} is not the body of a request with an update
     *     mode, or {@code current} is of another type
     */
    public static <T extends Record> T merge(T current, T update) {
        requireUpdatable(Objects.requireNonNull(update, "update"));
        if (Objects.requireNonNull(current, "current").getClass() != update.getClass()) {
            throw new IllegalArgumentException("cannot merge a " + update.getClass().getSimpleName() + " into a "
                    + current.getClass().getSimpleName());
        }
        return Updates.merge(current, update);
    }

    /**
     * Validates an update of any request with an update mode ({@link Request#hasUpdateMode()}:
     * {@code setOffer}, {@code setAdvertiser}, {@code setAffiliateBaseInfo}, {@code setAffiliatePostback})
     * against {@code current}, the object as the API holds it now, with the semantics of
     * {@link #validateUpdate(Offer, Offer)}: the update-mode and {@link Merge} rules hold on the merge, each
     * violation is reported at the update's field that can fix it, the current object's own problems are
     * warnings.
     * What the update names must exist: with no current advertiser ({@code current} null) an
     * otherwise valid {@code id} is 6105, with no current affiliate 6204; a {@code post_back_id} the
     * current postback setting (null: none) does not have is 6229 at its
     * {@code /post_back_urls/{i}/post_back_id}.
     *
     * @param current the current object of the update's type; null when there is none
     * @param update  the update
     * @throws IllegalArgumentException when {@code update} is no request with an update mode, or
     *     {@code current} is not its current object: another type, another {@code id} (or, for a
     *     postback setting, another {@code offer_id})
     */
    public ValidationReport validateUpdate(Object current, Object update) {
        Body body = body(Objects.requireNonNull(update, "update").getClass());
        UpdateTargets<Object> targets = body.request().updates();
        if (targets == null) {
            throw new IllegalArgumentException(body.request().method() + " has no update mode");
        }
        List<Violation> violations;
        if (current == null) {
            violations = check(body, update, ValidationMode.UPDATE, false);
        } else {
            targets.requireSameObject(current, update);
            violations = check(body, Updates.merge(current, update), ValidationMode.UPDATE, true);
            if (!violations.isEmpty()) {
                violations = Updates.place(current, update, violations, o -> check(body, o, ValidationMode.UPDATE, true));
            }
        }
        return report(targets.check(current, update, failFast, violations));
    }

    private static void requireUpdatable(Object update) {
        Request request = Request.of(update.getClass());
        if (!request.hasUpdateMode()) {
            throw new IllegalArgumentException(request.method() + " has no update mode");
        }
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
        Body body = body(request.getClass());
        Function<Object, ?> current = mode == ValidationMode.UPDATE ? currents[body.request().ordinal()] : null;
        if (current != null && body.id().get(request) != null) {
            return validateUpdate(current.apply(request), request);
        }
        return report(check(body, request, mode, false));
    }

    private Body body(Class<?> type) {
        Body last = lastBody;
        if (last == null || last.type() != type) {
            last = BODIES.get(type);
            lastBody = last;
        }
        return last;
    }

    /**
     * The rules' and the lookups' violations of {@code request}, in English; {@code merged}: it is an update
     * merged into its current object (update mode with the {@link Merge} group).
     */
    private List<Violation> check(Body body, Object request, ValidationMode mode, boolean merged) {
        List<Violation> violations = engine == Engine.COMPILED
                ? (merged ? body.merge() : body.plans()[mode.ordinal()]).validate(request, failFast, clock)
                : hibernate.validate(request, merged ? MERGE_GROUPS
                        : mode == ValidationMode.CREATE ? CREATE_GROUPS : UPDATE_GROUPS);
        List<Lookup<Object>> lookups = body.request().lookups();
        if (lookup != OfferLookup.NONE && !lookups.isEmpty() && !(failFast && !violations.isEmpty())) {
            violations = new ArrayList<>(violations);
            for (int i = 0; i < lookups.size(); i++) {
                // a data folder without the question's file answers "exists": the lookup need not read its ids
                if (answered == null || answered.contains(lookups.get(i).question())) {
                    lookups.get(i).check(request, mode, lookup, violations);
                }
            }
        }
        HouseRule[] house = houseRulesOf[body.request().ordinal()];
        if (house.length != 0 && !(failFast && !violations.isEmpty())) {
            violations = HouseRule.run(house, request, mode, failFast, violations);
        }
        return violations;
    }

    private ValidationReport report(List<Violation> violations) {
        violations = levels.apply(violations);
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

    /** The house rules this validator runs, in the order they were registered; empty by default. */
    public List<HouseRule> houseRules() {
        return houseRules;
    }

    /** The rule settings this validator was built with ({@link RuleSettings#none()} by default). */
    public RuleSettings settings() {
        return settings;
    }

    /**
     * The settings this validator reports at: the top-level rules, or, for a validator of
     * {@link #forFile}, that file's.
     */
    public RuleSettings.Resolved resolvedSettings() {
        return levels;
    }

    /**
     * This validator for the documents of {@code file}: with the levels and the mode of the
     * {@linkplain RuleSettings#resolve(Path) overrides that match it} (the request and strict types
     * they say are the reader's). Files that match the same overrides share one validator, made when
     * first asked for; a validator without overrides is its own.
     *
     * @param file the file, absolute or relative to the settings' base folder
     */
    public OfferValidator forFile(java.nio.file.Path file) {
        RuleSettings.Resolved resolved = settings.resolve(Objects.requireNonNull(file, "file"));
        if (resolved == levels) {
            return this;
        }
        return resolved == root.levels ? root : byFile.computeIfAbsent(resolved, r -> new OfferValidator(root, r));
    }

    /**
     * {@code violations} found outside this validator (by a reader: an unknown field, malformed JSON)
     * at this validator's levels: each at its code's configured severity, those turned off left out.
     * What the validator reports itself is already at its levels.
     */
    public List<Violation> applySettings(List<Violation> violations) {
        return levels.apply(Objects.requireNonNull(violations, "violations"));
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
        private Function<Integer, Offer> currentOffers;
        private Function<Object, ?> currentRequests;
        private final Map<Request, Function<Object, ?>> current = new EnumMap<>(Request.class);
        private Clock clock = Clock.systemUTC();
        private final List<HouseRule> houseRules = new ArrayList<>();
        private RuleSettings settings = RuleSettings.none();

        private Builder() {
        }

        /**
         * The rule settings: levels by code or family, overrides by glob ({@code .offer-lint.yaml}, loaded
         * with the {@code validation-config} module's {@code ConfigFile.load}). Resolved when the
         * validator is built: {@link OfferValidator#validate(Object) validate} reports at the top-level
         * levels, the validator of {@link OfferValidator#forFile forFile} at a file's. None by default.
         */
        public Builder settings(RuleSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
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

        /**
         * Answers existence questions of every request: the offer's (6307, 6366, 6367, 6381, 6216,
         * 6387, and 6304 for an update's {@code id}) and the other requests' ({@link OfferLookup} lists
         * them); none by default.
         */
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

        /**
         * The current offers by {@code id}, for checking updates against them: in update mode,
         * {@link OfferValidator#validate(Offer, ValidationMode) validate} runs
         * {@link OfferValidator#validateUpdate validateUpdate} with the current offer of the update's
         * {@code id}, and an {@code id} for which {@code byId} answers null is 6304 at {@code /id}. An
         * update without {@code id} is validated alone (6301). None by default. {@code byId} must be
         * thread-safe when the validator is shared.
         */
        public Builder currentOffers(Function<Integer, Offer> byId) {
            this.currentOffers = Objects.requireNonNull(byId, "byId");
            return this;
        }

        /**
         * The current objects of updates of the other requests with an update mode
         * ({@code setAdvertiser}, {@code setAffiliateBaseInfo}, {@code setAffiliatePostback}; the offers'
         * are {@link #currentOffers}'): in update mode, {@link OfferValidator#validate(Object, ValidationMode) validate} runs
         * {@link OfferValidator#validateUpdate(Object, Object) validateUpdate} with
         * {@code currentOf.apply(update)} for an update with an {@code id}; null answers "none" (6105,
         * 6204, or 6229 per {@code post_back_id}). None by default. None by default. {@code currentOf} must be
         * thread-safe when the validator is shared.
         */
        public Builder currentRequests(Function<Object, ?> currentOf) {
            this.currentRequests = Objects.requireNonNull(currentOf, "currentOf");
            return this;
        }

        /**
         * The current objects of updates of {@code request}, which has an update mode, for any request
         * the same way (and in place of {@link #currentOffers} or {@link #currentRequests} for it): in
         * update mode, {@link OfferValidator#validate(Object, ValidationMode) validate} runs
         * {@link OfferValidator#validateUpdate(Object, Object) validateUpdate} with
         * {@code currentOf.apply(update)} for an update with an {@code id}; null answers "none" (the
         * request's code for an unknown object: 6304, 6105, 6204, or 6229 per {@code post_back_id}).
         * {@link Request#keyOf(Object)} gives the key an update names its current object by.
         * {@code currentOf} must be thread-safe when the validator is shared.
         *
         * @throws IllegalArgumentException when {@code request} has no update mode
         */
        public Builder current(Request request, Function<Object, ?> currentOf) {
            if (!Objects.requireNonNull(request, "request").hasUpdateMode()) {
                throw new IllegalArgumentException(request.method() + " has no update mode");
            }
            current.put(request, Objects.requireNonNull(currentOf, "currentOf"));
            return this;
        }

        /**
         * The clock the rules about the current time read (6481: a {@code getConversions} window must
         * end 5 seconds before now); the system clock (UTC) by default. A fixed clock makes those
         * results repeatable.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a team's own rules ({@link HouseRule}), each run on the requests of its {@link HouseRule#request()}
         * after the API's rules, by both engines; their findings carry their house codes ({@code ACME-1}) and
         * severities. None by default. A house code is one rule: {@link #build()} fails when two rules share one.
         */
        public Builder houseRules(Collection<? extends HouseRule> rules) {
            for (HouseRule rule : rules) {
                houseRules.add(Objects.requireNonNull(rule, "rule"));
            }
            return this;
        }

        /** Adds house rules: see {@link #houseRules(Collection)}. */
        public Builder houseRules(HouseRule... rules) {
            return houseRules(List.of(rules));
        }

        /**
         * The validator. Building compiles the rules: keep the result and share it.
         *
         * @throws IllegalArgumentException when two house rules have the same code, or when the settings
         *         name a house code no house rule has
         */
        public OfferValidator build() {
            Set<ErrorCode> codes = new HashSet<>();
            for (HouseRule rule : houseRules) {
                if (!codes.add(rule.code())) {
                    throw new IllegalArgumentException("house code " + rule.code().id() + " is defined twice: a code "
                            + "is one rule");
                }
            }
            for (String code : settings.houseCodes()) {
                RuleSettings.houseCodeProblem(code, houseRules).ifPresent(problem -> {
                    throw new IllegalArgumentException("rules: " + code + ": " + problem);
                });
            }
            return new OfferValidator(this);
        }
    }
}
