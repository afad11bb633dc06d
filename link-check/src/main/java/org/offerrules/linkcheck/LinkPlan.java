package org.offerrules.linkcheck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerrules.validation.model.Offer;

/**
 * The cases that check one offer's tracking URL: every targeted country × every targeted device, in
 * the offer's country order and {@link Device} order, without duplicates, at most
 * {@link PlanOptions#maxCases()}. Each case costs one AffiliTest call.
 *
 * <p>Countries: {@code geo_targeting} 1 with {@code geo_type} 1 gives the listed countries (lower case,
 * in the offer's order); an exclusion list, or no GEO targeting, gives the default country, unless the
 * exclusion list names it (then there is no case). Devices: see {@code docs/links.md}; in short, OS,
 * {@code Device Brand} and {@code Device Type} rules of an offer with {@code device_targeting} 1
 * decide, include rules narrowing and exclude rules removing; without an include rule the offer's
 * {@code type} gives the start ({@code Desktop} → desktop, {@code Mobile} → android, iphone,
 * {@code Tablet} → ipad, android; none → the default device).
 *
 * @param cases   the cases, in order
 * @param omitted how many more cases the targeting gives beyond {@link PlanOptions#maxCases()}
 */
public record LinkPlan(List<LinkCase> cases, int omitted) {

    private static final Pattern MACRO = Pattern.compile("\\{([^{}]*)\\}");

    /** Copies the list. */
    public LinkPlan {
        cases = List.copyOf(cases);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted < 0");
        }
    }

    /**
     * The plan for {@code offer}; no case when it has no {@code url}, or when its targeting leaves no
     * country or no device AffiliTest emulates.
     */
    public static LinkPlan of(Offer offer, PlanOptions options) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(options, "options");
        if (offer.url() == null || offer.url().isBlank()) {
            return new LinkPlan(List.of(), 0);
        }
        String url = fill(offer.url(), options);
        String preview = offer.previewUrl() == null || offer.previewUrl().isBlank() ? null : offer.previewUrl();
        List<String> countries = Targeting.countries(offer, options.defaultCountry());
        Set<Device> devices = Targeting.devices(offer, options.defaultDevice());
        List<LinkCase> cases = new ArrayList<>();
        int total = countries.size() * devices.size();
        for (String country : countries) {
            for (Device device : devices) {
                if (cases.size() == options.maxCases()) {
                    return new LinkPlan(cases, total - cases.size());
                }
                cases.add(new LinkCase(country, device, url, preview));
            }
        }
        return new LinkPlan(cases, 0);
    }

    /** Replaces {@code {TID}} with the click id and every other {@code {NAME}} with its value, URL-encoded. */
    static String fill(String url, PlanOptions options) {
        Matcher m = MACRO.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = "TID".equals(name) ? options.clickId() : options.macros().getOrDefault(name, PlanOptions.OTHER_MACRO);
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
