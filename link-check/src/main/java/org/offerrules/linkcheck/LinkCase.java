package org.offerrules.linkcheck;

import java.util.Locale;
import java.util.Objects;

/**
 * One check: the tracking URL, macros replaced, followed from a country on a device.
 *
 * @param country    ISO 3166-1 alpha-2, lower case (AffiliTest's spelling: a country given in upper case is
 *                   kept in lower case)
 * @param device     the device AffiliTest emulates
 * @param url        the tracking URL with its macros replaced
 * @param previewUrl the offer's {@code preview_url}, or null when it has none
 */
public record LinkCase(String country, Device device, String url, String previewUrl) {

    /** Checks that the country, device and URL are given; the country in lower case. */
    public LinkCase {
        country = Objects.requireNonNull(country, "country").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(url, "url");
    }
}
