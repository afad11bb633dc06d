package org.offerrules.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Rule;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.model.Flattened;

/**
 * The compiled plan is generic: flattening comes from {@link Flattened} on the component of any
 * record, and a constraint the plan cannot run is an error when the plan is built, naming the record
 * and the component, instead of a rule silently skipped. Small records of its own, no offer.
 */
class CompiledPlanSupportTest {

    private static final Set<Class<?>> GROUPS = Set.of(Default.class);

    record Inner(@Positive(6302) Integer innerId) {
    }

    /** {@code caps} is not flattened here: the name decides nothing. */
    record Outer(@Flattened @Valid Inner flat, @Valid Inner caps, @Positive(6306) Integer outerId,
                 List<@Valid Inner> items) {
    }

    @Test
    void flatteningComesFromTheAnnotationOnAnyRecord() {
        Outer outer = new Outer(new Inner(0), new Inner(-1), -2, List.of(new Inner(1), new Inner(-3)));
        List<Violation> compiled = CompiledPlan.compile(Outer.class, GROUPS).validate(outer, false);
        List<Violation> hibernate;
        try (HibernateEngine engine = new HibernateEngine(false)) {
            hibernate = engine.validate(outer, Default.class);
        }
        assertThat(pointers(compiled)).containsExactly(
                "/caps/inner_id 6302", "/inner_id 6302", "/items/1/inner_id 6302", "/outer_id 6306");
        assertThat(pointers(hibernate)).isEqualTo(pointers(compiled));
    }

    @Test
    void theRuleIndexAndTheWireNamesFollowTheAnnotationToo() {
        assertThat(WireNames.isFlattened(Outer.class, "flat")).isTrue();
        assertThat(WireNames.isFlattened(Outer.class, "caps")).isFalse();
        assertThat(WireNames.isFlattened(null, "flat")).isFalse();
        assertThat(WireNames.valueType(Outer.class, "items")).isEqualTo(Inner.class);
        assertThat(Request.SET_OFFER.catalog().rules(6382)).extracting(Rule::pointer).containsExactly("/payout", "/payout_percent");
        assertThat(Request.SET_OFFER.catalog().rules(6338)).extracting(Rule::pointer).containsExactly("/cap_type");
    }

    /** A composed constraint: HV would also run {@code @Positive}, the plan would not. */
    @Positive(6302)
    @Constraint(validatedBy = {})
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface PositiveId {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Composed(@PositiveId Integer id) {
    }

    record ListElement(List<@NotNull String> names) {
    }

    record MapValue(Map<String, @Valid Inner> byName) {
    }

    record OptionalValue(Optional<@Valid Inner> inner) {
    }

    record Nested(List<List<@Valid Inner>> rows) {
    }

    record Foreign(@Required(value = 6305, groups = Create.class) @NotNull Integer advertiserId) {
    }

    record NotARecord(@Valid Map<String, String> values) {
    }

    record Conversion(@Valid @ConvertGroup(from = Default.class, to = Create.class) Inner inner) {
    }

    @NotNull
    record ForeignOnClass(Integer id) {
    }

    /** Deeper than the root: the error names the record that has the constraint. */
    record Holder(@Valid ListElement element) {
    }

    @Test
    void aComposedConstraintIsAnErrorWhenThePlanIsBuilt() {
        assertUnsupported(Composed.class, "Composed.id", "@PositiveId is composed of [@Positive]");
    }

    @Test
    void containerElementConstraintsOtherThanValidOnListElementsAreErrors() {
        assertUnsupported(ListElement.class, "ListElement.names", "@NotNull on a type argument");
        assertUnsupported(MapValue.class, "MapValue.byName", "@Valid on a type argument");
        assertUnsupported(OptionalValue.class, "OptionalValue.inner", "@Valid on a type argument");
        assertUnsupported(Nested.class, "Nested.rows", "@Valid on a nested type argument");
        assertUnsupported(Holder.class, "ListElement.names", "@NotNull on a type argument");
    }

    @Test
    void aConstraintOfAnotherProviderIsAnErrorInEveryGroup() {
        assertUnsupported(Foreign.class, "Foreign.advertiserId", "jakarta.validation.constraints.NotNull is not an offer-rules constraint");
        assertUnsupported(ForeignOnClass.class, "ForeignOnClass", "is not an offer-rules constraint");
        assertThatThrownBy(() -> CompiledPlan.compile(Foreign.class, Set.of(Create.class)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cascadesIntoNonRecordsAndGroupConversionAreErrors() {
        assertUnsupported(NotARecord.class, "NotARecord.values", "records and lists of records only");
        assertUnsupported(Conversion.class, "Conversion.inner", "@ConvertGroup");
    }

    private static void assertUnsupported(Class<?> type, String where, String what) {
        assertThatThrownBy(() -> CompiledPlan.compile(type, GROUPS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CompiledPlanSupportTest.class.getName() + "$" + where)
                .hasMessageContaining(what);
    }

    private static List<String> pointers(List<Violation> violations) {
        return ValidationReport.of(violations).violations().stream()
                .map(v -> v.pointer() + " " + v.codeNumber()).toList();
    }
}
