package org.offerrules.validation.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JacksonArchitectureTest {

    private static JavaClasses jackson;

    @BeforeAll
    static void importModule() {
        jackson = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation.jackson");
        assertThat(jackson.size()).isGreaterThan(6);
    }

    @Test
    void thePublicApiExposesNeitherCoreInternalsNorPackagePrivateTypes() {
        DescribedPredicate<JavaClass> hidden = JavaClass.Predicates.resideInAPackage("..internal..")
                .or(DescribedPredicate.describe("not public",
                        (JavaClass c) -> c.getPackageName().startsWith("org.offerrules") && !c.getModifiers()
                                .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)));
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("org.offerrules.validation.jackson")
                .should().notHaveRawReturnType(hidden)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.anyElementThat(hidden))
                .because("users of the Jackson module rely on its public API and the core's; the core's internals and "
                        + "this module's helpers change freely")
                .check(jackson);
    }

    @Test
    void theExportedPackageHoldsOnlyWhatNamesJackson2() {
        assertThat(jackson.stream().filter(c -> c.getPackageName().equals("org.offerrules.validation.jackson")
                        && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName).sorted().toList())
                .as("the reading API is org.offerrules.validation.document's, once for both Jacksons")
                .containsExactly("InvalidOfferException", "OfferRulesFeature", "OfferRulesModule");
    }

    @Test
    void onlyPackagePrivateHelpersUseTheCoresInternals() {
        noClasses().that().arePublic()
                .should().dependOnClassesThat().resideInAPackage("org.offerrules.validation.internal..")
                .because("the wire schema reuses the core's annotation readers, but no public type may tie a user to them")
                .check(jackson);
    }

    @Test
    void theJacksonModuleDoesNotDependOnTheCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.offerrules.lint..")
                .because("the reader is a library for services; the CLI builds on it, not the other way round")
                .check(jackson);
    }
}
