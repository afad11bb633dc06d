package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferBuilder;

class LinkPlanTest {

    private static final PlanOptions OPTIONS = PlanOptions.defaults();

    private static OfferBuilder offer(String type) {
        return Offer.builder().type(type).url("https://track.example.com/c?tid={TID}&sub={aff_sub}");
    }

    private static GeoTargeting geo(int type, String... countries) {
        return GeoTargeting.builder().geoTargeting(1).geoType(type).geoEnforce(0)
                .geoCountries(java.util.Arrays.stream(countries).map(GeoEntry::parse).toList()).build();
    }

    private static DeviceTargeting devices(String... rules) {
        return DeviceTargeting.builder().deviceTargeting(1)
                .deviceRules(java.util.Arrays.stream(rules).map(DeviceRule::parse).toList()).build();
    }

    private static List<String> pairs(LinkPlan plan) {
        return plan.cases().stream().map(c -> c.country() + "/" + c.device().apiValue()).toList();
    }

    @Test
    void noTargetingTestsTheDefaultCountryWithTheTypesDevices() {
        assertThat(pairs(LinkPlan.of(offer("Desktop").build(), OPTIONS))).containsExactly("us/desktop");
        assertThat(pairs(LinkPlan.of(offer("Mobile").build(), OPTIONS))).containsExactly("us/android", "us/iphone");
        assertThat(pairs(LinkPlan.of(offer("Tablet").build(), OPTIONS))).containsExactly("us/android", "us/ipad");
    }

    @Test
    void withoutATypeTheDefaultDevice() {
        assertThat(pairs(LinkPlan.of(offer(null).build(), OPTIONS.withDefaultDevice(Device.IPHONE).withDefaultCountry("DE"))))
                .containsExactly("de/iphone");
    }

    @Test
    void anIncludeListGivesItsCountriesLowerCaseInOrderOnce() {
        Offer o = offer("Desktop").geo(geo(1, "GB", "fr:1:IDF", "US", "gb")).build();
        assertThat(pairs(LinkPlan.of(o, OPTIONS))).containsExactly("gb/desktop", "fr/desktop", "us/desktop");
    }

    @Test
    void anExclusionListGivesTheDefaultCountryUnlessItIsExcluded() {
        assertThat(pairs(LinkPlan.of(offer("Desktop").geo(geo(0, "GB", "FR")).build(), OPTIONS))).containsExactly("us/desktop");
        assertThat(LinkPlan.of(offer("Desktop").geo(geo(0, "US")).build(), OPTIONS).cases()).isEmpty();
    }

    @Test
    void geoTargetingOffIgnoresTheList() {
        GeoTargeting off = geo(1, "GB").toBuilder().geoTargeting(0).build();
        assertThat(pairs(LinkPlan.of(offer("Desktop").geo(off).build(), OPTIONS))).containsExactly("us/desktop");
    }

    @Test
    void osRulesNameTheDevices() {
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:OS:iOS")).build(), OPTIONS)))
                .containsExactly("us/iphone", "us/ipad");
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:OS:Android;Windows Phone;BlackBerry")).build(), OPTIONS)))
                .containsExactly("us/android", "us/windowsPhone", "us/blackberry");
        // exclusion only: the type's devices less the excluded ones
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("0:OS:iOS")).build(), OPTIONS))).containsExactly("us/android");
        // include then exclude
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:OS:iOS;Android", "0:OS:Android")).build(), OPTIONS)))
                .containsExactly("us/iphone", "us/ipad");
    }

    @Test
    void brandRules() {
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:Device Brand:Apple")).build(), OPTIONS)))
                .containsExactly("us/iphone", "us/ipad");
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:Device Brand:Samsung;BlackBerry")).build(), OPTIONS)))
                .containsExactly("us/android", "us/blackberry");
        // excluding an Android maker leaves Android (other makers), excluding Apple removes iOS
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("0:Device Brand:Samsung;Apple")).build(), OPTIONS)))
                .containsExactly("us/android");
        // two include rules: both must hold
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:OS:iOS;Android", "1:Device Brand:Apple")).build(), OPTIONS)))
                .containsExactly("us/iphone", "us/ipad");
    }

    @Test
    void deviceTypeRulesAndRulesThatSayNothingAboutTheDevice() {
        assertThat(pairs(LinkPlan.of(offer("Mobile").device(devices("1:Device Type:Desktop")).build(), OPTIONS)))
                .containsExactly("us/desktop");
        assertThat(pairs(LinkPlan.of(offer("Desktop").device(devices("1:Browser:Chrome", "1:Device Model:Pixel 8")).build(), OPTIONS)))
                .containsExactly("us/desktop");
    }

    @Test
    void aTargetingWithNoEmulatedDeviceHasNoCase() {
        assertThat(LinkPlan.of(offer("Mobile").device(devices("1:OS:KaiOS")).build(), OPTIONS).cases()).isEmpty();
        assertThat(LinkPlan.of(offer("Mobile").device(devices("0:OS:iOS;Android")).build(), OPTIONS).cases()).isEmpty();
    }

    @Test
    void countriesTimesDevicesCountryMajorCappedWithTheRestCounted() {
        Offer o = offer("Mobile").geo(geo(1, "GB", "FR", "DE")).device(devices("1:OS:iOS;Android")).build();
        assertThat(pairs(LinkPlan.of(o, OPTIONS))).containsExactly(
                "gb/android", "gb/iphone", "gb/ipad", "fr/android", "fr/iphone", "fr/ipad", "de/android", "de/iphone", "de/ipad");
        LinkPlan capped = LinkPlan.of(o, OPTIONS.withMaxCases(4));
        assertThat(pairs(capped)).containsExactly("gb/android", "gb/iphone", "gb/ipad", "fr/android");
        assertThat(capped.omitted()).isEqualTo(5);
    }

    @Test
    void macrosAreReplacedEncodedAndThePreviewKept() {
        Offer o = offer("Desktop").url("https://t.example.com/c?tid={TID}&s={aff_sub}&x={source}")
                .previewUrl("https://apps.apple.com/app/id123").build();
        LinkCase c = LinkPlan.of(o, OPTIONS.withClickId("click 1").withMacros(Map.of("source", "a&b"))).cases().get(0);
        assertThat(c.url()).isEqualTo("https://t.example.com/c?tid=click+1&s=test&x=a%26b");
        assertThat(c.previewUrl()).isEqualTo("https://apps.apple.com/app/id123");
    }

    @Test
    void anOfferWithoutUrlHasNoCase() {
        assertThat(LinkPlan.of(Offer.builder().type("Mobile").build(), OPTIONS).cases()).isEmpty();
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> OPTIONS.withDefaultCountry("usa")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OPTIONS.withMaxCases(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyIncludeListGivesDistinctCasesWithinTheCapInTheSameOrderEveryTime() {
        String[] pool = {"US", "gb", "GB", "fr", "de", "us", "jp", "br"};
        String[] os = {"iOS", "Android", "Windows Phone", "BlackBerry", "Windows", "KaiOS"};
        qt().withExamples(300).forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(1, 8),
                lists().of(integers().between(0, os.length - 1)).ofSizeBetween(1, 4),
                integers().between(1, 30))
            .checkAssert((countries, systems, max) -> {
                Offer o = offer("Mobile")
                        .geo(geo(1, countries.stream().map(i -> pool[i]).toArray(String[]::new)))
                        .device(devices("1:OS:" + String.join(";", systems.stream().map(i -> os[i]).toList())))
                        .build();
                LinkPlan plan = LinkPlan.of(o, OPTIONS.withMaxCases(max));
                assertThat(plan.cases()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(max);
                assertThat(plan).isEqualTo(LinkPlan.of(o, OPTIONS.withMaxCases(max)));
                long distinct = countries.stream().map(i -> pool[i].toLowerCase(java.util.Locale.ROOT)).distinct().count();
                long devices = Targeting.devices(o, Device.DESKTOP).size();
                assertThat(plan.cases().size() + plan.omitted()).isEqualTo(distinct * devices);
            });
    }
}
