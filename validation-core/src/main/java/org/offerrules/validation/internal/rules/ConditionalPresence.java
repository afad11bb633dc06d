package org.offerrules.validation.internal.rules;

import org.offerrules.validation.spi.Reporter;

/**
 * The check behind {@code @Requires} and {@code @RequiredUnless}, which differ only in which answer of
 * "is {@code when} one of the listed values?" makes {@code field} required.
 */
final class ConditionalPresence {

    private final FieldReader fields;
    private final WireValues values;
    private final int code;
    private final boolean requiredWhenListed;

    ConditionalPresence(String field, String when, String[] in, int code, boolean requiredWhenListed) {
        this.fields = new FieldReader(field, when);
        this.values = new WireValues(in);
        this.code = code;
        this.requiredWhenListed = requiredWhenListed;
    }

    void check(Object bean, Reporter reporter) {
        if (bean == null || values.contains(fields.get(bean, 1)) != requiredWhenListed) {
            return;
        }
        if (FieldReader.isAbsent(fields.get(bean, 0))) {
            reporter.reportAt(fields.name(0), code, null);
        }
    }
}
