package org.offerrules.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.offerrules.validation.spi.Nearest;

/**
 * Declarative {@linkplain HouseRule house rules} from a parsed configuration: the list under the {@code house-rules}
 * key of {@code .offer-lint.yaml}, or a file of its own, as plain Java values (a {@link Map} for a mapping, a
 * {@link List} for a sequence, a {@link String}, {@link Number} or {@link Boolean} for a scalar, null): what a YAML
 * or JSON parser gives, Jackson's {@code convertValue(node, Object.class)} for one. Each item is one rule:
 * <pre>{@code
 * - code: ACME-1                            # PREFIX-n
 *   message: payout must not exceed revenue # {field}, {value}, {left}, {right}, {left_value}, {right_value}
 *   request: setOffer                       # optional, setOffer by default
 *   severity: error                         # optional: error (default) or warning
 *   description: ...                        # optional: the sentence of `explain`
 *   compare: {left: payout, op: "<=", right: revenue}
 * }</pre>
 * with exactly one check: {@code required: FIELD}, {@code one-of: {field: F, values: [..]}},
 * {@code pattern: {field: F, regex: R}}, {@code length: {field: F, min: N, max: N}} (either bound may be left
 * out) or {@code compare: {left: F, op: OP, right: F}}. Fields are named by their wire names.
 */
public final class HouseRules {

    /** A check's key and how it makes its rule from its value. */
    private interface Kind {
        HouseRule make(HouseRule.Definition definition, Node value);
    }

    private static final Map<String, Kind> KINDS = kinds();
    private static final List<String> RULE_KEYS = List.of("code", "message", "request", "severity", "description");

    private HouseRules() {
    }

    /**
     * The rules of {@code rules}, a list of rule maps.
     *
     * @param rules  the list, as read from the file (plain values, see above); null is no rules
     * @param source the file's name, for messages
     * @param path   where the list is in the file, e.g. {@code house-rules}
     * @param lineOf the 1-based line of a key or item at a path ({@code house-rules[0].compare.op}); 0 when unknown
     * @throws Placed with one line, {@code source:line: path: what is wrong}, for a bad rule
     */
    public static List<HouseRule> fromTree(Object rules, String source, String path, ToIntFunction<String> lineOf) {
        Objects.requireNonNull(source, "source");
        Node root = new Node(rules, path, source, lineOf);
        if (rules == null) {
            return List.of();
        }
        if (!(rules instanceof List<?> list)) {
            throw root.error("expected a list of house rules");
        }
        List<HouseRule> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(rule(root.item(i)));
        }
        return List.copyOf(out);
    }

    /** The rules of {@code rules} with no line numbers: see {@link #fromTree(Object, String, String, ToIntFunction)}. */
    public static List<HouseRule> fromTree(Object rules, String source) {
        return fromTree(rules, source, "house-rules", p -> 0);
    }

    private static HouseRule rule(Node item) {
        if (!(item.value instanceof Map<?, ?> map)) {
            throw item.error("expected a rule: a map with code, message and one check ("
                    + String.join(", ", KINDS.keySet()) + ")");
        }
        List<String> checks = new ArrayList<>();
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (KINDS.containsKey(name)) {
                checks.add(name);
            } else if (!RULE_KEYS.contains(name)) {
                List<String> known = new ArrayList<>(RULE_KEYS);
                known.addAll(KINDS.keySet());
                throw item.field(name).error("unknown key \"" + name + "\" (a rule has " + String.join(", ", known)
                        + ")" + Nearest.didYouMean(name, known));
            }
        }
        if (checks.size() != 1) {
            throw item.error(checks.isEmpty() ? "a rule needs one check: " + String.join(", ", KINDS.keySet())
                    : "a rule has one check, not " + String.join(" and ", checks) + ": write two rules");
        }
        Node code = item.required("code");
        HouseRule.Definition definition = item.attempt(code,
                () -> HouseRule.define(code.text(), item.required("message").text()));
        if (item.has("request")) {
            Node request = item.field("request");
            List<String> methods = java.util.Arrays.stream(Request.values()).map(Request::method).toList();
            definition = definition.on(Request.ofMethod(request.text()).orElseThrow(() -> request.error(
                    "unknown request \"" + request.text() + "\"" + Nearest.didYouMean(request.text(), methods))));
        }
        if (item.has("severity")) {
            Node severity = item.field("severity");
            String text = severity.text();
            if (!text.equals("error") && !text.equals("warning")) {
                throw severity.error("severity is error or warning, not \"" + text + "\""
                        + Nearest.didYouMean(text, List.of("error", "warning")));
            }
            definition = definition.severity(Severity.valueOf(text.toUpperCase(Locale.ROOT)));
        }
        if (item.has("description")) {
            definition = definition.describedAs(item.field("description").text());
        }
        Node check = item.field(checks.get(0));
        HouseRule.Definition defined = definition;
        return item.attempt(check, () -> KINDS.get(checks.get(0)).make(defined, check));
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("required", (d, v) -> d.required(v.text()));
        kinds.put("one-of", (d, v) -> {
            v.only("field", "values");
            Node values = v.required("values");
            if (!(values.value instanceof List<?> list) || list.isEmpty()) {
                throw values.error("expected a list of values");
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                texts.add(values.item(i).text());
            }
            return d.oneOf(v.required("field").text(), texts);
        });
        kinds.put("pattern", (d, v) -> {
            v.only("field", "regex");
            return d.pattern(v.required("field").text(), v.required("regex").text());
        });
        kinds.put("length", (d, v) -> {
            v.only("field", "min", "max");
            return d.length(v.required("field").text(), v.number("min"), v.number("max"));
        });
        kinds.put("compare", (d, v) -> {
            v.only("left", "op", "right");
            return d.compare(v.required("left").text(), v.required("op").text(), v.required("right").text());
        });
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** A value of the tree with its path, for messages that say where. */
    private record Node(Object value, String path, String source, ToIntFunction<String> lineOf) {

        Node item(int i) {
            return new Node(((List<?>) value).get(i), path + "[" + i + "]", source, lineOf);
        }

        boolean has(String name) {
            return value instanceof Map<?, ?> map && map.containsKey(name);
        }

        Node field(String name) {
            return new Node(value instanceof Map<?, ?> map ? map.get(name) : null, path + "." + name, source, lineOf);
        }

        Node required(String name) {
            if (!has(name)) {
                throw error("missing key \"" + name + "\"");
            }
            return field(name);
        }

        void only(String... names) {
            if (!(value instanceof Map<?, ?> map)) {
                throw error("expected a map with " + String.join(", ", names));
            }
            for (Object key : map.keySet()) {
                if (!List.of(names).contains(String.valueOf(key))) {
                    throw field(String.valueOf(key)).error("unknown key \"" + key + "\" (expected "
                            + String.join(", ", names) + ")" + Nearest.didYouMean(String.valueOf(key), List.of(names)));
                }
            }
        }

        String text() {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw error("expected a text or a number");
            }
            return value.toString();
        }

        /** A whole number of 0 or more, written as a number or as its text; -1 when absent. */
        int number(String name) {
            if (!has(name)) {
                return -1;
            }
            Node n = field(name);
            String text = n.value instanceof Integer || n.value instanceof Long || n.value instanceof String
                    ? n.value.toString() : "";
            if (!text.matches("[0-9]{1,9}")) {
                throw n.error("expected a whole number of 0 or more");
            }
            return Integer.parseInt(text);
        }

        /** {@code make()}, with a bad definition's message placed at {@code at}. */
        <T> T attempt(Node at, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (Placed e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw at.error(e.getMessage());
            }
        }

        Placed error(String message) {
            return new Placed(source, lineOf.applyAsInt(path), path, message);
        }
    }

    /**
     * A rule that cannot be made: its one-line message says where ({@code source:line: path: problem}),
     * and the parts are there for a reader that reports in its own words.
     */
    public static final class Placed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final String path;
        private final String problem;

        Placed(String source, int line, String path, String problem) {
            super(source + (line > 0 ? ":" + line : "") + ": " + path + ": " + problem);
            this.line = line;
            this.path = path;
            this.problem = problem;
        }

        /** The 1-based line of the problem; 0 when not known. */
        public int line() {
            return line;
        }

        /** Where the problem is, as keys and indexes: {@code house-rules[0].compare.op}. */
        public String path() {
            return path;
        }

        /** What is wrong. */
        public String problem() {
            return problem;
        }
    }
}
