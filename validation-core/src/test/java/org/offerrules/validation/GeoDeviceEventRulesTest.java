package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.internal.FindingCap;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;

/** Sections 1.3 (GEO), 1.4 (device) and 1.6 (events): what the single-rule mutations cannot show. */
class GeoDeviceEventRulesTest {

    private static final OfferValidator COMPILED = OfferValidator.create();
    private static final OfferValidator HIBERNATE = OfferValidator.builder().engine(Engine.HIBERNATE_VALIDATOR).build();

    static OfferValidator validator(Engine engine) {
        return engine == Engine.COMPILED ? COMPILED : HIBERNATE;
    }

    /** Every offline code of the three sections, but those the decisions record as not emitted (6379). */
    @Test
    void everyOfflineCodeOfTheSectionsHasAMutation() {
        Set<Integer> expected = new TreeSet<>();
        for (int c = 6351; c <= 6365; c++) {
            expected.add(c);
        }
        for (int c = 6371; c <= 6378; c++) {
            expected.add(c);
        }
        expected.addAll(List.of(6380, 6385, 6702, 6706, 6707, 6708, 6709, 6710, 6712));
        for (int c = 6713; c <= 6735; c++) {
            expected.add(c);
        }
        expected.addAll(List.of(6744, 6745, 6746, 6747));
        List<Mutation> mutations = new ArrayList<>();
        mutations.addAll(Mutations.geo());
        mutations.addAll(Mutations.device());
        mutations.addAll(Mutations.events());
        Set<Integer> covered = new TreeSet<>();
        mutations.forEach(m -> covered.add(m.code()));
        assertThat(covered).isEqualTo(expected);
        assertThat(Mutations.all().stream().map(Mutation::toString))
                .containsAll(mutations.stream().map(Mutation::toString).toList());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void geoMessagesNameTheCountryAndTheState(Engine engine) {
        // each unknown region once, even when listed twice
        Offer offer = geo(Offers.full(), GeoEntry.parse("XX"), GeoEntry.parse("US:1:ZZ;TX;QQ;ZZ"));

        assertThat(validator(engine).validate(offer).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::message, Violation::rejectedValue)
                .containsExactly(
                        tuple(6357, "/geo_countries/0", "Invalid GEO Country: XX", "XX"),
                        tuple(6359, "/geo_countries/1", "Invalid GEO State: QQ of Country US", "US:1:ZZ;TX;QQ;ZZ"),
                        tuple(6359, "/geo_countries/1", "Invalid GEO State: ZZ of Country US", "US:1:ZZ;TX;QQ;ZZ"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoBadCountriesAndAPrivateInitialEventAreThreeViolationsInPointerOrder(Engine engine) {
        Offer full = Offers.full();
        List<Event> events = new ArrayList<>(full.events());
        events.set(0, events.get(0).toBuilder().isPrivate(1).build());
        Offer broken = geo(full, GeoEntry.of("US"), GeoEntry.of("ZZ"), GeoEntry.parse("CA:1:QC;XY"), GeoEntry.of("DE"))
                .toBuilder().events(events).build();

        ValidationReport report = validator(engine).validate(broken);

        assertThat(report.violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::message)
                .containsExactly(
                        tuple(6734, "/events/0/is_private", "Initial Event can't set to private"),
                        tuple(6357, "/geo_countries/1", "Invalid GEO Country: ZZ"),
                        tuple(6359, "/geo_countries/2", "Invalid GEO State: XY of Country CA"));
        assertThat(report).isEqualTo(validator(engine == Engine.COMPILED ? Engine.HIBERNATE_VALIDATOR : Engine.COMPILED)
                .validate(broken));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneDeviceRuleCanBreakMethodAndValueTogether(Engine engine) {
        // one 6378 per rule, rejecting the first bad value: the message has no placeholder, so more
        // reports at one pointer would read the same (and Hibernate Validator would merge them)
        Offer offer = device(Offers.full(), DeviceRule.parse("3:OS:iOS;Solaris;BeOS"), DeviceRule.parse("1:Device Type:TV"));
        assertThat(validator(engine).validate(offer).violations())
                .extracting(Violation::codeNumber, Violation::pointer, Violation::rejectedValue)
                .containsExactly(tuple(6375, "/device_rules/0", "3"),
                        tuple(6378, "/device_rules/0", "Solaris"),
                        tuple(6378, "/device_rules/1", "TV"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDocumentedAndDecidedFormsAreAccepted(Engine engine) {
        OfferValidator v = validator(engine);
        Offer full = Offers.full();
        List<Offer> valid = List.of(
                Offers.minimal().toBuilder().geo(GeoTargeting.builder().geoTargeting(0).build()).build(),
                Offers.minimal().toBuilder().device(DeviceTargeting.builder().deviceTargeting(0).build()).build(),
                geo(full, GeoEntry.parse("US:1"), GeoEntry.parse("DE:0:BY"), GeoEntry.parse("GB:0:ENG;WLS"),
                        GeoEntry.parse("FR:1:2A;2B")),
                device(full, DeviceRule.parse("1:OS:iOS;Windows phone"), DeviceRule.parse("0:Device Brand:ASUS;BlackBerry"),
                        DeviceRule.parse("1:OS:IOS;android;MAC OS X"), DeviceRule.parse("1:Device Type:mobile;Tablet"),
                        DeviceRule.parse("1:Device Model:SM-G991B;iPhone 13 Pro Max;Galaxy S21+"),
                        DeviceRule.parse("0:Browser:Samsung Internet;Chrome"), DeviceRule.parse("1:Device Brand:Sony Ericsson;T-Mobile")),
                full.toBuilder().device(full.device().toBuilder().deviceRedirectOfferId(0).build()).build(),
                full.toBuilder().geo(Mutations.geoEnforced().geo()).build(),
                full.toBuilder().events(Offers.events(10)).build(),
                full.toBuilder().events(Offers.events(1)).build(),
                full.toBuilder().events(List.of()).build(),
                full.toBuilder().events(null).caps(full.caps().toBuilder().capRange(1).build()).build(),
                full.toBuilder().caps(full.caps().toBuilder().capRange(1).build()).build());
        for (Offer offer : valid) {
            assertThat(v.validate(offer).violations()).as("%s", offer).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void geoTargetingOffNeedsNothingButEnforceStillNeedsItsRedirect(Engine engine) {
        Offer offer = Offers.minimal().toBuilder().geo(GeoTargeting.builder().geoTargeting(0).geoEnforce(1).build()).build();
        assertThat(validator(engine).validate(offer).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6364, "/geo_redirect_target_id"), tuple(6362, "/geo_redirect_type"));
        assertThat(validator(engine).validate(offer.toBuilder().id(4).build(), ValidationMode.UPDATE).violations()).isEmpty();
    }

    /** More than {@code EventChainValidator.SMALL} events: the hash-map path must agree with the scan path. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void longEventListsReportLikeShortOnes(Engine engine) {
        OfferValidator v = OfferValidator.builder().engine(engine).build();
        List<Event> chain = new ArrayList<>(Offers.events(20));
        chain.set(5, chain.get(5).toBuilder().eTkn("step_3").build());    // token of event 2, again
        chain.set(7, chain.get(7).toBuilder().id(4).build());             // id of event 3, again; nobody points at it first
        chain.set(8, chain.get(8).toBuilder().preEventId(4).build());     // keep 9 on the chain through the first id 4
        chain.set(12, chain.get(12).toBuilder().preEventId(15).build());  // 13 -> 15 -> 14 -> 13: a cycle
        chain.set(18, chain.get(18).toBuilder().preEventId(99).build());  // no event 99
        chain.set(19, chain.get(19).toBuilder().preEventId(20).build());  // itself
        Offer offer = Offers.full().toBuilder().events(chain).build();

        assertThat(v.validate(offer).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(
                        tuple(6706, "/events"),
                        tuple(6709, "/events/5/e_tkn"),
                        tuple(6702, "/events/7/id"),
                        tuple(6744, "/events/12/pre_event_id"),
                        tuple(6732, "/events/18/pre_event_id"),
                        tuple(6731, "/events/19/pre_event_id"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void shortListsFindTheSameCycleAndNoInitialEvent(Engine engine) {
        List<Event> ring = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ring.add(Offers.events(4).get(i - 1).toBuilder().eTkn("t" + i).preEventId(i == 1 ? 4 : i - 1).build());
        }
        Offer offer = Offers.full().toBuilder().events(ring).build();
        assertThat(validator(engine).validate(offer).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6385, "/events"), tuple(6744, "/events/0/pre_event_id"));
    }

    @Test
    void hostileListsOfAHundredThousandEntriesStayLinear() {
        int n = 100_000;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<GeoEntry> countries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                countries.add(GeoEntry.of("US"));
            }
            Offer geo = Offers.full().toBuilder().geo(Offers.full().geo().toBuilder().geoCountries(countries).build()).build();
            ValidationReport geoReport = COMPILED.validate(geo);
            // the rule lists its first findings, then one summary counts the rest (issue 29)
            assertThat(geoReport.violations()).hasSize(FindingCap.PER_RULE + 1);
            assertThat(geoReport.violations()).extracting(Violation::pointer)
                    .contains("/geo_countries", "/geo_countries/1").doesNotContain("/geo_countries/" + n / 2);

            List<String> regions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                regions.add("TX");
            }
            assertThat(COMPILED.validate(geo(Offers.full(), GeoEntry.include("US", regions.toArray(String[]::new))))
                    .violations()).isEmpty();

            List<DeviceRule> rules = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rules.add(DeviceRule.include("OS", "iOS"));
            }
            assertThat(COMPILED.validate(Offers.full().toBuilder()
                    .device(Offers.full().device().toBuilder().deviceRules(rules).build()).build()).violations()).isEmpty();

            List<Event> chain = Offers.events(n);
            assertThat(COMPILED.validate(Offers.full().toBuilder().events(chain).build()).violations())
                    .extracting(Violation::codeNumber, Violation::pointer)
                    .containsExactly(tuple(6706, "/events"));

            List<Event> ring = new ArrayList<>(chain);
            ring.set(0, ring.get(0).toBuilder().preEventId(n).eTkn("first").build());
            assertThat(COMPILED.validate(Offers.full().toBuilder().events(ring).build()).violations())
                    .extracting(Violation::codeNumber, Violation::pointer)
                    .containsExactly(tuple(6385, "/events"), tuple(6706, "/events"), tuple(6744, "/events/0/pre_event_id"));

            List<Event> sameToken = new ArrayList<>(n);
            for (Event e : chain) {
                sameToken.add(e.toBuilder().eTkn("same").build());
            }
            assertThat(COMPILED.validate(Offers.full().toBuilder().events(sameToken).build()).codeNumbers())
                    .hasSize(FindingCap.PER_RULE + 1).containsOnly(6706, 6709);
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aListRuleListsItsFirstFindingsThenOneSummaryWithTheCount(Engine engine) {
        int n = 1_000;
        List<GeoEntry> countries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            countries.add(GeoEntry.of("US"));
        }

        List<Violation> found = validator(engine).validate(geo(Offers.full(), countries.toArray(GeoEntry[]::new)))
                .violations();

        List<Violation> listed = found.stream().filter(v -> !v.arguments().containsKey(FindingCap.OMITTED)).toList();
        assertThat(listed).hasSize(FindingCap.PER_RULE).extracting(Violation::pointer)
                .contains("/geo_countries/1", "/geo_countries/" + FindingCap.PER_RULE)
                .doesNotContain("/geo_countries/" + (FindingCap.PER_RULE + 1));
        Violation summary = found.stream().filter(v -> v.arguments().containsKey(FindingCap.OMITTED)).findFirst()
                .orElseThrow();
        assertThat(found).hasSize(FindingCap.PER_RULE + 1);
        assertThat(summary.pointer()).isEqualTo("/geo_countries");
        assertThat(summary.codeNumber()).isEqualTo(6356);
        assertThat(summary.arguments()).containsEntry(FindingCap.OMITTED, n - 1 - FindingCap.PER_RULE);
        assertThat(summary.message()).endsWith("(and " + (n - 1 - FindingCap.PER_RULE)
                + " more findings of this rule here, not listed: a rule lists 100 per value)");
    }

    @Test
    void theEnginesAgreeOnACappedList() {
        List<GeoEntry> countries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            countries.add(i % 2 == 0 ? GeoEntry.of("XX") : GeoEntry.of("US"));
        }
        Offer offer = geo(Offers.full(), countries.toArray(GeoEntry[]::new));
        assertThat(Set.copyOf(HIBERNATE.validate(offer).violations()))
                .isEqualTo(Set.copyOf(COMPILED.validate(offer).violations()));
    }

    private static Offer geo(Offer base, GeoEntry... entries) {
        return base.toBuilder().geo(base.geo().toBuilder().geoCountries(List.of(entries)).build()).build();
    }

    private static Offer device(Offer base, DeviceRule... rules) {
        return base.toBuilder().device(base.device().toBuilder().deviceRules(List.of(rules)).build()).build();
    }
}
