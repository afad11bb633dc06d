package org.offerrules.validation.jackson3;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class Jackson3ArchitectureTest {

    private static final JavaClasses JACKSON3 = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.offerrules.validation.jackson3");

    @Test
    void thePublicApiExposesNeitherTheSharedBinderNorInternals() {
        assertThat(JACKSON3.size()).isGreaterThan(6);
        DescribedPredicate<JavaClass> hidden = JavaClass.Predicates.resideInAnyPackage("..internal..",
                        "org.offerrules.validation.wire..")
                .or(DescribedPredicate.describe("not public", (JavaClass c) -> c.getPackageName().startsWith("org.offerrules")
                        && !c.getModifiers().contains(JavaModifier.PUBLIC)));
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("org.offerrules.validation.jackson3")
                .should().notHaveRawReturnType(hidden)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.anyElementThat(hidden))
                .because("the shared binder is exported to the Jackson modules only, and changes freely")
                .check(JACKSON3);
    }

    @Test
    void theExportedPackageHoldsOnlyWhatNamesJackson3() {
        assertThat(JACKSON3.stream().filter(c -> c.getPackageName().equals("org.offerrules.validation.jackson3")
                        && c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName).sorted().toList())
                .as("the reading API is org.offerrules.validation.document's, once for both Jacksons")
                .containsExactly("InvalidOfferException", "OfferRulesFeature", "OfferRulesModule");
    }

    @Test
    void itUsesNoJackson2NorTheCoresInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.databind..", "org.offerrules.validation.jackson",
                        "org.offerrules.validation.internal..", "org.offerrules.lint..")
                .because("Jackson 3 keeps only the annotations of Jackson 2; the core's internals are the shared binder's")
                .check(JACKSON3);
    }
}
