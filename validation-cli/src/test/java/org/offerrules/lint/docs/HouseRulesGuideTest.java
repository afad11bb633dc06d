package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.offerrules.lint.OfferLint;
import org.offerrules.lint.house.PreviewRules;
import org.offerrules.validation.HouseRule;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;

/** docs/house-rules.md: its Java is this code, and its YAML rules run through offer-lint as it says. */
class HouseRulesGuideTest {

    private static final Path GUIDE = Snippets.root().resolve("docs/house-rules.md");

    @Test
    void theGuidesJavaIsThisCode() throws Exception {
        Path tests = Snippets.root().resolve("validation-cli/src/test/java/org/offerrules/lint");
        Snippets.assertInSync(GUIDE, List.of(tests.resolve("docs/HouseRulesGuideTest.java"),
                tests.resolve("house/PreviewRules.java")));
    }

    @Test
    void rulesInJavaOnTheBuilder() {
        // snippet: java-builder
        HouseRule noLoss = HouseRule.define("ACME-1", "payout must not exceed revenue")
                .on(Request.SET_OFFER)
                .compare("payout", "<=", "revenue");
        HouseRule sold = HouseRule.define("ACME-3", "{value} offers are not sold here")
                .severity(Severity.WARNING)
                .oneOf("payout_type", List.of("CPA", "CPS"));
        OfferValidator validator = OfferValidator.builder()
                .houseRules(noLoss, sold)
                .houseRules(new PreviewRules().rules())
                .build();
        // end: java-builder
        Offer offer = Offers.full().toBuilder().payout(9.0).payoutType("CPC").previewUrl("http://x.example").build();
        assertThat(validator.validate(offer).violations()).filteredOn(v -> v.code().isHouse())
                .extracting(v -> v.code().id(), Violation::pointer, Violation::severity, Violation::message)
                .containsExactlyInAnyOrder(
                        tuple("ACME-1", "/payout", Severity.ERROR, "payout must not exceed revenue"),
                        tuple("ACME-3", "/payout_type", Severity.WARNING, "CPC offers are not sold here"),
                        tuple("ACME-2", "/preview_url", Severity.WARNING, "the preview URL must use https"));
    }

    @Test
    void theGuidesYamlRunsAsItSays(@TempDir Path dir) throws Exception {
        Matcher yaml = Pattern.compile("<!-- house-rules: yaml -->\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        assertThat(yaml.find()).as("docs/house-rules.md shows the rules").isTrue();
        Path rules = Files.writeString(dir.resolve(".offer-lint.yaml"), yaml.group(1));
        String valid = Files.readString(Snippets.root().resolve("docs/examples/valid-offer.json"));
        Path offer = Files.writeString(dir.resolve("offer.json"), valid.replace("\"payout\": 2.5", "\"payout\": 5.5")
                .replace("\"name\": \"Summer Sale\"", "\"name\": \"summer sale\""));
        String name = offer.toString().replace('\\', '/');
        // as the guide says: found as the offer's configuration file, or given with --house-rules
        for (String[] arguments : List.of(new String[] {"--no-progress", offer.toString()},
                new String[] {"--no-progress", "--no-config", "--house-rules", rules.toString(), offer.toString()})) {
            java.io.StringWriter out = new java.io.StringWriter();
            var cli = OfferLint.commandLine();
            cli.setOut(new java.io.PrintWriter(out));
            int status = cli.execute(arguments);

            assertThat(status).as(String.join(" ", arguments)).isEqualTo(1);
            assertThat(out.toString())
                    .contains(name + ":13:13: error ACME-1 payout must not exceed revenue (/payout)")
                    .contains(name + ":3:11: warning ACME-4 offer names start with a capital letter (/name)")
                    .contains(name + ":1:1: warning ACME-5 every offer has a preview_url (/preview_url)");
        }
    }
}
