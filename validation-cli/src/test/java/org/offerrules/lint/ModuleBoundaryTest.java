package org.offerrules.lint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.ModuleBoundary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the class path, the Jackson module and offer-lint use only what the core's module exports to
 * them (its API, and {@code internal} but not {@code internal.rules}); the same rule as the JVM
 * applies on the module path (ModulePathIT).
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
}
