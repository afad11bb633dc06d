package org.offerrules.validation.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared binder knows no Jackson: each Jackson module brings its parser through {@link TokenSource}. */
class WireArchitectureTest {

    @Test
    void theSharedCodeDependsOnNoJackson() {
        JavaClasses wire = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation.wire", "org.offerrules.validation.document");
        assertThat(wire.size()).isGreaterThan(20);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..",
                        "org.offerrules.validation.jackson..", "org.offerrules.validation.jackson3..", "org.offerrules.lint..")
                .because("both Jackson modules use this code; it must not tie either to the other's Jackson")
                .check(wire);
    }

    @Test
    void theReadingApiExposesNoInternalType() {
        JavaClasses document = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation.document");
        assertThat(document.size()).isGreaterThan(6);
        DescribedPredicate<JavaClass> hidden = JavaClass.Predicates.resideInAnyPackage("..internal..",
                "org.offerrules.validation.wire..");
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .should().notHaveRawReturnType(hidden)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.anyElementThat(hidden))
                .because("org.offerrules.validation.document is exported to everyone, the binder's package only to the "
                        + "Jackson modules")
                .check(document);
    }
}
