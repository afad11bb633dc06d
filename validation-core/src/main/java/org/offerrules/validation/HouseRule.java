package org.offerrules.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.offerrules.validation.internal.Updates;
import org.offerrules.validation.spi.Nearest;

/**
 * A team's own rule on top of the API's: its {@linkplain ErrorCode#house house code} ({@code ACME-1}), its
 * message, its severity and the request it checks. Register rules with
 * {@link OfferValidator.Builder#houseRules(Collection)}; both engines run them after the API's rules and report
 * their findings as {@link Violation}s like any other: the code, a JSON Pointer in wire names, the filled
 * message, the severity, and the line and column when the request was read from a document.
 *
 * <p>Declarative rules name fields by their wire names, checked when the rule is made:
 * <pre>{@code
 * HouseRule noLoss = HouseRule.define("ACME-1", "payout must not exceed revenue")
 *         .on(Request.SET_OFFER)
 *         .compare("payout", "<=", "revenue");
 * }</pre>
 * A rule in Java checks the request's record and reports at pointers of its own:
 * <pre>{@code
 * HouseRule https = HouseRule.define("ACME-2", "the preview URL must use https")
 *         .severity(Severity.WARNING)
 *         .check(Offer.class, (offer, reporter) -> { ... reporter.report("/preview_url", offer.previewUrl()); });
 * }</pre>
 * A rule is immutable and its check must be thread-safe: a validator is shared.
 */
public final class HouseRule {

    /** Where a house rule reports what it finds. */
    public interface Reporter {

        /** The mode the request is validated in: a rule about presence usually holds in create mode only. */
        ValidationMode mode();

        /**
         * Reports a finding of the rule's code.
         *
         * @param pointer   the JSON Pointer of the offending value in wire names ({@code /preview_url}); {@code ""}
         *                  is the whole document
         * @param rejected  the offending value; may be null
         * @param arguments the values of the message's {@code {name}} placeholders
         */
        void report(String pointer, Object rejected, Map<String, ?> arguments);

        /** Reports a finding without message arguments. */
        default void report(String pointer, Object rejected) {
            report(pointer, rejected, Map.of());
        }
    }

    /**
     * The check of a rule written in Java.
     *
     * @param <T> the request's record, e.g. {@code Offer}
     */
    @FunctionalInterface
    public interface Check<T> {
        /** Checks {@code request} (never null) and reports each finding. */
        void check(T request, Reporter reporter);
    }

    /** The operators of {@link Definition#compare}. */
    public enum Op {
        /** {@code <} */
        LT("<"),
        /** {@code <=} */
        LE("<="),
        /** {@code >} */
        GT(">"),
        /** {@code >=} */
        GE(">="),
        /** {@code ==} */
        EQ("=="),
        /** {@code !=} */
        NE("!=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written: {@code <=}. */
        public String symbol() {
            return symbol;
        }

        /** The operator written {@code symbol}, or empty. */
        public static Optional<Op> of(String symbol) {
            return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
        }

        /** The operators as written, for messages. */
        public static List<String> symbols() {
            return Arrays.stream(values()).map(Op::symbol).toList();
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
            };
        }
    }

    private final ErrorCode code;
    private final Request request;
    private final Severity severity;
    private final String sentence;
    private final String pointer;
    private final Check<Object> check;

    private HouseRule(Definition definition, String sentence, String pointer, Check<Object> check) {
        this.code = definition.code;
        this.request = definition.request;
        this.severity = definition.severity;
        this.sentence = definition.sentence != null ? definition.sentence : sentence;
        this.pointer = pointer;
        this.check = check;
    }

    /**
     * Starts a rule with its code and message; the request is {@code setOffer} and the severity
     * {@link Severity#ERROR} unless the definition says otherwise.
     *
     * @param code    the house code, {@code PREFIX-n} ({@link ErrorCode#HOUSE_CODE_FORM})
     * @param message the message, with {@code {name}} placeholders: the declarative rules fill {@code {field}} and
     *                {@code {value}}, and {@code compare} fills {@code {left}}, {@code {right}},
     *                {@code {left_value}} and {@code {right_value}}
     * @throws IllegalArgumentException when the code is not a house code
     */
    public static Definition define(String code, String message) {
        return new Definition(ErrorCode.house(code, message), Request.SET_OFFER, Severity.ERROR, null);
    }

    /** The rule's house code. */
    public ErrorCode code() {
        return code;
    }

    /** The request the rule checks. */
    public Request request() {
        return request;
    }

    /** The severity of its findings. */
    public Severity severity() {
        return severity;
    }

    /**
     * The rule in one sentence, for {@code explain} and SARIF: made from a declarative rule
     * ({@code `payout` <= `revenue`}), else the message, unless {@link Definition#describedAs} says it.
     */
    public String sentence() {
        return sentence;
    }

    /** The JSON Pointer a declarative rule reports at ({@code /payout}); {@code ""} for a rule in Java. */
    public String pointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return code.id() + " (" + request.method() + "): " + sentence;
    }

    /**
     * Runs {@code rules}, the house rules of {@code request}'s type, after the API's rules found
     * {@code violations}; returns the list with their findings added (a copy when there are any). With
     * {@code failFast}, stops at the first finding.
     */
    static List<Violation> run(HouseRule[] rules, Object request, ValidationMode mode, boolean failFast,
                               List<Violation> violations) {
        Findings findings = new Findings(mode, violations);
        for (HouseRule rule : rules) {
            if (failFast && !findings.violations.isEmpty()) {
                break;
            }
            findings.rule = rule;
            rule.check.check(request, findings);
        }
        return findings.violations;
    }

    /** The one reporter of a validation: copies the engine's list only when a rule reports. */
    private static final class Findings implements Reporter {
        private final ValidationMode mode;
        private List<Violation> violations;
        private boolean copied;
        private HouseRule rule;

        Findings(ValidationMode mode, List<Violation> violations) {
            this.mode = mode;
            this.violations = violations;
        }

        @Override
        public ValidationMode mode() {
            return mode;
        }

        @Override
        public void report(String pointer, Object rejected, Map<String, ?> arguments) {
            Objects.requireNonNull(pointer, "pointer");
            if (!copied) {
                violations = new ArrayList<>(violations);
                copied = true;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> args = arguments == null ? Map.of() : (Map<String, Object>) arguments;
            violations.add(new Violation(rule.code, pointer, rule.code.message(args), rule.severity, rejected,
                    args, 0, 0));
        }
    }

    /**
     * A house rule being defined: its code and message, request, severity and sentence; it ends with what the
     * rule checks. Immutable: each method returns a new definition.
     */
    public static final class Definition {
        private final ErrorCode code;
        private final Request request;
        private final Severity severity;
        private final String sentence;

        private Definition(ErrorCode code, Request request, Severity severity, String sentence) {
            this.code = code;
            this.request = request;
            this.severity = severity;
            this.sentence = sentence;
        }

        /** The request the rule checks; {@code setOffer} by default. */
        public Definition on(Request request) {
            return new Definition(code, Objects.requireNonNull(request, "request"), severity, sentence);
        }

        /** The severity of its findings; {@link Severity#ERROR} by default. */
        public Definition severity(Severity severity) {
            return new Definition(code, request, Objects.requireNonNull(severity, "severity"), sentence);
        }

        /** The rule in one sentence, for {@code explain} and SARIF, in place of the one made for it. */
        public Definition describedAs(String sentence) {
            return new Definition(code, request, severity, Objects.requireNonNull(sentence, "sentence"));
        }

        /**
         * In create mode, {@code field} is present: not absent, null, an empty string or an empty list (in update
         * mode an absent field keeps its value, so nothing is required).
         */
        public HouseRule required(String field) {
            Updates.Field f = field(field);
            String pointer = "/" + field;
            return new HouseRule(this, "`" + field + "` is present (in create mode).", pointer, (body, out) -> {
                if (out.mode() == ValidationMode.CREATE && isEmpty(f.get(body))) {
                    out.report(pointer, null, Map.of("field", field));
                }
            });
        }

        /**
         * {@code field}, when present, is one of {@code values} (each item of a list field is, reported at its
         * index). Numbers are compared by value: {@code "2"} names 2 and 2.0.
         */
        public HouseRule oneOf(String field, Collection<String> values) {
            Updates.Field f = field(field);
            if (values.isEmpty()) {
                throw new IllegalArgumentException(code.id() + ": one-of needs at least one value");
            }
            boolean numeric = isNumber(f);
            Set<String> allowed = new LinkedHashSet<>();
            for (String v : values) {
                allowed.add(numeric ? number(v) : Objects.requireNonNull(v, "value"));
            }
            return eachValue(field, f, "`" + field + "` is one of " + String.join(", ", allowed) + ".",
                    value -> allowed.contains(text(value)));
        }

        /** {@code field}, when present, matches the regular expression {@code regex} whole (each item of a list). */
        public HouseRule pattern(String field, String regex) {
            Updates.Field f = field(field);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(code.id() + ": the pattern " + regex + " is not a regular "
                        + "expression: " + e.getDescription(), e);
            }
            return eachValue(field, f, "`" + field + "` matches `" + regex + "`.",
                    value -> pattern.matcher(text(value)).matches());
        }

        /**
         * {@code field}, when present, has {@code min} to {@code max} characters (a list: items), both inclusive;
         * a negative bound is no bound. Characters are code points, as the built-in lengths count them.
         */
        public HouseRule length(String field, int min, int max) {
            Updates.Field f = field(field);
            if (min < 0 && max < 0 || max >= 0 && min > max) {
                throw new IllegalArgumentException(code.id() + ": length needs a min, a max, or min <= max");
            }
            String pointer = "/" + field;
            String bounds = min < 0 ? "at most " + max : max < 0 ? "at least " + min : min + " to " + max;
            return new HouseRule(this, "`" + field + "` has " + bounds + " characters (a list: items).", pointer,
                    (body, out) -> {
                        Object value = f.get(body);
                        if (value != null) {
                            // characters as the built-in lengths count them (MinLength): code points, an emoji one
                            int length = value instanceof Collection<?> list ? list.size() : codePoints(text(value));
                            if (min >= 0 && length < min || max >= 0 && length > max) {
                                out.report(pointer, value, Map.of("field", field, "value", value));
                            }
                        }
                    });
        }

        private static int codePoints(String text) {
            return text.codePointCount(0, text.length());
        }

        /**
         * {@code left op right} holds when both numeric fields are present, e.g. {@code payout <= revenue};
         * reported at {@code left}.
         *
         * @param op {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==} or {@code !=}
         */
        public HouseRule compare(String left, String op, String right) {
            return compare(left, Op.of(op).orElseThrow(() -> new IllegalArgumentException(code.id() + ": unknown "
                    + "operator \"" + op + "\" (one of " + String.join(" ", Op.symbols()) + ")"
                    + Nearest.didYouMean(op, Op.symbols()))), right);
        }

        /** {@code left op right} holds when both numeric fields are present; reported at {@code left}. */
        public HouseRule compare(String left, Op op, String right) {
            Updates.Field l = numeric(left);
            Updates.Field r = numeric(right);
            String pointer = "/" + left;
            return new HouseRule(this, "`" + left + "` " + op.symbol() + " `" + right + "` when both are present.",
                    pointer, (body, out) -> {
                        Object a = l.get(body);
                        Object b = r.get(body);
                        if (a != null && b != null && !op.holds(decimal(a).compareTo(decimal(b)))) {
                            out.report(pointer, a, Map.of("left", left, "right", right, "left_value", a,
                                    "right_value", b));
                        }
                    });
        }

        /**
         * A rule written in Java on {@code type}, the record of a {@link Request} (its request is that one).
         *
         * @throws IllegalArgumentException when {@code type} is no request's body
         */
        @SuppressWarnings("unchecked")
        public <T> HouseRule check(Class<T> type, Check<? super T> check) {
            Objects.requireNonNull(check, "check");
            Definition on = on(Request.of(type));
            return new HouseRule(on, code.messageTemplate(), "", (body, out) -> check.check((T) body, out));
        }

        private HouseRule eachValue(String field, Updates.Field f, String sentence,
                                    java.util.function.Predicate<Object> holds) {
            String pointer = "/" + field;
            return new HouseRule(this, sentence, pointer, (body, out) -> {
                Object value = f.get(body);
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        Object item = list.get(i);
                        if (item != null && !holds.test(item)) {
                            out.report(pointer + "/" + i, item, Map.of("field", field, "value", item));
                        }
                    }
                } else if (value != null && !holds.test(value)) {
                    out.report(pointer, value, Map.of("field", field, "value", value));
                }
            });
        }

        private Updates.Field field(String wireName) {
            Objects.requireNonNull(wireName, "field");
            try {
                return Updates.field(request.type(), wireName);
            } catch (IllegalArgumentException e) {
                List<String> names = Updates.fields(request.type()).stream().map(Updates.Field::wireName).toList();
                throw new IllegalArgumentException(code.id() + ": " + request.method() + " has no field \"" + wireName
                        + "\"" + Nearest.didYouMean(wireName, names), e);
            }
        }

        private String number(String value) {
            try {
                return new BigDecimal(value).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(code.id() + ": one-of on a number needs numbers, not \"" + value
                        + "\"", e);
            }
        }

        private static boolean isNumber(Updates.Field f) {
            Class<?> type = f.path().get(f.path().size() - 1).getType();
            return Number.class.isAssignableFrom(type)
                    || type.isPrimitive() && type != boolean.class && type != char.class;
        }

        private Updates.Field numeric(String wireName) {
            Updates.Field f = field(wireName);
            if (!isNumber(f)) {
                throw new IllegalArgumentException(code.id() + ": compare needs numbers; " + request.method()
                        + "'s \"" + wireName + "\" is not a number");
            }
            return f;
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof CharSequence text && text.isEmpty()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    /** A value as the wire writes it: a number without trailing zeros, anything else as its text. */
    private static String text(Object value) {
        return value instanceof Number ? decimal(value).stripTrailingZeros().toPlainString() : value.toString();
    }

    private static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }
}
