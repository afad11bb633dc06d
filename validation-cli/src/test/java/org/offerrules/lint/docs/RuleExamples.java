package org.offerrules.lint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.internal.Members;
import org.offerrules.validation.internal.RuleIndex;
import org.offerrules.validation.internal.RulesDocument;

/**
 * The examples {@code docs/rules.md} shows, from the core's single-rule mutations ({@link Mutations#all()}):
 * per code, the shortest mutation whose documents, written by {@link OfferWriter} and read back by
 * {@link OfferReader}, give exactly its code at its pointer, rendered as the fragment that differs. The
 * document itself is the core's ({@link RulesDocument}), which takes these as its input.
 */
public final class RuleExamples {

    /** The command that rewrites the committed file. */
    public static final String REGENERATE = RulesDocument.REGENERATE;

    /** One example shown in the document: a mutation whose documents were read and checked. */
    public record Example(ErrorCode code, Mutation mutation, String baseJson, String failingJson) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int LONG_STRING = 48;
    private static final int LONG_ARRAY = 4;

    private final Path root;
    private final RuleIndex rules;
    private final OfferReader createReader = OfferReader.builder().mode(ValidationMode.CREATE).build();
    private final OfferReader updateReader = OfferReader.builder().mode(ValidationMode.UPDATE).build();
    private final Map<String, ObjectNode> bases = new LinkedHashMap<>();
    private final Map<Integer, Example> examples = new TreeMap<>();
    private final Map<Integer, List<String>> otherCases = new TreeMap<>();

    /** The examples, and the document of the repository at {@code root}, which they are checked for. */
    public RuleExamples(Path root) {
        this(root, RuleIndex.of(Request.SET_OFFER, Members.JVM));
    }

    /** The same with the rules from {@code rules}: a test passes one read in another reflective order. */
    public RuleExamples(Path root, RuleIndex rules) {
        this.root = root;
        this.rules = rules;
        bases.put("minimal", tree(OfferWriter.toJson(Offers.minimal())));
        bases.put("full", tree(OfferWriter.toJson(Offers.full())));
        chooseExamples();
    }

    /**
     * The examples for {@code offer-lint explain}: one section per code, {@code @@ CODE} then the
     * example as rules.md shows it. Committed as a CLI resource and kept fresh by RulesDocTest.
     */
    public String examplesResource() {
        StringBuilder out = new StringBuilder("# generated with docs/rules.md: " + REGENERATE + "\n");
        for (Example example : examples.values()) {
            out.append("@@ ").append(example.code().number()).append('\n');
            renderExample(out, example);
        }
        return out.toString();
    }

    /** The examples the document shows, one per offline offer code that has a mutation. */
    public List<Example> examples() {
        return List.copyOf(examples.values());
    }

    /** The reader of {@code mode}. */
    public OfferReader reader(ValidationMode mode) {
        return mode == ValidationMode.UPDATE ? updateReader : createReader;
    }

    /** Renders the whole document: the core's generator, given these examples. */
    public String render() {
        Map<String, String> offers = new LinkedHashMap<>();
        bases.forEach((name, offer) -> offers.put(name, pretty(offer)));
        Map<Integer, String> shown = new TreeMap<>();
        examples.forEach((code, example) -> {
            StringBuilder md = new StringBuilder();
            renderExample(md, example);
            shown.put(code, md.toString());
        });
        Map<Request, List<RulesDocument.Case>> requestCases = new EnumMap<>(Request.class);
        for (Request request : Request.values()) {
            if (request != Request.SET_OFFER) {
                requestCases.put(request, Requests.of(request).stream()
                        .map(m -> new RulesDocument.Case(m.name(), m.code(), m.pointer())).toList());
            }
        }
        return new RulesDocument(root, rules, new RulesDocument.Examples(offers, shown, otherCases, requestCases))
                .render();
    }

    private void renderExample(StringBuilder md, Example example) {
        ObjectNode base = tree(example.baseJson());
        ObjectNode failing = tree(example.failingJson());
        Fragment fragment = fragment(base, failing);
        Mutation m = example.mutation();
        md.append("Example").append(m.mode() == ValidationMode.UPDATE ? " (update mode)" : "").append(": ")
                .append(m.name()).append(". In ").append(describeBase(base));
        if (!fragment.at.isEmpty()) {
            md.append(", the object at `").append(fragment.at).append('`');
        }
        md.append(":\n\n");
        md.append("fails with ").append(m.code()).append(" at `").append(m.pointer().isEmpty() ? "/" : m.pointer())
                .append('`');
        if (fragment.failing.isEmpty()) {
            md.append(" without ").append(names(fragment.removed)).append("\n\n");
        } else {
            md.append(fragment.removed.isEmpty() ? "" : " (without " + names(fragment.removed) + ")")
                    .append("\n\n```json\n").append(render(fragment.failing)).append("\n```\n\n");
        }
        if (fragment.passing.isEmpty()) {
            md.append("passes without ").append(names(fragment.added)).append("\n\n");
        } else {
            md.append("passes").append(fragment.added.isEmpty() ? "" : " (without " + names(fragment.added) + ")")
                    .append("\n\n```json\n").append(render(fragment.passing)).append("\n```\n\n");
        }
        if (fragment.abbreviated(this)) {
            md.append("(Long values are abbreviated here; the test reads them whole.)\n\n");
        }
    }

    /** The base offer of an example: one of the example offers, or one with a few fields changed. */
    private String describeBase(ObjectNode base) {
        String best = null;
        Fragment bestFragment = null;
        for (Map.Entry<String, ObjectNode> known : bases.entrySet()) {
            if (known.getValue().equals(base)) {
                return "the *" + known.getKey() + "* offer";
            }
            Fragment f = fragment(known.getValue(), base);
            if (bestFragment == null || render(f.failing).length() < render(bestFragment.failing).length()) {
                best = known.getKey();
                bestFragment = f;
            }
        }
        return "the *" + best + "* offer" + (bestFragment.at.isEmpty() ? "" : " (at `" + bestFragment.at + "`)")
                + " with `" + render(bestFragment.failing).replace("\n", " ") + "`"
                + (bestFragment.removed.isEmpty() ? "" : " and without " + names(bestFragment.removed));
    }

    // ---- examples

    private void chooseExamples() {
        Map<Integer, List<Mutation>> byCode = new TreeMap<>();
        for (Mutation m : Mutations.all()) {
            byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        }
        byCode.forEach((code, mutations) -> {
            Example best = null; // the shortest to read
            int bestLength = Integer.MAX_VALUE;
            for (Mutation m : mutations) {
                Example candidate = new Example(ErrorCode.of(code), m, OfferWriter.toJson(m.base()),
                        OfferWriter.toJson(m.apply()));
                if (!problems(candidate).isEmpty()) {
                    continue;
                }
                Fragment f = fragment(tree(candidate.baseJson()), tree(candidate.failingJson()));
                int length = render(f.failing).length() + render(f.passing).length() + describeLength(candidate);
                if (length < bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best == null) {
                throw new IllegalStateException("no mutation of " + code + " reads back as exactly that code: "
                        + mutations);
            }
            examples.put(code, best);
            Mutation shown = best.mutation();
            otherCases.put(code, mutations.stream().filter(m -> m != shown).map(Mutation::name).toList());
        });
    }

    private int describeLength(Example e) {
        ObjectNode base = tree(e.baseJson());
        return bases.containsValue(base) ? 0 : describeBase(base).length();
    }

    /**
     * What is wrong with an example: the failing document must give exactly its code at its pointer, the
     * passing document nothing at all. Empty when both hold.
     */
    public List<String> problems(Example e) {
        OfferReader reader = reader(e.mutation().mode());
        List<String> problems = new ArrayList<>();
        List<String> failing = reader.read(e.failingJson()).report().violations().stream()
                .map(RuleExamples::describe).toList();
        String expected = e.mutation().code() + " " + e.mutation().pointer();
        if (!failing.equals(List.of(expected))) {
            problems.add("failing document of '" + e.mutation().name() + "' gives " + failing + ", not [" + expected + "]");
        }
        List<String> passing = reader.read(e.baseJson()).report().violations().stream()
                .map(RuleExamples::describe).toList();
        if (!passing.isEmpty()) {
            problems.add("passing document of '" + e.mutation().name() + "' gives " + passing);
        }
        return problems;
    }

    private static String describe(Violation v) {
        return v.codeNumber() + " " + v.pointer();
    }

    // ---- fragments: the members that differ, at the deepest object that holds every difference

    private record Fragment(String at, ObjectNode failing, ObjectNode passing, List<String> removed,
                            List<String> added) {
        boolean abbreviated(RuleExamples doc) {
            return doc.render(failing).contains("…") || doc.render(passing).contains("…");
        }
    }

    static Fragment fragment(ObjectNode base, ObjectNode changed) {
        List<List<String>> diffs = new ArrayList<>();
        diff(new ArrayList<>(), base, changed, diffs);
        // the common parent of every difference, moved up until it is an object in both documents
        List<String> at = diffs.isEmpty() ? List.of() : new ArrayList<>(diffs.get(0).subList(0, diffs.get(0).size() - 1));
        for (List<String> d : diffs) {
            int i = 0;
            while (i < at.size() && i < d.size() - 1 && at.get(i).equals(d.get(i))) {
                i++;
            }
            at = new ArrayList<>(at.subList(0, i));
        }
        while (!at.isEmpty() && !(node(base, at) instanceof ObjectNode && node(changed, at) instanceof ObjectNode)) {
            at = new ArrayList<>(at.subList(0, at.size() - 1));
        }
        ObjectNode b = (ObjectNode) node(base, at);
        ObjectNode c = (ObjectNode) node(changed, at);
        Set<String> members = new LinkedHashSet<>();
        for (List<String> d : diffs) {
            members.add(d.get(at.size()));
        }
        ObjectNode failing = JSON.createObjectNode();
        ObjectNode passing = JSON.createObjectNode();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String name : members) {
            if (c.has(name)) {
                failing.set(name, c.get(name));
            } else {
                removed.add(name);
            }
            if (b.has(name)) {
                passing.set(name, b.get(name));
            } else {
                added.add(name);
            }
        }
        return new Fragment(at.isEmpty() ? "" : "/" + String.join("/", at), failing, passing, removed, added);
    }

    private static void diff(List<String> path, JsonNode a, JsonNode b, List<List<String>> out) {
        if (a != null && a.equals(b)) {
            return;
        }
        if (a instanceof ObjectNode oa && b instanceof ObjectNode ob) {
            Set<String> names = new LinkedHashSet<>();
            oa.fieldNames().forEachRemaining(names::add);
            ob.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(append(path, name), oa.get(name), ob.get(name), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()
                && objectsOrNulls(a) && objectsOrNulls(b)) {
            for (int i = 0; i < a.size(); i++) {
                diff(append(path, Integer.toString(i)), a.get(i), b.get(i), out);
            }
        } else {
            out.add(path);
        }
    }

    private static boolean objectsOrNulls(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject() && !element.isNull()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> next = new ArrayList<>(path);
        next.add(segment);
        return next;
    }

    private static JsonNode node(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String segment : path) {
            node = node == null ? null : node.isArray() ? node.get(Integer.parseInt(segment)) : node.get(segment);
        }
        return node;
    }

    /** Compact JSON, one member per line when long; very long strings and arrays abbreviated with "…". */
    String render(ObjectNode fragment) {
        List<String> members = new ArrayList<>();
        fragment.fields().forEachRemaining(e -> members.add(quote(e.getKey()) + ": " + value(e.getValue())));
        String oneLine = "{" + String.join(", ", members) + "}";
        if (oneLine.length() <= 100) {
            return oneLine;
        }
        return "{\n  " + String.join(",\n  ", members) + "\n}";
    }

    private static String value(JsonNode node) {
        if (node.isTextual() && node.textValue().length() > LONG_STRING) {
            String text = node.textValue();
            return quote(text.substring(0, 12)) .replaceAll("\"$", "…\"") + " (" + String.format(Locale.ROOT, "%,d",
                    text.length()) + " characters)";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(e -> elements.add(value(e)));
            String whole = "[" + String.join(", ", elements) + "]";
            if (whole.length() <= 100) {
                return whole;
            }
            // long arrays of events: each element by its first member, the middle of a long list left out
            List<String> shortened = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (node.size() > LONG_ARRAY && i == 2) {
                    shortened.add("…");
                    i = node.size() - 2;
                    continue;
                }
                JsonNode e = node.get(i);
                if (e.isObject() && e.size() > 0) {
                    Map.Entry<String, JsonNode> first = e.fields().next();
                    shortened.add("{" + quote(first.getKey()) + ": " + value(first.getValue()) + ", …}");
                } else {
                    shortened.add(value(e));
                }
            }
            return "[" + String.join(", ", shortened) + "]" + " (" + node.size() + " elements)";
        }
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.fields().forEachRemaining(e -> members.add(quote(e.getKey()) + ": " + value(e.getValue())));
            return "{" + String.join(", ", members) + "}";
        }
        return node.toString();
    }

    private static String quote(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }

    private static String names(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
