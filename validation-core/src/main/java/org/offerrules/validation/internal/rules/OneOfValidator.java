package org.offerrules.validation.internal.rules;

import java.util.Arrays;

import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link OneOf}: a present string is one of the accepted values. A linear scan: the sets are small. */
public final class OneOfValidator extends RuleValidator<OneOf, String> {

    private int code;
    private String[] values;

    @Override
    public void initialize(OneOf annotation) {
        code = annotation.code();
        values = spellings(annotation.value());
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !accepts(values, value)) {
            reporter.report(code, value);
        }
    }

    /** Whether {@code value} is one of {@code values} (the API spellings), letter case aside ({@link ApiValue#matches}). */
    static boolean accepts(String[] values, String value) {
        // values read by the Jackson module are the API spellings themselves (shared), so identity
        // settles most checks before any character is compared
        for (String accepted : values) {
            if (accepted == value) {
                return true;
            }
        }
        for (String accepted : values) {
            if (ApiValue.matches(accepted, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #accepts(String[], String)} of the characters of {@code value} from {@code from} to {@code to}
     * (an item of a list), compared where they lie.
     */
    static boolean accepts(String[] values, String value, int from, int to) {
        if (from == 0 && to == value.length()) {
            return accepts(values, value);
        }
        for (String accepted : values) {
            if (ApiValue.matches(accepted, value, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** The API spellings of {@code type}'s constants ({@link ApiValue#spellings()}), in declaration order. */
    static String[] spellings(Class<? extends ApiValue> type) {
        return Arrays.stream(type.getEnumConstants()).flatMap(c -> c.spellings().stream()).toArray(String[]::new);
    }

    @Override
    public void schema(OneOf annotation, SchemaPiece piece) {
        piece.pattern(SchemaText.anyCaseOf(spellings(annotation.value())));
    }
}
