package org.offerrules.validation.internal.rules;

import java.util.List;
import java.util.Map;

import org.offerrules.validation.constraints.DeviceRules;
import org.offerrules.validation.internal.DeviceVocabulary;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link DeviceRules}: each entry has method 0/1, a known parameter and values the parameter accepts,
 * named values compared as every named value of the API is ({@link ApiValue#matches}: letter case aside).
 * {@code OS} and {@code Device Type} take closed lists; {@code Device Brand}, {@code Device Model} and {@code Browser} take names (see
 * {@link #isName}). A bad entry reports each of method, parameter and values at most once.
 */
public final class DeviceRulesValidator extends RuleValidator<DeviceRules, List<DeviceRule>> {

    /** The parameters, as the API spells them. */
    static final String[] PARAMETERS = DeviceVocabulary.PARAMETERS.toArray(String[]::new);

    /** {@code OS} values. */
    static final String[] OPERATING_SYSTEMS = DeviceVocabulary.OPERATING_SYSTEMS.toArray(String[]::new);

    /** {@code Device Type} values, those of the offer's {@code type}. */
    static final String[] DEVICE_TYPES = DeviceVocabulary.DEVICE_TYPES.toArray(String[]::new);

    /** The longest accepted brand, model or browser name. */
    static final int MAX_NAME = DeviceVocabulary.MAX_NAME;

    private int malformed;
    private int method;
    private int parameter;
    private int noValue;
    private int value;

    @Override
    public void initialize(DeviceRules annotation) {
        malformed = annotation.malformedCode();
        method = annotation.methodCode();
        parameter = annotation.parameterCode();
        noValue = annotation.noValueCode();
        value = annotation.valueCode();
    }

    @Override
    public void check(List<DeviceRule> rules, Reporter reporter) {
        if (rules == null) {
            return;
        }
        for (int i = 0, n = rules.size(); i < n; i++) {
            DeviceRule rule = rules.get(i);
            if (rule == null || rule.unparsed() != null) {
                reporter.report(null, i, malformed, rule == null ? null : rule.toCompact(), Map.of());
                continue;
            }
            String m = rule.method();
            if (!DeviceRule.INCLUDE.equals(m) && !DeviceRule.EXCLUDE.equals(m)) {
                reporter.report(null, i, method, m, Map.of());
            }
            int kind = indexOf(PARAMETERS, rule.parameter());
            if (kind < 0) {
                reporter.report(null, i, parameter, rule.parameter(), Map.of());
                continue;
            }
            List<String> values = rule.values();
            if (values.isEmpty()) {
                reporter.report(null, i, noValue, rule.toCompact(), Map.of());
                continue;
            }
            // one report per rule, rejecting its first bad value: the message has no placeholder, so
            // more reports at one pointer would read the same (and Hibernate Validator merges them)
            for (int k = 0, size = values.size(); k < size; k++) {
                String v = values.get(k);
                if (!accepts(kind, v)) {
                    reporter.report(null, i, value, v, Map.of());
                    break;
                }
            }
        }
    }

    private static boolean accepts(int kind, String v) {
        return switch (kind) {
            case 0 -> indexOf(OPERATING_SYSTEMS, v) >= 0;
            case 3 -> indexOf(DEVICE_TYPES, v) >= 0;
            default -> isName(v);
        };
    }

    /**
     * A name: 1 to {@value #MAX_NAME} characters, starting with a letter or digit, then letters, digits,
     * spaces and {@code . - _ & + ' / ( ) !}; not ending with a space.
     */
    static boolean isName(String v) {
        if (v == null || v.isEmpty() || v.length() > MAX_NAME || !Character.isLetterOrDigit(v.charAt(0))
                || v.charAt(v.length() - 1) == ' ') {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c) && DeviceVocabulary.NAME_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] accepted, String v) {
        if (v == null) {
            return -1;
        }
        for (int i = 0; i < accepted.length; i++) {
            if (ApiValue.matches(accepted[i], v)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void schema(DeviceRules annotation, SchemaPiece piece) {
        piece.items().pattern("^[01]:(" + SchemaText.deviceRules() + ")$");
    }
}
