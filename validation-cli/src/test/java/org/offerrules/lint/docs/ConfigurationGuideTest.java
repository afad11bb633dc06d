package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.Violation;
import org.offerrules.validation.config.ConfigFile;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;

/** The Java of docs/configuration.md is this code, and does what the page says. */
class ConfigurationGuideTest {

    /** A valid offer but for its URL, which has no {TID}: 6313. */
    private static final Offer NO_TID = Offers.minimal().toBuilder().url("https://track.example.com/click").build();

    @Test
    void theSettingsInJava() {
        // snippet: rule-settings
        RuleSettings settings = RuleSettings.builder()
                .rule("6820", RuleSettings.Level.WARNING)
                .rule("63993", RuleSettings.Level.OFF)
                .override(RuleSettings.FileOverride.files("legacy/**").rule("6313", RuleSettings.Level.OFF))
                .override(RuleSettings.FileOverride.files("advertisers/**").request(Request.SET_ADVERTISER))
                .build();
        OfferValidator validator = OfferValidator.builder().settings(settings).build();
        // end: rule-settings

        assertThat(codes(validator.validate(NO_TID).violations())).containsExactly(6313);
        assertThat(validator.forFile(Path.of("legacy/old.json")).validate(NO_TID).violations()).isEmpty();
        assertThat(validator.forFile(Path.of("advertisers/a.json")).resolvedSettings().request())
                .contains(Request.SET_ADVERTISER);
    }

    @Test
    void theFileInJava(@TempDir Path repository) throws Exception {
        Files.writeString(repository.resolve(".offer-lint.yaml"), """
                overrides:
                  - files: ["legacy/**"]
                    rules: {"6313": off}
                """);
        Path file = Files.createDirectories(repository.resolve("legacy")).resolve("old.json");

        // snippet: config-file
        ConfigFile config = ConfigFile.load(repository.resolve(".offer-lint.yaml"));   // the nearest to a file: ConfigFile.find(file)
        OfferValidator validator = OfferValidator.builder().settings(config.settings()).build();
        // end: config-file

        assertThat(ConfigFile.find(file)).contains(repository.resolve(".offer-lint.yaml"));
        assertThat(codes(validator.validate(NO_TID).violations())).containsExactly(6313);
        assertThat(validator.forFile(file).validate(NO_TID).violations()).isEmpty();
    }

    @Test
    void theGuideShowsThisCode() throws Exception {
        Snippets.assertInSync(Snippets.root().resolve("docs/configuration.md"), List.of(Snippets.root()
                .resolve("validation-cli/src/test/java/org/offerrules/lint/docs/ConfigurationGuideTest.java")));
    }

    private static List<Integer> codes(List<Violation> violations) {
        return violations.stream().map(Violation::codeNumber).toList();
    }
}
