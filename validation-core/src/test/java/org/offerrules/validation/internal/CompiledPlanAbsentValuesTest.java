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
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * The plan calls a rule for an absent (null) value only when the rule can report one: what it reports
 * for null when the plan is built decides, so a presence rule needs no marker. A rule that reads the
 * clock for null, or throws, is called as before.
 */
class CompiledPlanAbsentValuesTest {

    /**
     * Counts its calls; reports 6306 for -1. With {@code readsClock}, it also reports 6306 for null once the
     * clock is past 2030: whether it reports null then depends on the clock.
     */
    @Constraint(validatedBy = CountedValidator.class)
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Counted {
        boolean readsClock() default false;
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static final AtomicInteger COUNTED_CALLS = new AtomicInteger();

    public static final class CountedValidator extends RuleValidator<Counted, Object> {
        private boolean readsClock;

        @Override
        public void initialize(Counted annotation) {
            readsClock = annotation.readsClock();
        }

        @Override
        public void check(Object value, Reporter reporter) {
            COUNTED_CALLS.incrementAndGet();
            boolean late = value == null && readsClock
                    && reporter.clock().instant().isAfter(Instant.parse("2030-01-01T00:00:00Z"));
            if (late || Integer.valueOf(-1).equals(value)) {
                reporter.report(6306, value);
            }
        }
    }

    record Row(@Required(6302) @Counted Integer first, @Counted Integer second, @Counted(readsClock = true) Integer third) {
    }

    private static final Clock LATE = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void anAbsentValueRunsTheRulesThatReportItAndThoseThatAskTheClock() {
        CompiledPlan plan = CompiledPlan.compile(Row.class, Set.of(Default.class));
        COUNTED_CALLS.set(0);
        assertThat(pointers(plan.validate(new Row(null, null, null), false, LATE)))
                .containsExactly("/first 6302", "/third 6306");
        assertThat(COUNTED_CALLS).hasValue(1);   // third's, which reads the clock
    }

    @Test
    void aPresentValueRunsEveryRule() {
        CompiledPlan plan = CompiledPlan.compile(Row.class, Set.of(Default.class));
        COUNTED_CALLS.set(0);
        assertThat(pointers(plan.validate(new Row(-1, -1, 3), false, LATE)))
                .containsExactly("/first 6306", "/second 6306");
        assertThat(COUNTED_CALLS).hasValue(3);
    }

    private static List<String> pointers(List<Violation> violations) {
        return violations.stream().map(v -> v.pointer() + " " + v.codeNumber()).toList();
    }
}
