package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.fixtures.NetworkFolder;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.servlet.filter.OrderedCharacterEncodingFilter;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.boot.servlet.filter.OrderedHiddenHttpMethodFilter;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The auto-configuration's conditions, properties and back-off, without a server. */
class OfferRulesAutoConfigurationTest {

    /** Two errors: 6309 at /name and 6319 at /ssl. */
    private static final Offer TWO_ERRORS = Offers.minimal().toBuilder().name("").ssl(2).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OfferRulesAutoConfiguration.class));

    @Test
    void theDefaultValidatorChecksCreatesAndReportsEveryViolation() {
        runner.run(context -> {
            OfferValidator validator = context.getBean(OfferValidator.class);
            assertThat(validator.mode()).isEqualTo(ValidationMode.CREATE);
            assertThat(validator.validate(TWO_ERRORS).codeNumbers()).containsExactly(6309, 6319);
            assertThat(context).doesNotHaveBean(HandlerExceptionResolver.class);
        });
    }

    @Test
    void thePropertiesConfigureTheValidator() {
        runner.withPropertyValues("offer-rules.mode=update", "offer-rules.fail-fast=true", "offer-rules.locale=de",
                        "offer-rules.problem-type-base=https://api.example.com/problems/")
                .run(context -> {
                    OfferValidator validator = context.getBean(OfferValidator.class);
                    assertThat(validator.mode()).isEqualTo(ValidationMode.UPDATE);
                    // update mode requires the id (6301); fail-fast stops at one violation
                    assertThat(validator.validate(TWO_ERRORS).violations()).hasSize(1);
                    OfferRulesProperties properties = context.getBean(OfferRulesProperties.class);
                    assertThat(properties.getLocale()).isEqualTo(Locale.GERMAN);
                    assertThat(properties.getProblemTypeBase()).isEqualTo("https://api.example.com/problems/");
                });
    }

    @Test
    void theApplicationsLookupAnswersExistenceQuestions() {
        runner.withBean(OfferLookup.class, () -> new OfferLookup() {
            @Override
            public boolean advertiserExists(int advertiserId) {
                return false;
            }
        }).run(context -> assertThat(context.getBean(OfferValidator.class).validate(Offers.minimal()).violations())
                .extracting(v -> v.codeNumber() + " " + v.pointer())
                .containsExactly("6307 /advertiser_id"));
    }

    @Test
    void theDataFolderPropertyAnswersTheLookupsOfItsFiles(@TempDir Path dir) throws Exception {
        NetworkFolder.write(dir);
        runner.withPropertyValues("offer-rules.data=" + dir)
                .run(context -> assertThat(context.getBean(OfferValidator.class)
                        .validate(NetworkFolder.knownOffer().toBuilder().advertiserId(13).build()).violations())
                        .extracting(v -> v.codeNumber() + " " + v.pointer())
                        .containsExactly("6307 /advertiser_id"));
    }

    @Test
    void theConfigurationFilesHouseRulesAndDataFolderApply(@TempDir Path dir) throws Exception {
        NetworkFolder.write(java.nio.file.Files.createDirectories(dir.resolve("network")));
        Path config = java.nio.file.Files.writeString(dir.resolve(".offer-lint.yaml"), """
                data: network
                house-rules:
                  - {code: ACME-9, message: "a preview URL, please", required: preview_url}
                """);
        runner.withPropertyValues("offer-rules.config=" + config)
                .run(context -> assertThat(context.getBean(OfferValidator.class)
                        .validate(NetworkFolder.knownOffer().toBuilder().advertiserId(13).previewUrl(null).build())
                        .violations())
                        .extracting(v -> v.code().id() + " " + v.pointer())
                        .containsExactly("6307 /advertiser_id", "ACME-9 /preview_url"));
    }

    /** Boot's failure report says the file's one line, not a stack trace under bean-creation messages. */
    @Test
    void aBadConfigurationFileStopsTheStartWithItsOneLine(@TempDir Path dir) throws Exception {
        Path config = java.nio.file.Files.writeString(dir.resolve(".offer-lint.yaml"), "rulez:\n  \"6820\": off\n");
        runner.withPropertyValues("offer-rules.config=" + config).run(context -> {
            assertThat(context).hasFailed();
            org.springframework.boot.diagnostics.FailureAnalysis analysis = new ConfigFailureAnalyzer()
                    .analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("The offer-rules configuration file cannot be used:\n\n    "
                    + config + ":1: rulez: unknown key; did you mean rules?");
            assertThat(analysis.getAction()).contains("docs/configuration.md");
        });
        java.util.List<String> factories = new java.util.ArrayList<>();
        for (java.net.URL url : java.util.Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring.factories"))) {
            try (java.io.InputStream in = url.openStream()) {
                factories.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(factories).anyMatch(text -> text.contains("FailureAnalyzer=\\\n" + ConfigFailureAnalyzer.class.getName()));
    }

    /**
     * A problem of the whole file (saved as UTF-16 by Notepad or PowerShell 5, a folder named) is its one line
     * without a line number, and the report's advice names no line either: it said "Fix the file at that
     * line" of a message that names none.
     */
    @Test
    void aWholeFileProblemStopsTheStartWithItsOneLineAndNoLine(@TempDir Path dir) throws Exception {
        Path utf16 = java.nio.file.Files.write(dir.resolve(".offer-lint.yaml"),
                "rules:\n  \"6820\": off\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        java.util.Map<Path, String> problems = java.util.Map.of(
                utf16, utf16 + ": not UTF-8 but UTF-16LE; save the file as UTF-8",
                dir, dir + ": a folder, not a file; name the file (.offer-lint.yaml)");
        problems.forEach((config, message) -> runner.withPropertyValues("offer-rules.config=" + config).run(context -> {
            assertThat(context).hasFailed();
            org.springframework.boot.diagnostics.FailureAnalysis analysis = new ConfigFailureAnalyzer()
                    .analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                    .isEqualTo("The offer-rules configuration file cannot be used:\n\n    " + message);
            assertThat(analysis.getAction()).isEqualTo("Fix what the message names in the file (docs/configuration.md "
                    + "says what each key takes), or name another with offer-rules.config.");
        }));
    }

    @Test
    void aDataFolderThatCannotBeReadStopsTheStart(@TempDir Path dir) {
        runner.withPropertyValues("offer-rules.data=" + dir.resolve("nowhere"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("offer-rules.data " + dir.resolve("nowhere") + " cannot be read"));
    }

    @Test
    void aWrongLevelStopsTheStartNamingTheLevels() {
        runner.withPropertyValues("offer-rules.rules.6319=warn")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("not a level (off, warning or error); did you mean warning?"));
        runner.withPropertyValues("offer-rules.overrides[0].files=**/*.json", "offer-rules.overrides[0].rules.6319=eror")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("not a level (off, warning or error); did you mean error?"));
        runner.withPropertyValues("offer-rules.rules.6319=Warning")
                .run(context -> assertThat(context.getBean(OfferValidator.class)
                        .validate(Offer.builder().ssl(2).build()).violations())
                        .filteredOn(v -> v.codeNumber() == 6319).extracting(v -> v.severity().name())
                        .containsExactly("WARNING"));
    }

    @Test
    void theApplicationsCustomizersComeAfterTheProperties() {
        runner.withPropertyValues("offer-rules.mode=update")
                .withBean(OfferValidatorCustomizer.class, () -> builder -> builder.currentOffers(id -> null))
                .run(context -> {
                    OfferValidator validator = context.getBean(OfferValidator.class);
                    assertThat(validator.mode()).isEqualTo(ValidationMode.UPDATE);
                    // no current offer of id 8: an update of it names an offer that does not exist
                    assertThat(validator.validate(Offer.builder().id(8).name("Renamed").build()).violations())
                            .extracting(v -> v.codeNumber() + " " + v.pointer()).containsExactly("6304 /id");
                });
    }

    @Test
    void backsOffForTheApplicationsOwnValidator() {
        OfferValidator own = OfferValidator.builder().mode(ValidationMode.UPDATE).build();
        runner.withBean(OfferValidator.class, () -> own)
                .run(context -> assertThat(context.getBean(OfferValidator.class)).isSameAs(own));
    }

    @Test
    void turnsOffWithEnabledFalse() {
        runner.withPropertyValues("offer-rules.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(OfferValidator.class);
            assertThat(context).doesNotHaveBean(OfferRulesProperties.class);
        });
    }

    @Test
    void aServletApplicationGetsTheProblemDetailsAndTheModesUnlessItHasItsOwn() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OfferRulesAutoConfiguration.class));
        List<String> names = List.of("offerRulesJsonMapperBuilderCustomizer", "offerRulesWebMvcConfigurer",
                "offerRulesControllerAdvice", "offerRulesExceptionResolver", "offerRulesFormBodyFilter");
        web.run(context -> {
            assertThat(context).hasSingleBean(OfferRulesExceptionResolver.class);
            assertThat(context).hasSingleBean(OfferRulesControllerAdvice.class);
            assertThat(context).hasSingleBean(JsonMapperBuilderCustomizer.class);
            names.forEach(name -> assertThat(context).hasBean(name));
            // after Boot's CharacterEncodingFilter, before its HiddenHttpMethodFilter and FormContentFilter
            assertThat(context.getBean("offerRulesFormBodyFilter", FilterRegistrationBean.class).getOrder())
                    .isGreaterThan(new OrderedCharacterEncodingFilter().getOrder())
                    .isLessThan(new OrderedHiddenHttpMethodFilter().getOrder())
                    .isLessThan(new OrderedFormContentFilter().getOrder());
        });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OfferRulesAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean("offerRulesFormBodyFilter"));
        for (String name : names) {
            Object own = new Object();
            web.withBean(name, Object.class, () -> own)
                    .run(context -> assertThat(context.getBean(name)).as(name).isSameAs(own));
        }
    }
}
