package org.offerrules.lint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ErrorFamily;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
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
import org.offerrules.validation.model.Offer;

/**
 * Renders {@code docs/rules.md} from the error-code catalog ({@link ErrorCode#all()}), the rules of the
 * registry's rules ({@link RuleIndex}, behind {@link org.offerrules.validation.RuleCatalog}: annotation,
 * reader and lookup rules), the single-rule mutations of the core's fixtures
 * ({@link Mutations#all()}) and the decision files. Nothing in the document is written by hand:
 * {@code RulesDocTest} fails when the committed file differs from what this renders.
 */
public final class RulesDocument {

    /** The command that rewrites the committed file; printed at the top of the document. */
    public static final String REGENERATE = "mvn -B -q test -pl validation-cli -am -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    /** One example shown in the document: a mutation whose documents were read and checked. */
    public record Example(ErrorCode code, Mutation mutation, String baseJson, String failingJson) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<![\\d.,_])(6\\d{3}|6399\\d)(?![\\d_])");
    private static final int LONG_STRING = 48;
    private static final int LONG_ARRAY = 4;

    /** The section names; {@link #title} adds the family's numbers, read from the catalog. */
    private static final Map<ErrorFamily, String> FAMILY_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorFamily.OFFER, "Offers"),
            Map.entry(ErrorFamily.EVENT, "Offer events"),
            Map.entry(ErrorFamily.REQUEST, "The request itself"),
            Map.entry(ErrorFamily.ADVERTISER, "Advertisers"),
            Map.entry(ErrorFamily.AFFILIATE, "Affiliates"),
            Map.entry(ErrorFamily.POSTBACK, "Postback URLs"),
            Map.entry(ErrorFamily.LINK, "Tracking-link generation"),
            Map.entry(ErrorFamily.CONVERSION, "Conversion queries"),
            Map.entry(ErrorFamily.REPORT, "Report queries"),
            Map.entry(ErrorFamily.CAMPAIGN, "Campaign settings"),
            Map.entry(ErrorFamily.APPLICATION, "Offer applications"),
            Map.entry(ErrorFamily.GENERAL, "Parameters shared by several requests")));

    /** The order of the sections: what offer-rules validates first. */
    private static final List<ErrorFamily> FAMILY_ORDER = List.of(ErrorFamily.OFFER, ErrorFamily.EVENT,
            ErrorFamily.REQUEST, ErrorFamily.GENERAL, ErrorFamily.ADVERTISER, ErrorFamily.AFFILIATE,
            ErrorFamily.POSTBACK, ErrorFamily.LINK, ErrorFamily.CONVERSION, ErrorFamily.REPORT,
            ErrorFamily.CAMPAIGN, ErrorFamily.APPLICATION);

    private static final Map<ErrorFamily, String> OTHER_REQUESTS = new EnumMap<>(Map.of(
            ErrorFamily.ADVERTISER, "advertiser requests",
            ErrorFamily.AFFILIATE, "affiliate requests",
            ErrorFamily.POSTBACK, "postback-URL requests",
            ErrorFamily.LINK, "tracking-link generation",
            ErrorFamily.CONVERSION, "conversion queries",
            ErrorFamily.REPORT, "report queries",
            ErrorFamily.CAMPAIGN, "campaign-setting requests",
            ErrorFamily.APPLICATION, "offer-application requests",
            ErrorFamily.GENERAL, "other API requests"));

    private final Path root;
    private final RuleIndex rules;
    private final OfferReader createReader = OfferReader.builder().mode(ValidationMode.CREATE).build();
    private final OfferReader updateReader = OfferReader.builder().mode(ValidationMode.UPDATE).build();
    private final Map<String, ObjectNode> bases = new LinkedHashMap<>();
    private final Map<Integer, Example> examples = new TreeMap<>();
    private final Map<Integer, List<String>> otherCases = new TreeMap<>();
    private final Map<Integer, Set<String>> decisionLinks = new TreeMap<>();
    private final List<String> decisionsSection = new ArrayList<>();

    /** A renderer for the repository at {@code root}; reads the decision files and checks every example. */
    public RulesDocument(Path root) {
        this(root, RuleIndex.of(Request.SET_OFFER, Members.JVM));
    }

    /** A renderer that takes the rules from {@code rules}: a test passes one read in another reflective order. */
    public RulesDocument(Path root, RuleIndex rules) {
        this.root = root;
        this.rules = rules;
        bases.put("minimal", tree(OfferWriter.toJson(Offers.minimal())));
        bases.put("full", tree(OfferWriter.toJson(Offers.full())));
        chooseExamples();
        readDecisions();
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

    /** Renders the whole document. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated by validation-cli/src/test/java/org/offerrules/lint/docs/RulesDocument.java. ")
                .append("Do not edit: RulesDocTest fails when this file differs from what the generator renders. -->\n\n");
        md.append("# Rules: every error code of the API\n\n");
        md.append("Generated from the error-code catalog, the constraint annotations of the model, the test fixtures "
                + "and the [decision files](decisions). To regenerate it after changing any of them (repository root):\n\n");
        md.append("```sh\n").append(REGENERATE).append("\n```\n\n");
        Map<CheckKind, Long> byCheck = new EnumMap<>(CheckKind.class);
        ErrorCode.all().forEach(c -> byCheck.merge(c.check(), 1L, Long::sum));
        md.append("The API's dictionary has ").append(ErrorCode.all().size()).append(" codes: ")
                .append(byCheck.getOrDefault(CheckKind.OFFLINE, 0L)).append(" can be checked **offline** (from the "
                + "request alone), ")
                .append(byCheck.getOrDefault(CheckKind.LOOKUP, 0L)).append(" need a **lookup** in the network's data "
                + "(does the advertiser exist?), ")
                .append(byCheck.getOrDefault(CheckKind.SERVER, 0L)).append(" only the **server** can know (throttling, "
                + "keys, failures to save), and ")
                .append(byCheck.getOrDefault(CheckKind.TRANSPORT, 0L)).append(" are decided by the **HTTP call** "
                + "(API path, method, keys), not by any request body. Every offline code is reported by a rule of "
                + "offer documents (`setOffer` with its `events`) or of another request ([requests](requests.md)), "
                + "named under the code; the others are listed because `ApiError.decode` and `offer-lint explain` "
                + "know them all.\n\n");
        md.append("Each entry: the message (as the API words it; `{name}` is filled in), family, the HTTP status the "
                + "API answers with, what a client does, how it is checked, and the rule in one sentence with the "
                + "JSON Pointer it is reported at (`*` is any index). Offline offer codes have an example: a fragment "
                + "that fails with exactly that code at that pointer, and the same fragment as it is in a valid "
                + "offer; the rest of each document is one of the [example offers](#the-example-offers). "
                + "`RulesDocTest` reads both whole documents with `OfferReader` and checks the answer.\n\n");

        md.append("## Contents\n\n");
        md.append("- [The example offers](#the-example-offers)\n");
        for (ErrorFamily family : FAMILY_ORDER) {
            List<ErrorCode> codes = codes(family);
            md.append("- [").append(title(family)).append("](#").append(slug(title(family)))
                    .append("): ").append(codes.size()).append(codes.size() == 1 ? " code" : " codes").append('\n');
        }
        md.append("- [Decisions](#decisions)\n\n");

        md.append("## The example offers\n\n");
        md.append("Every example changes one of these valid offers (create mode). Written by `OfferWriter` from "
                + "`Offers.minimal()` and `Offers.full()` of the core's test fixtures.\n\n");
        for (Map.Entry<String, ObjectNode> base : bases.entrySet()) {
            md.append("### ").append(base.getKey()).append("\n\n```json\n").append(pretty(base.getValue()))
                    .append("\n```\n\n");
        }

        for (ErrorFamily family : FAMILY_ORDER) {
            md.append("## ").append(title(family)).append("\n\n");
            for (ErrorCode code : codes(family)) {
                renderCode(md, code);
            }
        }

        md.append("## Decisions\n\n");
        md.append("Where the API's documentation is silent, the project decided; each decision file says what and "
                + "why. The codes each section mentions:\n\n");
        decisionsSection.forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }

    private void renderCode(StringBuilder md, ErrorCode code) {
        int n = code.number();
        md.append("### <a id=\"").append(n).append("\"></a>").append(n).append(' ')
                .append(escape(code.messageTemplate())).append("\n\n");
        md.append("*").append(code.family().name().toLowerCase(Locale.ROOT)).append(" · HTTP ")
                .append(code.httpStatus()).append(" · ").append(action(code)).append(" · ").append(check(code))
                .append("*\n\n");
        List<Rule> rules = this.rules.rulesOf(n);
        List<Rule> annotations = rules.stream().filter(r -> r.kind() == Rule.Kind.ANNOTATION).toList();
        List<Rule> lookups = rules.stream().filter(r -> r.kind() == Rule.Kind.LOOKUP).toList();
        List<Rule> readers = rules.stream().filter(r -> r.kind() == Rule.Kind.READER).toList();
        for (Rule rule : annotations) {
            md.append("- at `").append(rule.pointer().isEmpty() ? "/" : rule.pointer()).append("`: ")
                    .append(sentence(rule.sentence())).append('\n');
        }
        for (Rule rule : lookups) {
            md.append("- Lookup: `").append(rule.pointer()).append("`: ").append(rule.sentence())
                    .append(rule.source().startsWith("OfferLookup.")
                            ? " Checked only when the validator has an `OfferLookup`; `offer-lint` has none." : "")
                    .append('\n');
        }
        List<String> requestExamples = new ArrayList<>();
        boolean requestRules = false;
        for (Request request : Request.values()) {
            if (request == Request.SET_OFFER) {
                continue;
            }
            for (Rule rule : request.catalog().rules(n)) {
                if (rule.kind() == Rule.Kind.READER) {
                    continue; // the readers' rules hold for every request: listed once, above
                }
                requestRules = true;
                md.append("- `").append(request.method()).append("` at `").append(rule.pointer()).append("`: ")
                        .append(sentence(rule.sentence()))
                        .append(rule.source().startsWith("OfferLookup.")
                                ? " Checked only when the validator has an `OfferLookup`; `offer-lint` has none." : "")
                        .append('\n');
            }
            Requests.of(request).stream().filter(m -> m.code() == n).findFirst()
                    .ifPresent(m -> requestExamples.add("`" + request.method() + "` with " + m.name()
                            + " fails with " + n + " at `" + m.pointer() + "`"));
        }
        if (!requestExamples.isEmpty()) {
            md.append('\n').append("Under test: ").append(String.join("; ", requestExamples))
                    .append(" (see [requests](requests.md)).\n");
        }
        if (annotations.isEmpty() && lookups.isEmpty() && !requestRules) {
            md.append(readers.isEmpty() ? semantics(code)
                    : String.join(" ", readers.stream().map(Rule::sentence).toList()));
            if (code.check() == CheckKind.OFFLINE && readers.isEmpty()
                    && (code.family() == ErrorFamily.OFFER || code.family() == ErrorFamily.EVENT)) {
                md.append(decisionLinks.containsKey(n) ? " The decisions linked below say why." : "");
            }
            md.append('\n');
        }
        md.append('\n');
        Example example = examples.get(n);
        if (example != null) {
            renderExample(md, example);
        }
        List<String> others = otherCases.getOrDefault(n, List.of());
        if (!others.isEmpty()) {
            md.append("Other cases under test: ").append(String.join("; ", others)).append(".\n\n");
        }
        Set<String> links = decisionLinks.getOrDefault(n, Set.of());
        if (!links.isEmpty()) {
            md.append("Decisions that mention it: ").append(String.join(", ", links)).append(".\n\n");
        }
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

    private static String semantics(ErrorCode code) {
        return switch (code.check()) {
            case SERVER -> switch (code.action()) {
                case RETRY -> "Only the server knows: it could not complete the request. Send the same request again "
                        + "later.";
                case THROTTLE -> "Only the server knows: too many requests. Wait before sending again.";
                case REAUTHENTICATE -> "Only the server knows: the credentials are missing, invalid or expired. "
                        + "Authenticate again.";
                case CHECK_PERMISSION -> "Only the server knows: the account may not do this, or has no calls left. "
                        + "Check its permissions and budget.";
                case FIX_REQUEST -> "Only the server knows, from its stored data; the request must change.";
            };
            case TRANSPORT -> "Decided by the HTTP call (API path, network id, API method, HTTP verb, keys), not by "
                    + "the request body: a concern of the HTTP client, not checked by offer-rules.";
            case LOOKUP -> "Needs the network's data, for " + other(code)
                    + ": not checked by offer-rules (`OfferLookup` answers only the offer's references).";
            case OFFLINE -> switch (code.family()) {
                case REQUEST -> "About the HTTP request itself (API path, network id, keys, method, body), not the "
                        + "offer document: a concern of the HTTP client, not checked by offer-rules.";
                case OFFER, EVENT -> "Not reported by offer-rules: no rule of the offer model declares this code.";
                default -> "An input rule of " + other(code) + ", another API request: not validated by offer-rules "
                        + "yet.";
            };
        };
    }

    private static String other(ErrorCode code) {
        return OTHER_REQUESTS.getOrDefault(code.family(), "the offer request");
    }

    private static String action(ErrorCode code) {
        return switch (code.action()) {
            case FIX_REQUEST -> "fix the request";
            case REAUTHENTICATE -> "authenticate again";
            case CHECK_PERMISSION -> "check permissions and budget";
            case THROTTLE -> "slow down (retryable)";
            case RETRY -> "retry later (retryable)";
        };
    }

    private static String check(ErrorCode code) {
        return switch (code.check()) {
            case OFFLINE -> "checked offline";
            case LOOKUP -> "checked by lookup";
            case SERVER -> "server only";
            case TRANSPORT -> "decided by the HTTP call";
        };
    }

    /**
     * A section's title: its name and its numbers, from the catalog. A hundred the family has alone is
     * {@code 63xx}, a share of one or a five-digit group a range; a family that has every four-digit code
     * from its first one on, over more than one hundred, is "and up".
     */
    static String title(ErrorFamily family) {
        List<Integer> numbers = codes(family).stream().map(ErrorCode::number).toList();
        int first = numbers.get(0);
        if (ErrorCode.all().stream().filter(c -> c.number() >= first && c.number() < 10_000)
                .allMatch(c -> c.family() == family)
                && numbers.get(numbers.size() - 1) / 100 != first / 100) {
            return FAMILY_NAMES.get(family) + " (" + first + " and up)";
        }
        Map<Integer, List<Integer>> hundreds = new TreeMap<>();
        numbers.forEach(n -> hundreds.computeIfAbsent(n / 100, k -> new ArrayList<>()).add(n));
        List<String> parts = new ArrayList<>();
        hundreds.forEach((hundred, inIt) -> {
            boolean alone = ErrorCode.all().stream().filter(c -> c.number() / 100 == hundred)
                    .allMatch(c -> c.family() == family);
            parts.add(alone && hundred < 100 ? hundred + "xx"
                    : inIt.get(0) + "\u2013" + inIt.get(inIt.size() - 1));
        });
        return FAMILY_NAMES.get(family) + " (" + String.join(", ", parts) + ")";
    }

    private static List<ErrorCode> codes(ErrorFamily family) {
        return ErrorCode.all().stream().filter(c -> c.family() == family).toList();
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
                .map(RulesDocument::describe).toList();
        String expected = e.mutation().code() + " " + e.mutation().pointer();
        if (!failing.equals(List.of(expected))) {
            problems.add("failing document of '" + e.mutation().name() + "' gives " + failing + ", not [" + expected + "]");
        }
        List<String> passing = reader.read(e.baseJson()).report().violations().stream()
                .map(RulesDocument::describe).toList();
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
        boolean abbreviated(RulesDocument doc) {
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

    // ---- decisions

    private void readDecisions() {
        Path dir = root.resolve("docs/decisions");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = file.getFileName().toString();
            String title = lines.stream().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                    .orElse(name);
            decisionsSection.add("- [" + escape(title) + "](decisions/" + name + ")");
            String section = null;
            Set<Integer> sectionCodes = new java.util.TreeSet<>();
            Iterator<String> it = lines.iterator();
            boolean fenced = false;
            while (true) {
                String line = it.hasNext() ? it.next() : null;
                if (line != null && line.startsWith("```")) {
                    fenced = !fenced;
                }
                if (line == null || (!fenced && line.startsWith("## "))) {
                    if (section != null && !sectionCodes.isEmpty()) {
                        String link = "[" + escape(section) + "](decisions/" + name + "#" + slug(section) + ")";
                        decisionsSection.add("  - " + link + ": " + String.join(", ",
                                sectionCodes.stream().map(c -> "[" + c + "](#" + c + ")").toList()));
                        for (int code : sectionCodes) {
                            decisionLinks.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(link);
                        }
                    }
                    if (line == null) {
                        break;
                    }
                    section = line.substring(3).strip();
                    sectionCodes = new java.util.TreeSet<>();
                    continue;
                }
                if (section != null) {
                    Matcher m = CODE_IN_TEXT.matcher(line);
                    while (m.find()) {
                        int code = Integer.parseInt(m.group(1));
                        if (ErrorCode.find(code).isPresent()) {
                            sectionCodes.add(code);
                        }
                    }
                }
            }
        }
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        StringBuilder s = new StringBuilder();
        for (char ch : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_') {
                s.append(ch);
            } else if (ch == ' ') {
                s.append('-');
            }
        }
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("<", "&lt;").replace("*", "\\*");
    }

    private static String sentence(String description) {
        // the per-code sentences of multi-code rules start with the field, which the pointer already names
        String s = description.strip().replaceFirst("^`[^`]+`: ", "");
        return s.endsWith(".") ? s : s + ".";
    }
}
