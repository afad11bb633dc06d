package org.offerrules.linkcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;

/** The countries and devices an offer's targeting gives, as {@link LinkPlan} documents them. */
final class Targeting {

    private static final Set<Device> PHONES = EnumSet.of(Device.ANDROID, Device.IPHONE, Device.WINDOWS_PHONE, Device.BLACKBERRY);

    private Targeting() {
    }

    /** The listed countries of an include list, in order; otherwise the default unless excluded. */
    static List<String> countries(Offer offer, String defaultCountry) {
        GeoTargeting geo = offer.geo();
        boolean on = geo != null && Integer.valueOf(1).equals(geo.geoTargeting()) && geo.geoCountries() != null;
        Set<String> listed = new LinkedHashSet<>();
        if (on) {
            for (GeoEntry entry : geo.geoCountries()) {
                if (entry != null && entry.country() != null) {
                    listed.add(entry.country().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (on && Integer.valueOf(1).equals(geo.geoType())) {
            return new ArrayList<>(listed);
        }
        return on && listed.contains(defaultCountry) ? List.of() : List.of(defaultCountry);
    }

    /**
     * The devices: the intersection of the include rules' devices (or, without one, those of the
     * offer's {@code type}), less the exclude rules' devices.
     */
    static Set<Device> devices(Offer offer, Device defaultDevice) {
        DeviceTargeting targeting = offer.device();
        List<DeviceRule> rules = targeting != null && Integer.valueOf(1).equals(targeting.deviceTargeting())
                && targeting.deviceRules() != null ? targeting.deviceRules() : List.of();
        Set<Device> devices = null;
        Set<Device> excluded = EnumSet.noneOf(Device.class);
        for (DeviceRule rule : rules) {
            if (rule == null || !rule.isWellFormed() || rule.parameter() == null) {
                continue;
            }
            boolean include = DeviceRule.INCLUDE.equals(rule.method());
            Set<Device> of = EnumSet.noneOf(Device.class);
            boolean decides = false;
            for (String value : rule.values()) {
                Set<Device> mapped = map(rule.parameter(), value, include);
                if (mapped != null) {
                    decides = true;
                    of.addAll(mapped);
                }
            }
            if (!decides) {
                continue; // Device Model, Browser: no AffiliTest device follows from them
            }
            if (include) {
                if (devices == null) {
                    devices = of;
                } else {
                    devices.retainAll(of);
                }
            } else {
                excluded.addAll(of);
            }
        }
        if (devices == null) {
            devices = byType(offer, defaultDevice);
        }
        devices.removeAll(excluded);
        return devices;
    }

    private static Set<Device> byType(Offer offer, Device defaultDevice) {
        String type = offer.type() == null ? "" : offer.type().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "desktop" -> EnumSet.of(Device.DESKTOP);
            case "mobile" -> EnumSet.of(Device.ANDROID, Device.IPHONE);
            case "tablet" -> EnumSet.of(Device.ANDROID, Device.IPAD);
            default -> EnumSet.of(defaultDevice);
        };
    }

    /**
     * The devices one rule value stands for; null when the parameter says nothing about devices. A
     * brand other than Apple, BlackBerry and Microsoft makes Android devices: included, it stands for
     * {@code android}; excluded, it removes nothing (other brands make Android devices too).
     */
    private static Set<Device> map(String parameter, String value, boolean include) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (parameter.trim().toLowerCase(Locale.ROOT)) {
            case "os":
                return switch (v) {
                    case "ios" -> EnumSet.of(Device.IPHONE, Device.IPAD);
                    case "ipados" -> EnumSet.of(Device.IPAD);
                    case "android" -> EnumSet.of(Device.ANDROID);
                    case "windows phone" -> EnumSet.of(Device.WINDOWS_PHONE);
                    case "blackberry" -> EnumSet.of(Device.BLACKBERRY);
                    case "windows", "macos", "mac os x", "linux", "chrome os" -> EnumSet.of(Device.DESKTOP);
                    default -> EnumSet.noneOf(Device.class); // Symbian, Tizen, KaiOS, ...: nothing AffiliTest emulates
                };
            case "device brand":
                return switch (v) {
                    case "apple" -> EnumSet.of(Device.IPHONE, Device.IPAD);
                    case "blackberry", "rim" -> EnumSet.of(Device.BLACKBERRY);
                    case "microsoft" -> EnumSet.of(Device.WINDOWS_PHONE);
                    default -> include ? EnumSet.of(Device.ANDROID) : EnumSet.noneOf(Device.class);
                };
            case "device type":
                return switch (v) {
                    case "desktop" -> EnumSet.of(Device.DESKTOP);
                    case "mobile" -> EnumSet.copyOf(PHONES);
                    case "tablet" -> EnumSet.of(Device.IPAD, Device.ANDROID);
                    default -> EnumSet.noneOf(Device.class);
                };
            default:
                return null;
        }
    }
}
