package org.offerrules.lint.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Rule;
import org.offerrules.validation.RuleCatalog;

/**
 * The steps of adding a rule (CONTRIBUTING.md), checked: every code a rule of the registry reports is a
 * code of the catalog that can be checked so (offline, or by lookup); every rule has a sentence; every code an annotation
 * rule reports has a test mutation and an example in the documentation. Used for the offer request and
 * for the worked example.
 */
public final class RegistryCompleteness {

    private static final Pattern EXAMPLE = Pattern.compile("fails with (\\d+) at `");

    /**
     * A test mutation of any request type: a change to a valid request that breaks exactly one rule.
     *
     * @param name    what the change does
     * @param base    the valid request
     * @param change  the change
     * @param code    the one code expected
     * @param pointer the one JSON Pointer expected
     * @param <T>     the request type
     */
    public record Change<T>(String name, T base, UnaryOperator<T> change, int code, String pointer) {

        /** The broken request. */
        public T apply() {
            return change.apply(base);
        }
    }

    private RegistryCompleteness() {
    }

    /** The codes a document shows an example of: its {@code fails with CODE at `POINTER`} lines. */
    public static Set<Integer> examplesIn(String document) {
        Set<Integer> codes = new TreeSet<>();
        Matcher m = EXAMPLE.matcher(document);
        while (m.find()) {
            codes.add(Integer.parseInt(m.group(1)));
        }
        return codes;
    }

    /**
     * What is missing from {@code catalog}: one line per skipped step, empty when none was.
     *
     * @param mutated   the codes some test mutation breaks
     * @param exampled  the codes the documentation shows an example of
     */
    public static List<String> problems(RuleCatalog catalog, Set<Integer> mutated, Set<Integer> exampled) {
        List<String> problems = new ArrayList<>();
        for (int number : catalog.reported()) {
            if (ErrorCode.find(number).isEmpty()) {
                problems.add(number + ": not in error-codes.tsv and messages.properties");
                continue;
            }
            ErrorCode code = catalog.code(number);
            boolean annotated = false;
            for (Rule rule : catalog.rules(number)) {
                if (rule.sentence().isBlank()) {
                    problems.add(number + ": no sentence for " + rule.source() + " at `" + rule.pointer()
                            + "` (@RuleText on the annotation or its code attribute)");
                }
                // a lookup may answer an offline code too (6387: an id below 1 offline, an unknown one by lookup)
                if (rule.kind() == Rule.Kind.LOOKUP ? code.check() == CheckKind.SERVER
                        : code.check() != CheckKind.OFFLINE) {
                    problems.add(number + ": " + rule.kind() + " rule of a code checked " + code.check());
                }
                annotated |= rule.kind() == Rule.Kind.ANNOTATION;
            }
            if (annotated && !mutated.contains(number)) {
                problems.add(number + ": no test mutation");
            }
            if (annotated && !exampled.contains(number)) {
                problems.add(number + ": no example in the documentation");
            }
        }
        return problems;
    }
}
