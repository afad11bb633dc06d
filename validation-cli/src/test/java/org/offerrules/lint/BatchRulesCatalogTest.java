package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;
import org.offerrules.validation.guide.Snippets;

/**
 * Every rule the batch check declares ({@link BatchCheck#rules}, what it reports: BatchCheckRulesTest)
 * is said where a code is explained: under its code in docs/rules.md and by {@code offer-lint explain},
 * with where it is checked; neither says that no rule, or only the server or a lookup, reports it.
 */
class BatchRulesCatalogTest {

    /** The section of docs/rules.md of {@code code}: from its heading to the next. */
    private static String section(String document, int code) {
        int start = document.indexOf("### <a id=\"" + code + "\"></a>");
        assertThat(start).as("a section of %d", code).isNotNegative();
        int end = document.indexOf("\n### ", start + 1);
        return document.substring(start, end < 0 ? document.length() : end);
    }

    @Test
    void theCatalogAndExplainSayEveryRuleOfTheBatch() throws Exception {
        String rules = Files.readString(Snippets.root().resolve("docs/rules.md"));
        int said = 0;
        for (Request request : Request.values()) {
            for (Rule rule : BatchCheck.rules(request)) {
                String section = section(rules, rule.code());
                assertThat(section).as("docs/rules.md, %d", rule.code())
                        .contains("- Batch: `" + request.method() + "` at `" + rule.pointer() + "`: " + rule.sentence())
                        .contains(BatchCheck.CHECKED)
                        .contains("across one batch's requests*")
                        .doesNotContain("Only the server knows");

                Cli explain = Cli.run("explain", String.valueOf(rule.code()));
                assertThat(explain.status()).isZero();
                assertThat(explain.out()).as("explain %d", rule.code())
                        .containsPattern("(?m)^requests: .*\\b" + request.method() + "\\b")
                        // explain names the offer's rules by pointer only, the other requests' with the method
                        .containsPattern("(?m)^  " + Pattern.quote((request == Request.SET_OFFER ? ""
                                : request.method() + " ") + rule.pointer()) + " +"
                                + Pattern.quote("batch, across one run: " + rule.sentence()) + "$")
                        .contains(BatchCheck.CHECKED, "across the documents of one run")
                        .doesNotContain("no rule of offer-lint reports this code");
                said++;
            }
        }
        assertThat(said).isEqualTo(6);
    }
}
