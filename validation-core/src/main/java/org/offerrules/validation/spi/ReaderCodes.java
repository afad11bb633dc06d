package org.offerrules.validation.spi;

import java.lang.reflect.AnnotatedElement;

import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.constraints.RuleText;
import org.offerrules.validation.internal.ConstraintAnnotations;

/**
 * The codes a reader of a wire format reports before any rule runs: a document it cannot read, a
 * parameter the document does not have, and a value of the wrong JSON type, whose code the field's
 * own rules declare. Their sentences are in the registry ({@link org.offerrules.validation.RuleCatalog}).
 */
public final class ReaderCodes {

    /** The code of a document that is not a readable object of its request: 6055. */
    public static final int INVALID_JSON = 6055;

    /** The code of a parameter the document does not have: 6820. */
    public static final int INVALID_PARAMETER = 6820;

    /** The rejected value of a finding that an input holds no document: the input, of which nothing was read. */
    private enum Input {
        WITHOUT_DOCUMENT;

        @Override
        public String toString() {
            return "no document";
        }
    }

    private ReaderCodes() {
    }

    /**
     * {@code finding}, a reader's finding that an input holds no document at all (empty, or white space
     * and blank lines only: 6055 for JSON and NDJSON, 6820 for form bodies), marked so that rule
     * settings and baselines leave it as it is ({@link #isNoDocument}): nothing in the input was checked,
     * which must never pass as a clean input, whatever the level of its code (docs/decisions/form.md,
     * "Files and standard input"). The finding is an error whatever its severity.
     *
     * @param finding the reader's finding, worded as its other findings of the code
     * @return the same finding, an error, marked
     */
    public static Violation noDocument(Violation finding) {
        return new Violation(finding.code(), finding.pointer(), finding.message(), Severity.ERROR, Input.WITHOUT_DOCUMENT,
                finding.arguments(), finding.line(), finding.column());
    }

    /** Whether {@code violation} is a reader's finding that an input holds no document ({@link #noDocument}). */
    public static boolean isNoDocument(Violation violation) {
        return violation.rejectedValue() == Input.WITHOUT_DOCUMENT;
    }

    /**
     * The code a reader reports when the value of a field (a record field, or the type argument of a
     * list's element) has the wrong JSON type: the first code of the first constraint on it that is in
     * the default group (a presence rule says "missing", not "invalid") — its {@code malformedCode},
     * else {@code formatCode}, else {@code value}, else {@code code}. 0 when it has none.
     */
    public static int wrongType(AnnotatedElement field) {
        return ConstraintAnnotations.invalidCode(field);
    }

    /**
     * {@link #wrongType(AnnotatedElement)} of component {@code component} of a flattened group whose
     * rules are on the group's field ({@code @PriceCheck}): the first default-group constraint on
     * {@code group} with a code attribute whose {@link RuleText#component()} is {@code component}.
     * 0 when there is none.
     */
    public static int wrongType(AnnotatedElement group, int component) {
        return ConstraintAnnotations.invalidCode(group, component);
    }
}
