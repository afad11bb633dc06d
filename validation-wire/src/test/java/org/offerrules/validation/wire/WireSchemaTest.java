package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.Offer;

/** The type-error code of every wire field comes from the core's constraint annotations. */
class WireSchemaTest {

    @Test
    void everyWireFieldHasAnInvalidCodeFromTheCatalog() {
        WireSchema event = WireSchema.OFFER.field("events").nested;
        for (WireSchema schema : new WireSchema[] {WireSchema.OFFER, event}) {
            for (WireSchema.WireField f : schema.fields) {
                assertThat(ErrorCode.find(f.invalid.number())).as(f.wireName).isPresent();
            }
        }
        assertThat(WireSchema.OFFER.fields).hasSize(50);
        assertThat(event.fields).hasSize(18);
    }

    @Test
    void codesAreTheDefaultGroupValueConstraintsCodes() {
        Map<String, Integer> derived = new LinkedHashMap<>();
        Arrays.stream(WireSchema.OFFER.fields).forEach(f -> derived.put(f.wireName, f.invalid.number()));

        assertThat(derived).containsEntry("id", 6302)                 // @Positive(6302), not @Required(6301)
                .containsEntry("advertiser_id", 6306)
                .containsEntry("status", 6303)                        // @OneOf(code = 6303)
                .containsEntry("expire_date", 6398)                   // @ApiDate(format = 6398)
                .containsEntry("url", 6317)                           // @HttpUrl(6317)
                .containsEntry("ssl", 6319)                           // @Flag(6319)
                .containsEntry("currency", 6324)                      // @Between(code = 6324)
                .containsEntry("payout", 6327)
                .containsEntry("description", 63990)                  // @MaxLength(code = 63990)
                .containsEntry("categories", 63992)                   // @CategoryIds(malformed = 63992)
                .containsEntry("cap_overall_limit", 6340)             // @CapLimit(6340)
                .containsEntry("cap_range", 6384)
                .containsEntry("enable_payout_tier", 6332)
                .containsEntry("tier_payout", 6334);                  // @TierPayouts(6334)
        assertThat(derived.keySet()).startsWith("id", "advertiser_id", "name")
                .contains("has_cap_limit", "geo_countries", "device_rules", "events")
                .doesNotContain("caps", "geo", "device", "tiers");
    }

    /** {@code pre_event_id} has no value constraint of its own (the event chain rule checks it). */
    @Test
    void fieldsWithoutAValueConstraintFallBackTo6820WithTheirName() {
        WireSchema.WireField preEventId = WireSchema.OFFER.field("events").nested.field("pre_event_id");
        assertThat(preEventId.invalid.number()).isEqualTo(WireSchema.FALLBACK_INVALID_CODE);

        // the form binder words it as the JSON binder does (the modules' tests read it as JSON)
        Bound bound = FormBinder.bind("id=3&events[0][id]=1&events[0][pre_event_id]=none", 1, WireSchema.OFFER);
        var v = Results.finish(bound, OfferValidator.create(), ValidationMode.UPDATE, true).report().violations().stream()
                .filter(x -> x.pointer().equals("/events/0/pre_event_id")).findFirst().orElseThrow();
        assertThat(v.codeNumber()).isEqualTo(6820);
        assertThat(v.message()).isEqualTo("Invalid pre_event_id parameter. (expected an integer, found \"none\")");
        assertThat(v.arguments()).containsEntry("param_name", "pre_event_id");
    }

    /** The model's typed reads ({@code statusValue()} and the like) are no wire fields (TypedReadsTest: the modules'). */
    @Test
    void typedReadsAreNoWireFields() {
        assertThat(Arrays.asList(new WireSchema(Offer.class).names)).noneMatch(n -> n.endsWith("_value"));
        assertThat(Arrays.asList(new WireSchema(Event.class).names)).noneMatch(n -> n.endsWith("_value"));
    }

    /** A component's own wire name ({@code @WireName}) is what the schema reads and writes (RequestReadingTest: the readers'). */
    @Test
    void aComponentsWireNameIsTheSchemasName() {
        assertThat(WireSchema.of(ListPaging.class).fields).extracting(f -> f.wireName)
                .containsExactly("page", "limit", "orderBy", "status", "from", "a", "type", "country", "category", "id",
                        "offer_name");
    }
}
