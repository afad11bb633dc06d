package org.offerrules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.NotEqual;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Update;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.WireName;

/**
 * The compiled plan builds pointers from a position stack (cascades) plus the running component; the
 * offer model has few nested rules yet, so this proves nested, listed and class-level positions on
 * records of its own against Hibernate Validator's traversal.
 */
class CompiledPlanPointerTest {

    record Leaf(@Positive(6302) Integer leafId) {
    }

    @NotEqual(field = "a", other = "b", code = 6330)
    record Item(@Positive(6302) Integer a, Integer b, List<@Valid Leaf> leaves) {
    }

    @NotEqual(field = "topValue", other = "otherValue", code = 6330)
    record Root(@Positive(6306) Integer topValue, Integer otherValue, List<@Valid Item> items,
                @Valid Item single, @Positive(6302) Integer last) {
    }

    private static final Set<Class<?>> GROUPS = Set.of(Default.class);

    @NotEqual(field = "theOther", other = "mine", code = 6330)
    record Named(@WireName("Mine") @Positive(6302) Integer mine, @WireName("theOther/x") Integer theOther,
                 @Valid @WireName("sub") Item item) {
    }

    @NotEqual(field = "theOther", other = "mine", code = 6330)
    record Nested(Integer mine, Integer theOther, @Valid Named named) {
    }

    @Test
    void aWireNameIsThePointersAndTheRulesSentencesOnBothEngines() {
        Named named = new Named(-1, -1, new Item(0, 0, List.of()));
        Nested nested = new Nested(4, 4, named);
        try (HibernateEngine engine = new HibernateEngine(false)) {
            for (Object bean : List.of(named, nested)) {
                List<Violation> compiled = CompiledPlan.compile(bean.getClass(), GROUPS).validate(bean, false);
                assertThat(pointers(compiled)).isEqualTo(pointers(engine.validate(bean, Default.class)));
            }
        }
        assertThat(pointers(CompiledPlan.compile(Nested.class, GROUPS).validate(nested, false))).containsExactly(
                "/named/Mine 6302", "/named/sub/a 6302", "/named/theOther~1x 6330",
                "/the_other 6330");
        assertThat(RuleIndex.of(Named.class, Members.JVM).rulesOf(6330))
                .extracting(r -> r.pointer() + ": " + r.sentence())
                .containsExactlyInAnyOrder("/theOther~1x: `theOther/x` must differ from `Mine`.",
                        "/sub/a: `a` must differ from `b`.");
    }

    @Test
    void nestedListedAndClassLevelPointersMatchHibernateValidator() {
        Root root = new Root(3, 3,
                Arrays.asList(new Item(1, 2, List.of(new Leaf(1))), null,
                        new Item(-1, -1, List.of(new Leaf(5), new Leaf(0), new Leaf(-2)))),
                new Item(7, 7, List.of(new Leaf(-9))), 0);

        List<Violation> compiled = CompiledPlan.compile(Root.class, GROUPS).validate(root, false);
        List<Violation> hibernate;
        try (HibernateEngine engine = new HibernateEngine(false)) {
            hibernate = engine.validate(root, Default.class);
        }

        assertThat(pointers(compiled)).containsExactly(
                "/items/2/a 6302", "/items/2/a 6330", "/items/2/leaves/1/leaf_id 6302",
                "/items/2/leaves/2/leaf_id 6302", "/last 6302", "/single/a 6330",
                "/single/leaves/0/leaf_id 6302", "/top_value 6330");
        assertThat(pointers(compiled)).isEqualTo(pointers(hibernate));
    }

    @Test
    void aValidBeanHasNoViolations() {
        Root root = new Root(1, 2, List.of(new Item(1, 2, List.of(new Leaf(1)))), null, 4);
        assertThat(CompiledPlan.compile(Root.class, GROUPS).validate(root, false)).isEmpty();
    }

    @Test
    void aTypeAndItsGroupsCompileOnceForEveryValidator() {
        Set<Class<?>> create = Set.of(Default.class, Create.class);
        CompiledPlan plan = CompiledPlan.compile(Offer.class, create);
        assertThat(CompiledPlan.compile(Offer.class,
                Set.of(Create.class, Default.class))).isSameAs(plan);
        assertThat(CompiledPlan.compile(Offer.class,
                Set.of(Default.class, Update.class))).isNotSameAs(plan);
        assertThat(CompiledPlan.compile(Root.class, GROUPS)).isSameAs(CompiledPlan.compile(Root.class, GROUPS));
    }

    private static List<String> pointers(List<Violation> violations) {
        return ValidationReport.of(violations).violations().stream()
                .map(v -> v.pointer() + " " + v.codeNumber()).toList();
    }
}
