package org.offerrules.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.ModuleBoundary;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.spi.RuleValidator;

class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation");
    }

    @Test
    void coreDependsOnNeitherJacksonNorPicocli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..",
                        "picocli..")
                .because("validation-core serves any service; JSON and the command line live in their own modules")
                .check(core);
    }

    @Test
    void thePublicApiExposesNoInternalType() {
        DescribedPredicate<JavaClass> internal = JavaClass.Predicates.resideInAPackage("..internal..");
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().notHaveRawReturnType(internal)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.anyElementThat(internal))
                .because("users must be able to rely on the public API alone; internals change freely")
                .check(core);
    }

    @Test
    void validatorsArePublicFinalRuleValidators() {
        classes().that().implement(jakarta.validation.ConstraintValidator.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().bePublic().andShould().haveModifier(JavaModifier.FINAL)
                .andShould().beAssignableTo(RuleValidator.class)
                .because("Hibernate Validator instantiates validators reflectively, and the compiled plan runs "
                        + "RuleValidator.check, so every rule must be one")
                .check(core);
    }

    @Test
    void modelsAreRecordsOrApiValueEnums() {
        classes().that().resideInAPackage("..model..").and().arePublic().and().areNotInterfaces()
                .and().areNotAnnotations().and().areNotEnums().and().areNotNestedClasses()
                .and().haveSimpleNameNotEndingWith("Builder")
                .should().beRecords()
                .because("the model is immutable values (beside the records' generated builders, which BuildersTest checks)")
                .check(core);
    }

    @Test
    void theModelDependsOnNoInternalType() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("the records are the public data of every module (Jackson binds them, services build them); "
                        + "only the annotations' validators may be internal")
                .check(core);
    }

    @Test
    void ruleValidatorsHoldNoSharedMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("..internal.rules..").and().areStatic()
                .should().beFinal()
                .because("one validator serves many threads at once (ConcurrencyTest): a static field that can be "
                        + "reassigned would be state shared between validations")
                .check(core);
    }

    @Test
    void theLibraryNeitherPrintsNorLogsNorThrowsGenericExceptions() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("an embedded library must not write to the console of the service that embeds it; "
                        + "everything it finds is in the report")
                .check(core);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
                .because("the library reports through ValidationReport and leaves logging to its user")
                .check(core);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                .because("a caller must be able to tell a bad offer (OfferValidationException) from a bug")
                .check(core);
    }

    @Test
    void theSharedTestFixturesUseOnlyThePublicApi() {
        JavaClasses fixtures = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.offerrules.validation.fixtures");
        assertThat(fixtures.size()).isGreaterThan(5);
        noClasses().should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("the generators and mutators are published in the core's test-jar: the Jackson and CLI "
                        + "modules prove the same cases and must not be tied to internals")
                .check(fixtures);
    }

    @Test
    void theModuleExportsTheApiAndTheSpiAndNoInternalPackage() {
        java.lang.module.ModuleDescriptor module = ModuleBoundary.core();
        assertThat(module.exports()).allMatch(e -> !e.isQualified()).extracting(e -> e.source())
                .containsExactlyInAnyOrder("org.offerrules.validation", "org.offerrules.validation.model",
                        "org.offerrules.validation.constraints", "org.offerrules.validation.spi");
        // every package of the module is named, so a new package is a decision: API, SPI or internal
        assertThat(module.packages()).containsExactlyInAnyOrder("org.offerrules.validation",
                "org.offerrules.validation.model", "org.offerrules.validation.constraints",
                "org.offerrules.validation.spi",
                "org.offerrules.validation.internal", "org.offerrules.validation.internal.rules",
                "org.offerrules.validation.internal.data");
    }

    @Test
    void classPathCodeOutsideTheCoreKeepsToTheModuleBoundary() {
        // the core's own test fixtures (published in its test-jar) are such code
        JavaClasses all = new ClassFileImporter().importPackages("org.offerrules");
        assertThat(all.stream().filter(c -> c.getPackageName().endsWith(".fixtures"))).hasSizeGreaterThan(5);
        ModuleBoundary.onlyExportedCorePackagesAreUsed().check(all);
    }

    @Test
    void everyConstraintAnnotationNamesACodeThatExistsInTheCatalog() {
        List<String> checked = new ArrayList<>();
        for (JavaClass type : core) {
            Class<?> clazz = type.reflect();
            if (!clazz.getPackageName().endsWith(".model") || !clazz.isRecord()) {
                continue;
            }
            List<Annotation> annotations = new ArrayList<>(List.of(clazz.getAnnotations()));
            for (var field : clazz.getDeclaredFields()) {
                annotations.addAll(List.of(field.getAnnotations()));
            }
            for (Annotation constraint : ConstraintAnnotations.constraints(annotations.toArray(Annotation[]::new))) {
                List<Integer> codes = ConstraintAnnotations.codes(constraint);
                assertThat(codes).as("%s on %s declares no code", constraint, clazz.getSimpleName()).isNotEmpty();
                for (int code : codes) {
                    assertThat(ErrorCode.find(code)).as("%s on %s", constraint, clazz.getSimpleName()).isPresent();
                    checked.add(clazz.getSimpleName() + " " + code);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(60);
    }
}
