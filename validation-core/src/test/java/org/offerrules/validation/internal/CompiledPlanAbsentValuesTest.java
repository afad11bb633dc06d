package org.offerrules.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Violation;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * The plan calls a rule for an absent (null) value only when the rule can report one: what it reports
 * for null when the plan is built decides, so a rule author's presence rule needs no marker. A rule
 * that reads the clock for null, or throws, is called as before.
 */
class CompiledPlanAbsentValuesTest {

    /** Reports 6302 for null, like {@code @Required}, without being it. */
    @Constraint(validatedBy = AbsentIsWrongValidator.class)
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface AbsentIsWrong {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    public static final class AbsentIsWrongValidator extends RuleValidator<AbsentIsWrong, Object> {
        @Override
        public void check(Object value, Reporter reporter) {
            if (value == null) {
                reporter.report(6302, null);
            }
        }
    }

    /** Accepts null; counts its calls. */
    @Constraint(validatedBy = CountedValidator.class)
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Counted {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static final AtomicInteger COUNTED_CALLS = new AtomicInteger();

    public static final class CountedValidator extends RuleValidator<Counted, Object> {
        @Override
        public void check(Object value, Reporter reporter) {
            COUNTED_CALLS.incrementAndGet();
            if (value != null && value.equals(-1)) {
                reporter.report(6306, value);
            }
        }
    }

    /** For null, reports 6306 once the clock is past 2030: whether it reports depends on the clock. */
    @Constraint(validatedBy = LateValidator.class)
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Late {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    public static final class LateValidator extends RuleValidator<Late, Object> {
        @Override
        public void check(Object value, Reporter reporter) {
            if (value == null && reporter.clock().instant().isAfter(Instant.parse("2030-01-01T00:00:00Z"))) {
                reporter.report(6306, null);
            }
        }
    }

    record Row(@AbsentIsWrong @Counted Integer first, @Counted Integer second, @Late Integer third) {
    }

    private static final Clock LATE = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void anAbsentValueRunsTheRulesThatReportItAndThoseThatAskTheClock() {
        CompiledPlan plan = CompiledPlan.compile(Row.class, Set.of(Default.class));
        COUNTED_CALLS.set(0);
        assertThat(pointers(plan.validate(new Row(null, null, null), false, LATE)))
                .containsExactly("/first 6302", "/third 6306");
        assertThat(COUNTED_CALLS).hasValue(0);
    }

    @Test
    void aPresentValueRunsEveryRule() {
        CompiledPlan plan = CompiledPlan.compile(Row.class, Set.of(Default.class));
        COUNTED_CALLS.set(0);
        assertThat(pointers(plan.validate(new Row(-1, -1, 3), false, LATE)))
                .containsExactly("/first 6306", "/second 6306");
        assertThat(COUNTED_CALLS).hasValue(2);
    }

    private static List<String> pointers(List<Violation> violations) {
        return violations.stream().map(v -> v.pointer() + " " + v.codeNumber()).toList();
    }
}
