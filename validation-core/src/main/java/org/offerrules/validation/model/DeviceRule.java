package org.offerrules.validation.model;

import java.util.List;

/**
 * One {@code device_rules} entry, {@code m:PARAM:V1;V2}: method (1 include / 0 exclude), the parameter
 * ({@code OS}, {@code Device Brand}, ...) and its values. Parsing splits the structure only; the
 * device rules decide what is valid.
 *
 * @param method    the method as written ({@code "1"} or {@code "0"}), or null when not split
 * @param parameter the parameter as written, or null when not split
 * @param values    the values as written; empty when none
 * @param unparsed  the original text when it could not be split into three parts; null otherwise
 */
public record DeviceRule(String method, String parameter, List<String> values, String unparsed) {

    /** Method: target the listed values. */
    public static final String INCLUDE = "1";
    /** Method: leave the listed values out. */
    public static final String EXCLUDE = "0";

    /** Copies the value list. */
    public DeviceRule {
        values = values == null ? List.of() : Lists.copy(values);
    }

    /** A rule targeting these values of {@code parameter}. */
    public static DeviceRule include(String parameter, String... values) {
        return new DeviceRule(INCLUDE, parameter, List.of(values), null);
    }

    /** A rule leaving out these values of {@code parameter}. */
    public static DeviceRule exclude(String parameter, String... values) {
        return new DeviceRule(EXCLUDE, parameter, List.of(values), null);
    }

    /** Splits the API's compact form; text without exactly three {@code :}-separated parts stays unparsed. */
    public static DeviceRule parse(String text) {
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (second < 0 || text.indexOf(':', second + 1) >= 0) {
            return new DeviceRule(null, null, List.of(), text);
        }
        List<String> values = second == text.length() - 1 ? List.of() : Lists.split(text.substring(second + 1), ';');
        return new DeviceRule(text.substring(0, first), text.substring(first + 1, second), values, null);
    }

    /** Whether the text could be split into method, parameter and values. */
    public boolean isWellFormed() {
        return unparsed == null;
    }

    /** The API's compact form of this rule. */
    public String toCompact() {
        return unparsed != null ? unparsed : method + ":" + parameter + ":" + String.join(";", values);
    }

    @Override
    public String toString() {
        return toCompact();
    }
}
