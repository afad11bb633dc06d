package org.offerrules.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.junit.jupiter.api.Test;

import org.offerrules.validation.constraints.RuleText;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.internal.Members;
import org.offerrules.validation.spi.Constraints;
import org.offerrules.validation.spi.DescribedOnly;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * A rule is one place: from its annotation, found by scanning the constraints package (never a list kept
 * by hand), its sentence ({@link RuleText}), its check (a {@link RuleValidator} named by
 * {@code @Constraint}) and its schema piece (or {@link DescribedOnly}) are found; and every code a model
 * record gives a rule is in the catalog.
 */
class RuleRegistryTest {

    private static final String CONSTRAINTS = "org.offerrules.validation.constraints";
    private static final String MODEL = "org.offerrules.validation.model";

    @Test
    void everyConstraintAnnotationHasItsSentenceCheckAndSchemaPiece() {
        List<Class<? extends Annotation>> rules = constraintAnnotations();
        assertThat(rules).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        rules.forEach(rule -> problems.addAll(problems(rule)));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCodeTheModelGivesARuleIsInTheCatalog() {
        Set<String> unknown = new TreeSet<>();
        int uses = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MODEL)) {
            Class<?> type = c.reflect();
            if (!type.isRecord()) {
                continue;
            }
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            for (Field field : type.getDeclaredFields()) {
                elements.add(field);
                if (field.getAnnotatedType() instanceof AnnotatedParameterizedType p) {
                    elements.addAll(List.of(p.getAnnotatedActualTypeArguments()));
                }
            }
            for (AnnotatedElement element : elements) {
                for (Annotation constraint : Constraints.of(element)) {
                    uses++;
                    for (int code : ConstraintAnnotations.codes(constraint)) {
                        if (ErrorCode.find(code).isEmpty()) {
                            unknown.add(code + " of " + constraint + " on " + element);
                        }
                    }
                }
            }
        }
        assertThat(uses).isGreaterThan(200);
        assertThat(unknown).isEmpty();
    }

    /** The check fails on every missing piece: here, on annotations made to miss one each. */
    @Test
    void aRuleMissingAPieceIsNamed() {
        assertThat(problems(NoSentence.class)).containsExactly("@NoSentence has no @RuleText");
        assertThat(problems(NoPiece.class)).containsExactly("@NoPiece gives no schema piece and is not @DescribedOnly");
        assertThat(problems(NoCheck.class)).containsExactly("@NoCheck names no RuleValidator in @Constraint");
        assertThat(problems(Described.class)).isEmpty();
    }

    private static List<String> problems(Class<? extends Annotation> rule) {
        List<String> problems = new ArrayList<>();
        String name = "@" + rule.getSimpleName();
        boolean sentence = rule.isAnnotationPresent(RuleText.class);
        for (Method attribute : Members.JVM.attributes(rule)) {
            sentence |= ConstraintAnnotations.isCodeAttribute(attribute) && attribute.isAnnotationPresent(RuleText.class);
        }
        if (!sentence) {
            problems.add(name + " has no @RuleText");
        }
        Class<?>[] validators = rule.getAnnotation(Constraint.class).validatedBy();
        if (validators.length != 1 || !RuleValidator.class.isAssignableFrom(validators[0])) {
            problems.add(name + " names no RuleValidator in @Constraint");
            return problems;
        }
        if (!Modifier.isPublic(validators[0].getModifiers()) || !Modifier.isFinal(validators[0].getModifiers())) {
            problems.add(name + ": " + validators[0].getSimpleName() + " is not public final");
        }
        boolean piece = Constraints.hasSchema(rule);
        boolean described = rule.isAnnotationPresent(DescribedOnly.class);
        if (!piece && !described) {
            problems.add(name + " gives no schema piece and is not @DescribedOnly");
        } else if (piece && described) {
            problems.add(name + " is @DescribedOnly but gives a schema piece");
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Annotation>> constraintAnnotations() {
        List<Class<? extends Annotation>> rules = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CONSTRAINTS)) {
            Class<?> type = c.reflect();
            if (type.isAnnotation() && type.isAnnotationPresent(Constraint.class)) {
                rules.add((Class<? extends Annotation>) type);
            }
        }
        rules.sort((a, b) -> a.getName().compareTo(b.getName()));
        return rules;
    }

    // ---------------------------------------------------------------- rules that each miss a piece

    @Constraint(validatedBy = NoPieceValidator.class)
    @Target(FIELD)
    @Retention(RUNTIME)
    @DescribedOnly("a test")
    @interface NoSentence {
        int code();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Constraint(validatedBy = NoPieceValidator.class)
    @Target(FIELD)
    @Retention(RUNTIME)
    @RuleText("`{field}` must be fine.")
    @interface NoPiece {
        int code();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Constraint(validatedBy = {})
    @Target(FIELD)
    @Retention(RUNTIME)
    @interface NoCheck {
        @RuleText("`{field}` must be fine.")
        int code();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Constraint(validatedBy = NoPieceValidator.class)
    @Target(FIELD)
    @Retention(RUNTIME)
    @RuleText("`{field}` must be fine.")
    @DescribedOnly("a test")
    @interface Described {
        int code();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A check that gives no schema piece. */
    public static final class NoPieceValidator extends RuleValidator<Annotation, Object> {
        @Override
        public void check(Object value, Reporter reporter) {
        }
    }
}
