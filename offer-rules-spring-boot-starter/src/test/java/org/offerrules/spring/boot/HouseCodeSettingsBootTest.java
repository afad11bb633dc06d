package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerrules.validation.HouseRule;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.fixtures.Offers;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A house code as a key of {@code offer-rules.rules} and of the file's {@code rules}, like an API code. */
class HouseCodeSettingsBootTest {

    private static final HouseRule PREVIEW = HouseRule.define("ACME-1", "every offer has a {field}")
            .required("preview_url");

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OfferRulesAutoConfiguration.class))
                .withBean(HouseRule.class, () -> PREVIEW);
    }

    private static List<String> report(String... properties) {
        AtomicReference<List<String>> report = new AtomicReference<>();
        runner().withPropertyValues(properties).run(context -> {
            OfferValidator validator = context.getBean(OfferValidator.class);
            report.set(validator.forFile(Path.of("legacy/a.json")).validate(Offers.minimal()).violations().stream()
                    .map(v -> "legacy " + v.severity() + " " + v.code().id()).toList());
        });
        return report.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"offer-rules.rules.ACME-1", "offer-rules.rules[ACME-1]", "offer-rules.rules.acme-1"})
    void aHouseCodeIsAKeyOfTheRulesAndOfAnOverride(String key) {
        assertThat(report()).containsExactly("legacy ERROR ACME-1");
        assertThat(report(key + "=warning")).containsExactly("legacy WARNING ACME-1");
        assertThat(report(key + "=warning", "offer-rules.overrides[0].files[0]=legacy/**",
                "offer-rules.overrides[0].rules[ACME-1]=off")).isEmpty();
    }

    @Test
    void anUnknownHouseCodeStopsTheApplicationAtItsKey(@TempDir Path folder) throws Exception {
        runner().withPropertyValues("offer-rules.rules[ACME-2]=off").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessage("rules: ACME-2: no house rule has this code; did you mean ACME-1?"));
        Path config = Files.writeString(folder.resolve(".offer-lint.yaml"), "rules:\n  ACME-1: warning\n  ACME-2: off\n");
        runner().withPropertyValues("offer-rules.config=" + config).run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessage(config + ":3: rules.ACME-2: no house rule has this code; did you mean ACME-1?"));
        assertThat(report("offer-rules.config=" + Files.writeString(config, "rules:\n  ACME-1: warning\n")))
                .containsExactly("legacy WARNING ACME-1");
    }
}
