package org.offerrules.lint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.ModuleBoundary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the class path, the project's other modules use only what the core's module exports (its API and
 * its SPI, never {@code internal}); the same rule as the JVM applies on the module path (ModulePathIT).
 */
class ModuleBoundaryTest {

    @Test
    void theJacksonModuleAndOfferLintUseOnlyWhatTheCoreExportsToThem() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules");
        assertThat(main.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.offerrules.validation.jackson", "org.offerrules.lint");
        ModuleBoundary.onlyExportedCorePackagesAreUsed().check(main);
    }

    @Test
    void noMainClassOutsideTheCoreUsesItsInternals() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules");
        // every module this one sees: the wire module, both Jackson modules, link-check and offer-lint
        assertThat(main.stream().map(c -> c.getPackageName()).distinct()).contains("org.offerrules.validation.wire",
                "org.offerrules.validation.jackson", "org.offerrules.validation.jackson3", "org.offerrules.linkcheck",
                "org.offerrules.lint");
        noClasses().that().resideOutsideOfPackages("org.offerrules.validation", "org.offerrules.validation.model",
                        "org.offerrules.validation.constraints", "org.offerrules.validation.spi",
                        "org.offerrules.validation.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.offerrules.validation.internal..")
                .because("the core's internals change freely: other modules build on its API and its SPI")
                .check(main);
    }

    /** link-check built the client's two retry policies a second time; the rules are now the client's Retries. */
    @Test
    void onlyTheClientsTransportBuildsRetryPolicies() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules");
        assertThat(main.stream().map(c -> c.getPackageName()).distinct()).contains("org.offerrules.client",
                "org.offerrules.client.transport", "org.offerrules.linkcheck");
        noClasses().that().resideOutsideOfPackage("org.offerrules.client.transport")
                .should().callMethod(dev.failsafe.RetryPolicy.class, "builder")
                .because("the retry rules of the network client and of link-check are written once, in Retries")
                .check(main);
    }
}
