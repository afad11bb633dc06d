package org.offerrules.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
import org.offerrules.validation.model.Flattened;
import org.offerrules.validation.model.OpenNames;
import org.offerrules.validation.spi.Wire;

/**
 * Renders {@code docs/conformance.md}: for every {@link Request} row, every parameter its vendor method page
 * documents, either modelled (its wire field and the rules and codes the registry has at it) or deliberately
 * not (the reason, from the page file). The pages are data: one file per method page in
 * {@value #PAGES} ({@code <method>.tsv}, the affiliate API's {@code <method>.affiliate.tsv}), a line
 * {@code # page: <address>}, a line {@code # request: <method>}, then a line per documented parameter:
 * its name as on the page, what the page says, and why it is not modelled (empty when it is).
 *
 * <p>{@link #problems()} lists what the data leaves unaccounted for, and {@code ConformanceDocTest} fails on
 * it: a documented parameter neither modelled nor given a reason, a reason for a parameter that is modelled,
 * a request row without a page file, and any malformed file.
 */
public final class ConformanceDocument {

    /** The command that rewrites the committed file; printed at the top of the document. */
    public static final String REGENERATE = "./mvnw -B -q test -pl validation-core -am -Dtest=ConformanceDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    /** The folder of the page files, relative to the repository root. */
    public static final String PAGES = "docs/vendor-pages";

    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]+)(\\.affiliate)?\\.tsv");
    private static final Pattern PAGE = Pattern.compile("# page: (https?://\\S+)");
    private static final Pattern REQUEST = Pattern.compile("# request: (\\S+)");

    /**
     * One documented parameter.
     *
     * @param name   its name as on the page
     * @param page   what the page says: type, required or optional, values or default
     * @param reason why it is not modelled; empty when it is
     */
    public record Parameter(String name, String page, String reason) {
    }

    /**
     * One page file.
     *
     * @param file       its file name in {@value #PAGES}
     * @param url        the page's address
     * @param request    the request row it documents
     * @param parameters its documented parameters, in page order
     */
    public record Page(String file, String url, Request request, List<Parameter> parameters) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the page files of the repository at {@code root}. */
    public ConformanceDocument(Path root) {
        Path folder = root.resolve(PAGES);
        List<Path> files;
        try (Stream<Path> listing = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            files = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            read(file);
        }
        for (Request request : Request.values()) {
            if (pages.stream().noneMatch(p -> p.request() == request)) {
                problems.add(request.method() + ": no page file in " + PAGES);
            }
        }
    }

    /** The page files read, in file-name order. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** Everything left unaccounted for, one sentence each; empty when every documented parameter is. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The request rows that have no page file. */
    public Set<String> requestsWithoutPage() {
        Set<String> without = new LinkedHashSet<>();
        for (Request request : Request.values()) {
            if (pages.stream().noneMatch(p -> p.request() == request)) {
                without.add(request.method());
            }
        }
        return without;
    }

    private void read(Path file) {
        String name = file.getFileName().toString();
        Matcher fileName = FILE_NAME.matcher(name);
        if (!fileName.matches()) {
            problems.add(name + ": not a page file name (<method>.tsv or <method>.affiliate.tsv)");
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher page = lines.isEmpty() ? null : PAGE.matcher(lines.get(0));
        Matcher method = lines.size() < 2 ? null : REQUEST.matcher(lines.get(1));
        if (page == null || !page.matches() || method == null || !method.matches()) {
            problems.add(name + ": the first lines must be `# page: <address>` and `# request: <method>`");
            return;
        }
        Optional<Request> request = Request.ofMethod(method.group(1));
        if (request.isEmpty()) {
            problems.add(name + ": `" + method.group(1) + "` is no request row");
            return;
        }
        if (!fileName.group(1).equals(method.group(1))) {
            problems.add(name + ": the file is named for another request than `" + method.group(1) + "`");
        }
        Set<String> wire = wireNames(request.get());
        List<Parameter> parameters = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 2; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                problems.add(name + ":" + (i + 1) + ": a parameter line is `name<TAB>what the page says<TAB>reason`");
                continue;
            }
            Parameter p = new Parameter(cells[0].strip(), cells[1].strip(), cells[2].strip());
            if (!seen.add(p.name())) {
                problems.add(name + ":" + (i + 1) + ": `" + p.name() + "` is listed twice");
            }
            boolean modelled = wire.contains(p.name());
            if (modelled && !p.reason().isEmpty()) {
                problems.add(name + ": `" + p.name() + "` is modelled, but the file gives a reason for not modelling it");
            } else if (!modelled && p.reason().isEmpty()) {
                problems.add(name + ": `" + p.name() + "` is documented but neither modelled nor given a reason");
            }
            parameters.add(p);
        }
        pages.add(new Page(name, page.group(1), request.get(), List.copyOf(parameters)));
    }

    /** The wire names of the request's body: its record's components, flattened groups expanded. */
    private static Set<String> wireNames(Request request) {
        Set<String> names = new LinkedHashSet<>();
        Updates.fields(request.type(), List.of(), new ArrayList<>()).forEach(f -> names.add(f.wireName()));
        return names;
    }

    /** Renders the whole document. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated by validation-core/src/main/java/org/offerrules/validation/internal/"
                + "ConformanceDocument.java. Do not edit: ConformanceDocTest fails when this file differs from "
                + "what the generator renders. -->\n\n");
        md.append("# Conformance: every parameter of the vendor's method pages\n\n");
        md.append("For every request offer-rules models, every parameter its vendor method page documents: "
                + "modelled (its wire field, and the rules and codes the registry has at it) or deliberately not "
                + "(why). The pages are data, one file per page in [").append(PAGES).append("](vendor-pages): "
                + "the page's address, the request, and per parameter what the page says and the reason it is not "
                + "modelled. `ConformanceDocTest` fails when a documented parameter is neither modelled nor given "
                + "a reason, when a reason is given for a modelled one, and when a request has no page file. "
                + "Regenerate (repository root):\n\n");
        md.append("```sh\n").append(REGENERATE).append("\n```\n\n");
        Map<Request, List<Page>> byRequest = new LinkedHashMap<>();
        for (Request request : Request.values()) {
            byRequest.put(request, new ArrayList<>());
        }
        pages.forEach(p -> byRequest.get(p.request()).add(p));
        md.append("## Contents\n\n");
        byRequest.keySet().forEach(r -> md.append("- [`").append(r.method()).append("`](#")
                .append(r.method().toLowerCase(java.util.Locale.ROOT)).append(")\n"));
        md.append('\n');
        for (Map.Entry<Request, List<Page>> entry : byRequest.entrySet()) {
            section(md, entry.getKey(), entry.getValue());
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Request request, List<Page> pagesOf) {
        md.append("## `").append(request.method()).append("`\n\n");
        Map<String, List<Rule>> rules = rulesByField(request);
        Set<String> documented = new LinkedHashSet<>();
        if (pagesOf.isEmpty()) {
            md.append("**No page file.**\n\n");
        }
        for (Page page : pagesOf) {
            md.append("Page: <").append(page.url()).append("> ([").append(page.file()).append("](vendor-pages/")
                    .append(page.file()).append("))\n\n");
            if (page.parameters().isEmpty()) {
                md.append("The page documents no parameter.\n\n");
                continue;
            }
            md.append("| parameter | the page says | offer-rules |\n|---|---|---|\n");
            for (Parameter p : page.parameters()) {
                documented.add(p.name());
                md.append("| `").append(p.name()).append("` | ").append(cell(p.page())).append(" | ")
                        .append(p.reason().isEmpty() ? modelled(p.name(), rules.get(p.name()))
                                : "not modelled: " + cell(p.reason()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        openNames(md, request.type());
        List<String> beyond = new ArrayList<>();
        for (String field : wireNames(request)) {
            if (!documented.contains(field)) {
                beyond.add("`" + field + "`");
            }
        }
        if (!beyond.isEmpty()) {
            md.append("Modelled beyond the page (decided in [decisions](decisions)): ")
                    .append(String.join(", ", beyond)).append(".\n\n");
        }
    }

    /** The family of names past the pages' cut that the request's record (or a flattened group) takes. */
    private static void openNames(StringBuilder md, Class<?> type) {
        List<Class<?>> groups = new ArrayList<>(List.of(type));
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Flattened.class)) {
                groups.add(c.getType());
            }
        }
        for (Class<?> group : groups) {
            OpenNames open = group.getAnnotation(OpenNames.class);
            if (open == null) {
                continue;
            }
            String like = Arrays.stream(group.getRecordComponents()).filter(c -> c.getName().equals(open.like()))
                    .map(Wire::name).findFirst().orElseThrow();
            md.append("Past the pages' cut: any other parameter whose name matches `").append(open.pattern())
                    .append("` is read like `").append(like).append("` (its rules and codes, at its own pointer), ")
                    .append("never as an unknown parameter (6820): the stored pages end before their lists do ")
                    .append("([decision](decisions/vendor-conformance.md#column-switches-past-the-cut)).\n\n");
        }
    }

    private static String modelled(String field, List<Rule> rules) {
        StringBuilder cell = new StringBuilder("`/").append(field).append('`');
        if (rules == null || rules.isEmpty()) {
            return cell.append(": modelled, no rule (any value is accepted)").toString();
        }
        cell.append(": ");
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            ErrorCode code = ErrorCode.of(rule.code());
            String at = rule.pointer().equals("/" + field) ? "" : " (at `" + rule.pointer() + "`)";
            lines.add("[" + rule.code() + "](rules.md#" + rule.code() + ") " + code.check().name().toLowerCase(
                    java.util.Locale.ROOT) + at + ": " + cell(rule.sentence()));
        }
        return cell.append(String.join("<br>", lines)).toString();
    }

    /** The request's rules by the wire field they report at (at it or below it), in code order. */
    private static Map<String, List<Rule>> rulesByField(Request request) {
        Map<String, List<Rule>> byField = new TreeMap<>();
        for (int code : request.catalog().reported()) {
            for (Rule rule : request.catalog().rules(code)) {
                String pointer = rule.pointer();
                if (pointer.length() < 2 || pointer.startsWith("/**")) {
                    continue;   // the document itself, or any pointer: the readers' rules
                }
                int end = pointer.indexOf('/', 1);
                String field = pointer.substring(1, end < 0 ? pointer.length() : end);
                List<Rule> list = byField.computeIfAbsent(field, f -> new ArrayList<>());
                if (!list.contains(rule)) {
                    list.add(rule);
                }
            }
        }
        return byField;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
