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

        assertThat(RegistryCompleteness.problems(RuleCatalog.offers(), mutated, exampled)).isEmpty();
        assertThat(RuleCatalog.offers().reported()).contains(6055, 6820, 6307, 6399);
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
