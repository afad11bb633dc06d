package org.offerrules.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.Offer;

/**
 * Which rules report which code, read from the model's constraint annotations (the one definition
 * of every rule): for the linter's {@code explain} and the generated rule catalog.
 */
public final class RuleIndex {

    /** One rule: where it applies (a JSON Pointer pattern, {@code *} for any index) and what it says. */
    public record Rule(int code, String pointer, String constraint, String description) {
    }

    /** The rule of each code of the annotations that report several codes, by {@code Annotation.attribute}. */
    private static final Map<String, String> PER_CODE = Map.ofEntries(
            Map.entry("GeoCountries.malformedCode", "an entry is CC, CC:m or CC:m:R1;R2 and names a country once"),
            Map.entry("GeoCountries.countryCode", "an entry's country is an ISO 3166-1 alpha-2 code, upper case"),
            Map.entry("GeoCountries.regionRuleCode", "an entry's mode is 0 or 1 and its region list has no empty region"),
            Map.entry("GeoCountries.regionCode", "an entry's regions are ISO 3166-2 subdivisions of its country, "
                    + "without the country prefix"),
            Map.entry("DeviceRules.malformedCode", "a rule is m:PARAM:V1;V2"),
            Map.entry("DeviceRules.methodCode", "a rule's method is 0 or 1"),
            Map.entry("DeviceRules.parameterCode", "a rule's parameter is OS, Device Brand, Device Model, Device Type "
                    + "or Browser"),
            Map.entry("DeviceRules.noValueCode", "a rule has at least one value and no empty value"),
            Map.entry("DeviceRules.valueCode", "a rule's values are accepted for its parameter (see docs/decisions)"),
            Map.entry("EventChain.malformedCode", "`events` is an array of event objects"),
            Map.entry("EventChain.tooManyCode", "at most 10 events, the initial one included"),
            Map.entry("EventChain.noInitialCode", "a present event list has an initial event (pre_event_id -1)"),
            Map.entry("EventChain.extraInitialCode", "a present event list has exactly one initial event and no null event"),
            Map.entry("EventChain.nullEventCode", "no event is null"),
            Map.entry("EventChain.initialInactiveCode", "the initial event is active (status 1)"),
            Map.entry("EventChain.initialPrivateCode", "the initial event is public (is_private 0)"),
            Map.entry("EventChain.initialEndPointCode", "the initial event is not an end point (is_end_point 0)"),
            Map.entry("EventChain.notInitialValueCode", "pre_event_id is -1 or the id of another event"),
            Map.entry("EventChain.selfCode", "an event's pre_event_id is not its own id"),
            Map.entry("EventChain.unknownCode", "an event's pre_event_id is the id of an event of the same offer"),
            Map.entry("EventChain.cycleCode", "the pre_event_id chain has no cycle"),
            Map.entry("EventChain.duplicateIdCode", "no event id appears twice"),
            Map.entry("EventChain.duplicateTokenCode", "no e_tkn appears twice (reported on the second)"));

    /** Where the list rules report, below their list: an element, or a field of one. */
    private static final Map<String, String> ELEMENT_POINTER = Map.ofEntries(
            Map.entry("GeoCountries.malformedCode", "/*"),
            Map.entry("GeoCountries.countryCode", "/*"),
            Map.entry("GeoCountries.regionRuleCode", "/*"),
            Map.entry("GeoCountries.regionCode", "/*"),
            Map.entry("DeviceRules.malformedCode", "/*"),
            Map.entry("DeviceRules.methodCode", "/*"),
            Map.entry("DeviceRules.parameterCode", "/*"),
            Map.entry("DeviceRules.noValueCode", "/*"),
            Map.entry("DeviceRules.valueCode", "/*"),
            Map.entry("EventChain.extraInitialCode", "/*/pre_event_id"),
            Map.entry("EventChain.nullEventCode", "/*"),
            Map.entry("EventChain.initialInactiveCode", "/*/status"),
            Map.entry("EventChain.initialPrivateCode", "/*/is_private"),
            Map.entry("EventChain.initialEndPointCode", "/*/is_end_point"),
            Map.entry("EventChain.notInitialValueCode", "/*/pre_event_id"),
            Map.entry("EventChain.selfCode", "/*/pre_event_id"),
            Map.entry("EventChain.unknownCode", "/*/pre_event_id"),
            Map.entry("EventChain.cycleCode", "/*/pre_event_id"),
            Map.entry("EventChain.duplicateIdCode", "/*/id"),
            Map.entry("EventChain.duplicateTokenCode", "/*/e_tkn"));

    private static final RuleIndex JVM = new RuleIndex(Members.JVM);

    private final Members members;
    private final Map<Integer, List<Rule>> byCode = new TreeMap<>();

    private RuleIndex(Members members) {
        this.members = members;
        scan(Offer.class, "", new LinkedHashSet<>());
        byCode.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The index read through {@code members}; tests pass members in another reflective order. */
    public static RuleIndex of(Members members) {
        return members == Members.JVM ? JVM : new RuleIndex(members);
    }

    /** The rules that report {@code code}; empty when no offline rule of the model does. */
    public static List<Rule> rules(int code) {
        return JVM.rulesOf(code);
    }

    /** Every code some model rule reports, ascending. */
    public static Set<Integer> codes() {
        return JVM.reportedCodes();
    }

    /**
     * The rules that report {@code code}, in the order of the record components, then of the
     * annotations' type names, then of the attributes' names; empty when no offline rule reports it.
     */
    public List<Rule> rulesOf(int code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Every code some model rule reports, ascending. */
    public Set<Integer> reportedCodes() {
        return Collections.unmodifiableSet(byCode.keySet());
    }

    private void scan(Class<?> type, String prefix, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (Annotation constraint : ConstraintAnnotations.constraints(members.annotations(type))) {
            add(constraint, prefix, null);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String pointer = WireNames.isFlattened(component) ? prefix : prefix + "/" + WireNames.of(name);
            Field field;
            try {
                field = type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            for (Annotation constraint : ConstraintAnnotations.constraints(members.annotations(field))) {
                add(constraint, pointer, WireNames.of(name));
            }
            Class<?> next = component.getType();
            String nextPrefix = pointer;
            if (component.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                next = element;
                nextPrefix = pointer + "/*";
            }
            scan(next, nextPrefix, seen);
        }
    }

    private void add(Annotation constraint, String pointer, String wireName) {
        String field = attribute(constraint, "field") instanceof String f ? WireNames.of(f) : wireName;
        String at = attribute(constraint, "field") instanceof String f ? pointer + "/" + WireNames.of(f) : pointer;
        for (Method attribute : members.attributes(constraint.annotationType())) {
            if (!ConstraintAnnotations.isCodeAttribute(attribute)) {
                continue;
            }
            int code = (int) attribute(constraint, attribute.getName());
            if (code == 0) {
                continue;
            }
            String key = constraint.annotationType().getSimpleName() + "." + attribute.getName();
            String specific = PER_CODE.get(key);
            String description = specific != null ? "`" + field + "`: " + specific : describe(constraint, field);
            String where = at + ELEMENT_POINTER.getOrDefault(key, "");
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(new Rule(code, where,
                    "@" + constraint.annotationType().getSimpleName(), description));
        }
    }

    /** The rule in one sentence, from the annotation's type and attributes. */
    static String describe(Annotation a, String field) {
        String f = "`" + field + "`";
        String groups = groups(a);
        return switch (a.annotationType().getSimpleName()) {
            case "Required" -> f + " must be present" + groups + ".";
            case "NotBlank" -> f + " must not be empty or blank.";
            case "Positive" -> f + " must be an integer greater than 0.";
            case "NonNegative" -> f + " must be a finite number of at least 0.";
            case "Flag" -> f + " must be 0 or 1.";
            case "CapLimit" -> f + " must be greater than 0, or -1 for unlimited (0 is invalid); decimals are allowed.";
            case "IntegerWhen" -> f + " must be a whole number when `" + WireNames.of((String) attribute(a, "when"))
                    + "` is " + String.join(" or ", (String[]) attribute(a, "in")) + ".";
            case "AppId" -> f + " must be an App Store id of 5 to 12 digits, with or without `id` (id284882215, 284882215), "
                    + "or an Android package name (com.example.app).";
            case "OneOf" -> f + " must be one of " + values(a) + " (exact spelling and case).";
            case "Between" -> f + " must be a number from " + num(attribute(a, "min")) + " to "
                    + num(attribute(a, "max")) + ".";
            case "MaxLength" -> f + " must have at most " + attribute(a, "max") + " characters.";
            case "HttpUrl" -> ((String) attribute(a, "token")).isEmpty()
                    ? f + " must be an absolute http(s) URL."
                    : f + " must be an absolute http(s) URL containing `" + attribute(a, "token") + "`.";
            case "ApiDate" -> f + " must be YYYY/MM/DD or YYYY/MM/DD HH and name a real date and hour.";
            case "CategoryIds" -> f + " must be comma-separated category ids, each greater than 0.";
            case "TierPayouts" -> f + " must be tierId:payout pairs with ids greater than 0, payouts of at "
                    + "least 0, no id twice.";
            case "Requires" -> f + " is required when `" + WireNames.of((String) attribute(a, "when"))
                    + "` is " + String.join(" or ", (String[]) attribute(a, "in")) + groups + ".";
            case "RequiredWithAny" -> f + " is required when any of " + wire((String[]) attribute(a, "others"))
                    + " is given" + groups + ".";
            case "GreaterThan" -> f + " must be greater than " + wire((String[]) attribute(a, "than"))
                    + " (-1, unlimited, takes part in no comparison).";
            case "EventToken" -> f + " must be letters, digits, '_' and '-' only.";
            case "RequiredUnless" -> f + " is required unless `" + WireNames.of((String) attribute(a, "when"))
                    + "` is " + String.join(" or ", (String[]) attribute(a, "in")) + groups + ".";
            case "NotEqual" -> f + " must differ from `" + WireNames.of((String) attribute(a, "other")) + "`.";
            default -> f + " is checked by @" + a.annotationType().getSimpleName() + ".";
        };
    }

    private static String groups(Annotation a) {
        Class<?>[] groups = (Class<?>[]) attribute(a, "groups");
        if (groups == null || groups.length == 0) {
            return "";
        }
        return " (" + String.join(", ", Arrays.stream(groups).map(g -> g.getSimpleName().toLowerCase()).toList())
                + " mode)";
    }

    private static String values(Annotation a) {
        Object type = attribute(a, "value");
        if (type instanceof Class<?> c && c.isEnum() && ApiValue.class.isAssignableFrom(c)) {
            return String.join(", ", Arrays.stream(c.getEnumConstants()).map(v -> "`" + ((ApiValue) v).apiValue() + "`")
                    .toList());
        }
        return String.valueOf(type);
    }

    private static String wire(String[] names) {
        return String.join(", ", Arrays.stream(names).map(n -> "`" + WireNames.of(n) + "`").toList());
    }

    private static String num(Object value) {
        double d = (double) value;
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static Object attribute(Annotation a, String name) {
        return ConstraintAnnotations.attribute(a, name);
    }
}
