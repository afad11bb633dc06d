package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;

/** The rules run on what was bound; their violations placed, and not repeated where binding failed. */
class ResultsTest {

    private static final OfferValidator VALIDATOR = OfferValidator.create();

    @Test
    void aValidDocumentHasTheEmptyReport() throws IOException {
        Outcome o = finish("{'id': 3, 'name': 'x'}", ValidationMode.UPDATE);
        assertThat(o.report()).isSameAs(ValidationReport.empty());
        assertThat(o.request()).isEqualTo(Offer.builder().id(3).name("x").build());
    }

    @Test
    void ruleViolationsArePlacedAtTheirValuesAndMergedInDocumentOrder() throws IOException {
        Outcome o = finish("{'id': 1, 'nmae': 'x',\n 'name': ' ',\n  'ssl': 2}", ValidationMode.UPDATE);
        assertThat(o.report().violations()).extracting(Violation::codeNumber, Violation::pointer, Violation::severity,
                        Violation::line, Violation::column)
                .containsExactly(tuple(6820, "/nmae", Severity.WARNING, 1, 11),
                        tuple(6309, "/name", Severity.ERROR, 2, 10),
                        tuple(6319, "/ssl", Severity.ERROR, 3, 10));
    }

    @Test
    void aPointerWhoseValueFailedToBindIsNotReportedAgainByTheRules() throws IOException {
        // create mode: ssl is required (6319); its value failed to bind, so "missing" is not said as well
        Outcome o = finish("{'ssl': 'yes', 'events': [{'id': 'one', 'pre_event_id': -1}]}", ValidationMode.CREATE);
        assertThat(o.report().violations()).filteredOn(v -> v.pointer().startsWith("/ssl"))
                .extracting(Violation::codeNumber, Violation::message, Violation::line, Violation::column)
                .containsExactly(tuple(6319, "Invalid SSL (expected an integer, found \"yes\")", 1, 9));
        assertThat(o.report().violations()).filteredOn(v -> v.pointer().startsWith("/events/0/id"))
                .extracting(Violation::codeNumber, Violation::column)
                .containsExactly(tuple(6702, 34));
        // the missing required fields are placed at the object's brace
        assertThat(o.report().violations()).filteredOn(v -> v.pointer().equals("/name"))
                .extracting(Violation::codeNumber, Violation::line, Violation::column)
                .containsExactly(tuple(6308, 1, 1));
    }

    @Test
    void withoutValidationOrWithoutARequestOnlyBindingIsReported() throws IOException {
        Bound bound = BinderTest.bind("{'name': ' ', 'ssl': true}");
        Outcome unvalidated = Results.finish(bound, VALIDATOR, ValidationMode.CREATE, false);
        assertThat(unvalidated.request()).isSameAs(bound.offer());
        assertThat(unvalidated.report().violations()).extracting(Violation::codeNumber).containsExactly(6319);

        Bound root = BinderTest.bind("[]");
        Outcome none = Results.finish(root, VALIDATOR, ValidationMode.CREATE, true);
        assertThat(none.request()).isNull();
        assertThat(none.report().violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6055, ""));
    }

    @Test
    void outcomesAddAViolationOrAreOnlyOne() {
        Violation trailing = Binder.invalidJson("trailing content after the offer: an object", 2, 5);
        Outcome broken = Outcome.broken(trailing);
        assertThat(broken.request()).isNull();
        assertThat(broken.report().violations()).containsExactly(trailing);
        Outcome valid = new Outcome(Offer.builder().id(1).build(), ValidationReport.empty());
        Outcome with = valid.with(trailing);
        assertThat(with.request()).isSameAs(valid.request());
        assertThat(with.report().violations()).containsExactly(trailing);
        assertThat(with.report().isValid()).isFalse();
    }

    private static Outcome finish(String json, ValidationMode mode) throws IOException {
        return Results.finish(BinderTest.bind(json), VALIDATOR, mode, true);
    }
}
