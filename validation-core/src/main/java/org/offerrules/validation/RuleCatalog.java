package org.offerrules.validation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.offerrules.validation.internal.Members;
import org.offerrules.validation.internal.RuleIndex;

/**
 * The registry of the rules: for every error code, what the code is ({@link #code(int)}: number, family,
 * HTTP status, client action, check kind, message) and every rule that can report it ({@link #rules(int)}:
 * constraint annotations of the model, the readers' rules, the lookups), each with its sentence and its
 * pointer. The CLI's {@code explain}, {@code codes} and SARIF rule list and the generated
 * {@code docs/rules.md} read it.
 *
 * <p>A rule's sentence lives with the rule: {@link org.offerrules.validation.constraints.RuleText} on
 * a constraint annotation, the reader's and the lookups' beside their code.
 */
public final class RuleCatalog {

    private final RuleIndex index;

    RuleCatalog(RuleIndex index) {
        this.index = index;
    }

    /**
     * The rules of a record annotated with the library's constraints: for the body of a {@link Request},
     * its {@link Request#catalog()}; for any other record, its annotation rules.
     */
    public static RuleCatalog of(Class<? extends Record> requestType) {
        Optional<Request> request = Request.ofType(requestType);
        return request.isPresent() ? request.get().catalog()
                : new RuleCatalog(RuleIndex.of(requestType, Members.JVM, List.of()));
    }

    /** Every code of the API's dictionary, in ascending order: the same as {@link ErrorCode#all()}. */
    public Collection<ErrorCode> codes() {
        return ErrorCode.all();
    }

    /**
     * The code with this number.
     *
     * @throws IllegalArgumentException if the dictionary has no such code
     */
    public ErrorCode code(int number) {
        return ErrorCode.of(number);
    }

    /** The numbers of the codes some rule of this catalog reports, ascending. */
    public SortedSet<Integer> reported() {
        return index.reportedCodes();
    }

    /**
     * The rules that report {@code number}: annotation rules in the order of the model's fields, then
     * the readers', then the lookups'. Empty when no rule does (a server-only code, another request's).
     */
    public List<Rule> rules(int number) {
        return index.rulesOf(number);
    }
}
