package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.offerrules.lint.docs.RegistryCompleteness.Change;
import org.offerrules.lint.docs.example.Listing;
import org.offerrules.lint.docs.example.ListingMutations;
import org.offerrules.lint.docs.example.NoHtml;
import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
import org.offerrules.validation.RuleCatalog;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.RequestMutation;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.internal.HibernateEngine;
import org.offerrules.validation.internal.ReaderRules;

/**
 * No step of adding a rule was skipped (CONTRIBUTING.md): for the offer request, and for the worked
 * example, whose annotation, validator, registry entry and mutation live in test code
 * ({@code org.offerrules.lint.docs.example}) and are shown in CONTRIBUTING.md.
 */
class RegistryCompletenessTest {

    private static final Path CONTRIBUTING = Snippets.root().resolve("CONTRIBUTING.md");

    @Test
    void everyCodeARuleOfTheOfferReportsHasASentenceAMutationAndAnExample() throws Exception {
        Set<Integer> mutated = Mutations.all().stream().map(Mutation::code).collect(Collectors.toSet());
        Set<Integer> exampled = RegistryCompleteness.examplesIn(Files.readString(Snippets.root().resolve("docs/rules.md")));

        assertThat(RegistryCompleteness.problems(Request.SET_OFFER.catalog(), mutated, exampled)).isEmpty();
        assertThat(Request.SET_OFFER.catalog().reported()).contains(6055, 6820, 6307, 6399);
    }

    @Test
    void everyCodeARuleOfAnotherRequestReportsHasASentenceAMutationAndAnExample() throws Exception {
        Set<Integer> exampled = RegistryCompleteness.examplesIn(Files.readString(Snippets.root().resolve("docs/rules.md")));
        for (Request request : Request.values()) {
            Set<Integer> mutated = Requests.of(request).stream().map(RequestMutation::code).collect(Collectors.toSet());
            if (request != Request.SET_OFFER) {
                assertThat(RegistryCompleteness.problems(request.catalog(), mutated, exampled)).as(request.method()).isEmpty();
            }
        }
        assertThat(Request.SET_ADVERTISER.catalog().reported()).contains(6112, 6122);
    }

    /**
     * Issue 14: every code that can be checked offline is reported by a rule of some request, and every
     * one an annotation rule reports is broken by a test mutation ({@code OfferRulesTest} and
     * {@code RequestRulesTest} run each through both engines and assert its code and pointer); the codes
     * no rule checks are exactly those of the other kinds (lookup, server, transport).
     */
    @Test
    void theOfflineCodesAreExactlyTheCheckedOnesAndEachIsMutated() {
        Set<Integer> offline = new TreeSet<>();
        ErrorCode.all().stream().filter(c -> c.check() == CheckKind.OFFLINE).forEach(c -> offline.add(c.number()));
        Set<Integer> checked = new TreeSet<>();
        Set<Integer> annotated = new TreeSet<>();
        for (Request request : Request.values()) {
            for (int code : request.catalog().reported()) {
                for (Rule rule : request.catalog().rules(code)) {
                    if (rule.kind() != Rule.Kind.LOOKUP) {
                        checked.add(code);
                    }
                    if (rule.kind() == Rule.Kind.ANNOTATION) {
                        annotated.add(code);
                    }
                }
            }
        }
        Set<Integer> mutated = new TreeSet<>();
        Mutations.all().forEach(m -> mutated.add(m.code()));
        Requests.all().forEach(m -> mutated.add(m.code()));

        assertThat(difference(offline, checked)).as("offline codes no rule reports").isEmpty();
        assertThat(difference(checked, offline)).as("codes a rule reports that are not offline").isEmpty();
        assertThat(difference(annotated, mutated)).as("codes an annotation rule reports, without a mutation").isEmpty();
        assertThat(difference(checked, annotated)).as("offline codes only a reader reports")
                .isEqualTo(Set.of(ReaderRules.INVALID_JSON));
        Set<Integer> unchecked = new TreeSet<>();
        ErrorCode.all().forEach(c -> unchecked.add(c.number()));
        unchecked.removeAll(checked);
        Set<Integer> otherKinds = new TreeSet<>();
        ErrorCode.all().stream().filter(c -> c.check() != CheckKind.OFFLINE).forEach(c -> otherKinds.add(c.number()));
        assertThat(unchecked).isEqualTo(otherKinds);
        assertThat(otherKinds).contains(6000, 6033, 6228, 6804).doesNotContain(6480, 6481, 6443, 6808);
    }

    private static Set<Integer> difference(Set<Integer> a, Set<Integer> b) {
        Set<Integer> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void theWorkedExamplePassesTheSameChecks() throws Exception {
        RuleCatalog catalog = RuleCatalog.of(Listing.class);
        List<Change<Listing>> mutations = ListingMutations.all();
        Set<Integer> mutated = mutations.stream().map(Change::code).collect(Collectors.toCollection(TreeSet::new));

        assertThat(RegistryCompleteness.problems(catalog, mutated,
                RegistryCompleteness.examplesIn(Files.readString(CONTRIBUTING)))).isEmpty();
        assertThat(catalog.reported()).containsExactly(63990);
        assertThat(catalog.rules(63990)).containsExactly(new Rule(63990, Rule.Kind.ANNOTATION, "/description",
                "@NoHtml", "`description` must not contain HTML tags."));
        try (HibernateEngine engine = new HibernateEngine(false)) {
            for (Change<Listing> m : mutations) {
                assertThat(engine.validate(m.base())).as(m.name()).isEmpty();
                assertThat(engine.validate(m.apply())).as(m.name()).extracting(v -> v.codeNumber() + " " + v.pointer())
                        .containsExactly(m.code() + " " + m.pointer());
            }
        }
    }

    @Test
    void aSkippedStepIsReported() {
        record Unfinished(@Undocumented(code = 63991) String restriction, @NoHtml(code = 63990) String description) {
        }
        assertThat(RegistryCompleteness.problems(RuleCatalog.of(Unfinished.class), Set.of(63990), Set.of()))
                .containsExactly("63990: no example in the documentation",
                        "63991: no sentence for @Undocumented at `/restriction` (@RuleText on the annotation or its "
                                + "code attribute)",
                        "63991: no test mutation", "63991: no example in the documentation");
    }

    @Test
    void contributingShowsTheWorkedExampleAsItIs() throws Exception {
        Path example = Snippets.root().resolve("validation-cli/src/test/java/org/offerrules/lint/docs/example");
        Snippets.assertInSync(CONTRIBUTING, List.of(example.resolve("NoHtml.java"),
                example.resolve("NoHtmlValidator.java"), example.resolve("Listing.java"),
                example.resolve("ListingMutations.java")));
        assertThat(NoHtml.class).isAnnotation();
    }
}
