package org.offerrules.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.constraints.NumberList;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link NumberList}: a comma-separated list of whole numbers, each in the range and, when the rule names
 * some, one of them. Reported once per list, with the range as the message's {@code {min}} and {@code {max}}.
 */
public final class NumberListValidator extends RuleValidator<NumberList, String> {

    private int code;
    private long min;
    private long max;
    private long[] values;
    private Map<String, ?> arguments;
    /** This rule's check of one item, made once: the scan of a list allocates nothing. */
    private final CommaList.Item item = this::acceptsItem;

    @Override
    public void initialize(NumberList annotation) {
        code = annotation.code();
        min = annotation.min();
        max = annotation.max();
        values = annotation.value();
        arguments = RangeArguments.of(code, min, max);
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !value.isBlank() && !accepts(value)) {
            reporter.report(code, value, arguments);
        }
    }

    @Override
    public Map<String, ?> arguments(NumberList annotation) {
        return RangeArguments.of(annotation.code(), annotation.min(), annotation.max());
    }

    /** Whether every comma-separated item of {@code value} is an accepted number, blanks around it allowed. */
    private boolean accepts(String value) {
        return CommaList.every(value, item);
    }

    private boolean acceptsItem(String value, int from, int to) {
        boolean negative = from < to && value.charAt(from) == '-';
        int digits = negative ? from + 1 : from;
        if (digits == to || to - digits > 18) {
            return false;
        }
        long v = 0;
        for (int i = digits; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        v = negative ? -v : v;
        if (v < min || v > max) {
            return false;
        }
        if (values.length == 0) {
            return true;
        }
        for (long accepted : values) {
            if (v == accepted) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void schema(NumberList annotation, SchemaPiece piece) {
        List<String> items = new ArrayList<>();
        if (annotation.value().length > 0) {
            for (long v : annotation.value()) {
                items.add(number(v));
            }
        } else {
            for (long v = annotation.min(); v <= annotation.max(); v++) {
                items.add(number(v));
            }
        }
        String item = SchemaText.WS + "*(" + String.join("|", items) + ")" + SchemaText.WS + "*";
        piece.pattern("^(" + SchemaText.WS + "*|" + item + "(," + item + ")*)$");
        // the integer a reader takes as the text of a list of one (NumberText): the range, and the values
        piece.minimum(annotation.min()).maximum(annotation.max());
        if (annotation.value().length > 0) {
            List<Long> values = new ArrayList<>();
            for (long v : annotation.value()) {
                values.add(v);
            }
            piece.not(piece.another().type("integer").not(piece.another().enumOf(values)));
        }
    }

    /** {@code v} as the check reads it: leading zeros allowed. */
    private static String number(long v) {
        return v < 0 ? "-0*" + -v : "-?0*" + v;
    }
}
