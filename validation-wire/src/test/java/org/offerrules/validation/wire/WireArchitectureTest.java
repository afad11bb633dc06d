package org.offerrules.validation.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared binder knows no Jackson: each Jackson module brings its parser through {@link TokenSource}. */
class WireArchitectureTest {

    @Test
    void theSharedCodeDependsOnNoJackson() {
        JavaClasses wire = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation.wire");
        assertThat(wire.size()).isGreaterThan(20);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..",
                        "org.offerrules.validation.jackson..", "org.offerrules.validation.jackson3..", "org.offerrules.lint..")
                .because("both Jackson modules use this code; it must not tie either to the other's Jackson")
                .check(wire);
    }
}
