package org.offerrules.validation.internal;

import java.util.List;

/**
 * The words of a {@code device_rules} entry ({@code m:PARAM:V1;V2}): the parameters and the values
 * each accepts. One list for the rule that checks entries and for the JSON Schema that describes them,
 * so the two cannot drift apart.
 */
public final class DeviceVocabulary {

    /** The parameters, exactly as the API spells them; {@code OS} and {@code Device Type} take closed lists. */
    public static final List<String> PARAMETERS = List.of("OS", "Device Brand", "Device Model", "Device Type", "Browser");

    /** {@code OS} values, compared ignoring case. */
    public static final List<String> OPERATING_SYSTEMS = List.of("Android", "iOS", "iPadOS", "Windows",
            "Windows Phone", "macOS", "Mac OS X", "Linux", "Chrome OS", "BlackBerry", "Symbian", "Tizen", "KaiOS",
            "HarmonyOS", "Fire OS", "webOS");

    /** {@code Device Type} values, those of the offer's {@code type}, compared ignoring case. */
    public static final List<String> DEVICE_TYPES = List.of("Desktop", "Mobile", "Tablet");

    /** The longest accepted brand, model or browser name, in UTF-16 code units. */
    public static final int MAX_NAME = 100;

    /**
     * The characters a brand, model or browser name may hold after its first, besides letters and digits;
     * it starts with a letter or digit and does not end with a space.
     */
    public static final String NAME_SYMBOLS = " .-_&+'/()!";

    private DeviceVocabulary() {
    }

    /** The closed list of values {@code parameter} takes, or an empty list when it takes names. */
    public static List<String> closedValues(String parameter) {
        return switch (parameter) {
            case "OS" -> OPERATING_SYSTEMS;
            case "Device Type" -> DEVICE_TYPES;
            default -> List.of();
        };
    }
}
