package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.CheckKind;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ErrorFamily;
import org.offerrules.validation.guide.Snippets;
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

    @Test
    void theExamplesOfExplainAreFresh() throws Exception {
        assertThat(Files.readString(examplesFile))
                .as("the explain examples are stale; regenerate them with: " + RulesDocument.REGENERATE)
                .isEqualTo(examples);
    }

    @Test
    void everyCodeOfTheCatalogHasAnEntry() {
        assertThat(ErrorCode.all()).hasSize(290);
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
        for (int code : RuleIndex.codes()) {
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
