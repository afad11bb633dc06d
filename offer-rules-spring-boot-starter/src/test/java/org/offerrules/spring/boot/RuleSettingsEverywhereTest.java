package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.RuleSettings.Level;
import org.offerrules.validation.config.ConfigFile;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.fixtures.Configurations;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The same rule settings in every way in — the configuration file, the Java builder, the Spring Boot
 * properties and the Boot property naming the file — give the same reports (issue 25).
 */
class RuleSettingsEverywhereTest {

    @TempDir
    static Path folder;

    static Stream<Arguments> ways() {
        return Stream.of(
                Arguments.of("the configuration file", (Function<Path, OfferValidator>) config ->
                        OfferValidator.builder().settings(ConfigFile.load(config).settings()).build()),
                Arguments.of("the Java builder", (Function<Path, OfferValidator>) config ->
                        OfferValidator.builder().settings(RuleSettings.builder()
                                .rule("6820", Level.WARNING)
                                .rule("63993", Level.OFF)
                                .override(RuleSettings.FileOverride.files("legacy/**").rule("6313", Level.OFF))
                                .override(RuleSettings.FileOverride.files("advertisers/**").request(Request.SET_ADVERTISER))
                                .build()).build()),
                Arguments.of("the Boot properties", (Function<Path, OfferValidator>) config -> boot(
                        "offer-rules.rules.6820=warning", "offer-rules.rules.63993=off",
                        "offer-rules.overrides[0].files[0]=legacy/**", "offer-rules.overrides[0].rules.6313=off",
                        "offer-rules.overrides[1].files[0]=advertisers/**",
                        "offer-rules.overrides[1].request=setAdvertiser")),
                Arguments.of("the Boot property offer-rules.config", (Function<Path, OfferValidator>) config ->
                        boot("offer-rules.config=" + config)));
    }

    private static OfferValidator boot(String... properties) {
        AtomicReference<OfferValidator> validator = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OfferRulesAutoConfiguration.class))
                .withPropertyValues(properties)
                .run(context -> validator.set(context.getBean(OfferValidator.class)));
        return validator.get();
    }

    /** Each file's findings through the reader of its settings: severity, code and pointer. */
    static Map<String, List<String>> reports(OfferValidator validator) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("offers/offer.json", Configurations.offer(true));
        files.put("offers/no-token.json", Configurations.offer(false));
        files.put("legacy/no-token.json", Configurations.offer(false));
        files.put("advertisers/acme.json", Configurations.ADVERTISER);
        Map<String, List<String>> reports = new LinkedHashMap<>();
        files.forEach((name, json) -> {
            OfferValidator forFile = validator.forFile(Path.of(name));
            Request request = forFile.resolvedSettings().request().orElse(Request.SET_OFFER);
            OfferReader reader = OfferReader.builder().request(request.type()).validator(forFile).build();
            reports.put(name, reader.read(json).report().violations().stream()
                    .map(v -> v.severity() + " " + v.codeNumber() + " " + v.pointer()).toList());
        });
        return reports;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void theSameSettingsGiveTheSameReports(String way, Function<Path, OfferValidator> validator) throws IOException {
        Path config = Files.writeString(folder.resolve(".offer-lint.yaml"), Configurations.DONE_WHEN);
        assertThat(reports(validator.apply(config))).containsExactly(
                Map.entry("offers/offer.json", List.of("WARNING 6820 /colour")),
                Map.entry("offers/no-token.json", List.of("WARNING 6820 /colour", "ERROR 6313 /url")),
                Map.entry("legacy/no-token.json", List.of("WARNING 6820 /colour")),
                Map.entry("advertisers/acme.json", List.of()));
    }
}
