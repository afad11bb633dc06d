package org.offerrules.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ErrorFamily;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;

/**
 * Renders {@code docs/rules.md}, the catalogue of every error code, from the error-code catalog
 * ({@link ErrorCode#all()}), the registry's rules ({@link RuleIndex}, behind
 * {@link org.offerrules.validation.RuleCatalog}: annotation, reader and lookup rules), the decision files,
 * and the examples it is given ({@link Examples}: made by the tests from their single-rule mutations,
 * written in the wire format). Nothing in the document is written by hand: {@code RulesDocTest} fails
 * when the committed file differs from what this renders.
 */
public final class RulesDocument {

    /** Where a lookup rule is answered: a service's {@code OfferLookup}, or offer-lint's data folder. */
    private static final String LOOKUP_NOTE = " This lookup is asked only when the validator has an `OfferLookup` "
            + "(a service's own, or `NetworkData`), and by `offer-lint --data` when the folder has the file named.";

    /** The command that rewrites the committed file; printed at the top of the document. */
    public static final String REGENERATE = "./mvnw -B -q test -pl validation-cli -am -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    /**
     * What the document shows from the tests' cases, already written: the example offers (name to JSON
     * text), each code's example (Markdown) and its other cases (names), and the cases of the other
     * requests.
     *
     * @param offers       the valid offers every example changes, by name, in order
     * @param examples     per code, its example as Markdown
     * @param otherCases   per code, the names of its other cases under test
     * @param requestCases per request other than the offer, its cases in order
     */
    public record Examples(Map<String, String> offers, Map<Integer, String> examples,
                           Map<Integer, List<String>> otherCases, Map<Request, List<Case>> requestCases) {
    }

    /** One case under test of a request: its name, and the code it fails with at the pointer. */
    public record Case(String name, int code, String pointer) {
    }
    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<![\\d.,_])(6\\d{3}|6399\\d)(?![\\d_])");
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
    private final Examples examples;
    private final Map<Integer, Set<String>> decisionLinks = new TreeMap<>();
    private final List<String> decisionsSection = new ArrayList<>();

    /** A renderer for the repository at {@code root} (it reads the decision files), of the rules in {@code rules}. */
    public RulesDocument(Path root, RuleIndex rules, Examples examples) {
        this.root = root;
        this.rules = rules;
        this.examples = examples;
        readDecisions();
    }

    /** Renders the whole document. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated by validation-core/src/main/java/org/offerrules/validation/internal/RulesDocument.java. ")
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
        for (Map.Entry<String, String> base : examples.offers().entrySet()) {
            md.append("### ").append(base.getKey()).append("\n\n```json\n").append(base.getValue())
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
        List<String> batch = new ArrayList<>();
        for (Request request : Request.values()) {
            for (Rule rule : BatchCheck.rules(request)) {
                if (rule.code() == n) {
                    batch.add("- Batch: `" + request.method() + "` at `" + rule.pointer() + "`: "
                            + sentence(rule.sentence()));
                }
            }
        }
        md.append("### <a id=\"").append(n).append("\"></a>").append(n).append(' ')
                .append(escape(code.heading())).append("\n\n");
        md.append("*").append(code.family().name().toLowerCase(Locale.ROOT)).append(" · HTTP ")
                .append(code.httpStatus()).append(" · ").append(action(code)).append(" · ")
                // a code the server alone would know is no longer "server only" once the batch reports it
                .append(batch.isEmpty() ? check(code) : code.check() == CheckKind.SERVER ? "by the server"
                        : check(code)).append(batch.isEmpty() ? "" : ", and across one batch's requests").append("*\n\n");
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
                            ? LOOKUP_NOTE : "")
                    .append('\n');
        }
        List<String> requestExamples = new ArrayList<>();
        boolean requestRules = false;
        String previous = null;
        for (Request request : Request.values()) {
            if (!examples.requestCases().containsKey(request)) {
                continue; // the offer's own rules are listed above; the examples give cases for every other request
            }
            for (Rule rule : request.catalog().rules(n)) {
                if (rule.kind() == Rule.Kind.READER) {
                    continue; // the readers' rules hold for every request: listed once, above
                }
                requestRules = true;
                String line = "- `" + request.method() + "` at `" + rule.pointer() + "`: " + sentence(rule.sentence())
                        + (rule.source().startsWith("OfferLookup.") ? LOOKUP_NOTE : "") + '\n';
                if (!line.equals(previous)) { // one rule giving the code for two of its checks (a date's form and day)
                    md.append(line);
                }
                previous = line;
            }
            examples.requestCases().getOrDefault(request, List.of()).stream().filter(m -> m.code() == n).findFirst()
                    .ifPresent(m -> requestExamples.add("`" + request.method() + "` with " + m.name()
                            + " fails with " + n + " at `" + m.pointer() + "`"));
        }
        batch.forEach(line -> md.append(line).append('\n'));
        boolean othersListed = !annotations.isEmpty() || !lookups.isEmpty() || requestRules || !batch.isEmpty();
        if (othersListed) {
            // the readers report the code for every request, beside the rules above: their uses are listed too
            readers.forEach(rule -> md.append("- Readers, every request: ").append(rule.sentence()).append('\n'));
        }
        if (!batch.isEmpty()) {
            md.append('\n').append(BatchCheck.CHECKED).append('\n');
        }
        if (!requestExamples.isEmpty()) {
            md.append('\n').append("Under test: ").append(String.join("; ", requestExamples))
                    .append(" (see [requests](requests.md)).\n");
        }
        if (!othersListed) {
            md.append(readers.isEmpty() ? semantics(code)
                    : String.join(" ", readers.stream().map(Rule::sentence).toList()));
            if (code.check() == CheckKind.OFFLINE && readers.isEmpty()
                    && (code.family() == ErrorFamily.OFFER || code.family() == ErrorFamily.EVENT)) {
                md.append(decisionLinks.containsKey(n) ? " The decisions linked below say why." : "");
            }
            md.append('\n');
        }
        md.append('\n');
        String example = examples.examples().get(n);
        if (example != null) {
            md.append(example);
        }
        List<String> others = examples.otherCases().getOrDefault(n, List.of());
        if (!others.isEmpty()) {
            md.append("Other cases under test: ").append(String.join("; ", others)).append(".\n\n");
        }
        Set<String> links = decisionLinks.getOrDefault(n, Set.of());
        if (!links.isEmpty()) {
            md.append("Decisions that mention it: ").append(String.join(", ", links)).append(".\n\n");
        }
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
            Set<Integer> sectionCodes = new TreeSet<>();
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
                    sectionCodes = new TreeSet<>();
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
