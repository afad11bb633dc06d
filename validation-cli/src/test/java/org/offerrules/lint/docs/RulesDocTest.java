package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ErrorFamily;
import org.offerrules.validation.Request;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.internal.Members;
import org.offerrules.validation.internal.RuleIndex;

/**
 * docs/rules.md is generated: this test fails when the committed file is not what {@link RulesDocument}
 * renders now. {@code -Dregenerate=true} rewrites the file instead (the command is at its top).
 */
class RulesDocTest {

    private static Path file;
    private static RulesDocument document;
    private static String rendered;
    private static Path examplesFile;
    private static String examples;

    @BeforeAll
    static void render() throws Exception {
        file = Snippets.root().resolve("docs/rules.md");
        document = new RulesDocument(Snippets.root());
        rendered = document.render();
        examplesFile = Snippets.root().resolve("validation-cli/src/main/resources/org/offerrules/lint/examples.md");
        examples = document.examplesResource();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(file, rendered);
            Files.writeString(examplesFile, examples);
        }
    }

    @Test
    void theCommittedFileIsFresh() throws Exception {
        assertThat(Files.readString(file))
                .as("docs/rules.md is stale; regenerate it with: " + RulesDocument.REGENERATE)
                .isEqualTo(rendered);
    }

    /**
     * Reflection lists annotation attributes and annotations in an order the JVM does not specify (the
     * order of the {@code @EventChain} sentences once changed from run to run): read in reversed and in
     * shuffled order, the rules give the same bytes.
     */
    @Test
    void theDocumentDoesNotDependOnTheOrderReflectionListsMembersIn() throws Exception {
        String committed = Files.readString(file);
        List<UnaryOperator<List<Object>>> orders = List.of(
                members -> {
                    Collections.reverse(members);
                    return members;
                },
                shuffled(1), shuffled(2), shuffled(3));
        for (UnaryOperator<List<Object>> order : orders) {
            RulesDocument reordered = new RulesDocument(Snippets.root(), RuleIndex.of(Request.SET_OFFER, new Members(order)));
            assertThat(reordered.render()).isEqualTo(committed);
            assertThat(reordered.examplesResource()).isEqualTo(Files.readString(examplesFile));
        }
        // the reordering reaches the index: members are listed at all, and listed reversed
        List<Object> seen = new ArrayList<>();
        new Members(members -> {
            seen.addAll(members);
            Collections.reverse(members);
            return members;
        }).attributes(org.offerrules.validation.constraints.EventChain.class);
        assertThat(seen).hasSizeGreaterThan(10);
    }

    private static UnaryOperator<List<Object>> shuffled(long seed) {
        Random random = new Random(seed);
        return members -> {
            Collections.shuffle(members, random);
            return members;
        };
    }

    @Test
    void theExamplesOfExplainAreFresh() throws Exception {
        assertThat(Files.readString(examplesFile))
                .as("the explain examples are stale; regenerate them with: " + RulesDocument.REGENERATE)
                .isEqualTo(examples);
    }

    @Test
    void everyCodeOfTheCatalogHasAnEntry() {
        assertThat(rendered).contains("The API's dictionary has " + Request.SET_OFFER.catalog().codes().size() + " codes");
        for (ErrorCode code : ErrorCode.all()) {
            assertThat(rendered).contains("### <a id=\"" + code.number() + "\"></a>" + code.number() + " ");
        }
    }

    @Test
    void everyExampleShownFailsWithExactlyItsCodeAtItsPointerAndItsBasePasses() {
        assertThat(document.examples()).isNotEmpty();
        for (RulesDocument.Example example : document.examples()) {
            assertThat(document.problems(example)).as(example.mutation().toString()).isEmpty();
            assertThat(rendered).contains("fails with " + example.code().number() + " at `" + example.mutation().pointer());
        }
    }

    @Test
    void everyOfflineOfferCodeThatARuleReportsHasAnExample() {
        Set<Integer> withoutExample = new TreeSet<>();
        for (int code : Request.SET_OFFER.catalog().reported()) {
            ErrorCode c = ErrorCode.of(code);
            boolean offerRequest = c.family() == ErrorFamily.OFFER || c.family() == ErrorFamily.EVENT;
            if (offerRequest && c.check() == CheckKind.OFFLINE
                    && document.examples().stream().noneMatch(e -> e.code() == c)) {
                withoutExample.add(code);
            }
        }
        assertThat(withoutExample).isEmpty();
    }
}
