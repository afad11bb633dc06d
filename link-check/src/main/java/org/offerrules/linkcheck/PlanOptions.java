package org.offerrules.linkcheck;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link LinkPlan} needs besides the offer.
 *
 * @param defaultCountry the country (ISO 3166-1 alpha-2, any case; stored lower case) for an offer
 *                       without GEO targeting or with an exclusion list
 * @param defaultDevice  the device for an offer that neither targets devices nor has a known {@code type}
 * @param clickId        the value of {@code {TID}} in the tracking URL
 * @param macros         values for the other URL macros, by name without braces (a macro not named here
 *                       becomes {@value #OTHER_MACRO})
 * @param maxCases       the most cases one offer's plan holds, at least 1
 */
public record PlanOptions(String defaultCountry, Device defaultDevice, String clickId, Map<String, String> macros,
        int maxCases) {

    /** The value of a URL macro that {@link #macros()} does not name. */
    public static final String OTHER_MACRO = "test";

    /** Checks the values and copies the map. */
    public PlanOptions {
        Objects.requireNonNull(defaultCountry, "defaultCountry");
        if (!defaultCountry.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("the default country must be two letters (ISO 3166-1 alpha-2): " + defaultCountry);
        }
        defaultCountry = defaultCountry.toLowerCase(java.util.Locale.ROOT);
        Objects.requireNonNull(defaultDevice, "defaultDevice");
        Objects.requireNonNull(clickId, "clickId");
        macros = Map.copyOf(new TreeMap<>(Objects.requireNonNull(macros, "macros")));
        if (maxCases < 1) {
            throw new IllegalArgumentException("maxCases must be at least 1: " + maxCases);
        }
    }

    /** Country {@code us}, device {@code desktop}, click id {@code offer-rules-test}, no macro values, 20 cases. */
    public static PlanOptions defaults() {
        return new PlanOptions("us", Device.DESKTOP, "offer-rules-test", Map.of(), 20);
    }

    /** These options with another default country. */
    public PlanOptions withDefaultCountry(String country) {
        return new PlanOptions(country, defaultDevice, clickId, macros, maxCases);
    }

    /** These options with another default device. */
    public PlanOptions withDefaultDevice(Device device) {
        return new PlanOptions(defaultCountry, device, clickId, macros, maxCases);
    }

    /** These options with another click id. */
    public PlanOptions withClickId(String id) {
        return new PlanOptions(defaultCountry, defaultDevice, id, macros, maxCases);
    }

    /** These options with other macro values. */
    public PlanOptions withMacros(Map<String, String> values) {
        return new PlanOptions(defaultCountry, defaultDevice, clickId, values, maxCases);
    }

    /** These options with another cap. */
    public PlanOptions withMaxCases(int max) {
        return new PlanOptions(defaultCountry, defaultDevice, clickId, macros, max);
    }
}
