package org.offerrules.linkcheck;

import java.util.Locale;
import java.util.Optional;

/** The devices AffiliTest emulates, in the order a plan lists them. */
public enum Device {
    /** {@code android}. */
    ANDROID("android"),
    /** {@code iphone}. */
    IPHONE("iphone"),
    /** {@code ipad}. */
    IPAD("ipad"),
    /** {@code desktop}. */
    DESKTOP("desktop"),
    /** {@code windowsPhone}. */
    WINDOWS_PHONE("windowsPhone"),
    /** {@code blackberry}. */
    BLACKBERRY("blackberry");

    private final String apiValue;

    Device(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The value of the API's {@code device} field, e.g. {@code windowsPhone}. */
    public String apiValue() {
        return apiValue;
    }

    /** The device spelled {@code apiValue} (any case); empty for null or any other text. */
    public static Optional<Device> fromApiValue(String apiValue) {
        if (apiValue != null) {
            for (Device d : values()) {
                if (d.apiValue.toLowerCase(Locale.ROOT).equals(apiValue.toLowerCase(Locale.ROOT))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return apiValue;
    }
}
