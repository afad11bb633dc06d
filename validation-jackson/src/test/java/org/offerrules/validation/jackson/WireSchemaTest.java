package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.ErrorCode;

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

        String json = "{\"id\": 3, \"events\": [{\"id\": 1, \"pre_event_id\": \"none\"}]}";
        var v = OfferReader.builder().mode(org.offerrules.validation.ValidationMode.UPDATE).build()
                .read(json).report().violations().stream()
                .filter(x -> x.pointer().equals("/events/0/pre_event_id")).findFirst().orElseThrow();
        assertThat(v.codeNumber()).isEqualTo(6820);
        assertThat(v.message()).isEqualTo("Invalid pre_event_id parameter. (expected an integer, found \"none\")");
        assertThat(v.arguments()).containsEntry("param_name", "pre_event_id");
    }
}
