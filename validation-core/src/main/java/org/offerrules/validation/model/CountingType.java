package org.offerrules.validation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A type that says whether the amounts it applies to count things, and so are whole numbers
 * ({@link CapType}: a {@code Conversion} cap counts conversions, a {@code Budget} cap is money). The
 * model's cross-field rules name such types through {@link #countsWholeUnits()}
 * ({@code @IntegerWhen(counting = CapType.class)}), never by spelling.
 */
public interface CountingType extends ApiValue {

    /** Whether amounts of this type count whole units. */
    boolean countsWholeUnits();

    /** The API values of the constants of {@code type} that count whole units, in declaration order. */
    static List<String> countingApiValues(Class<? extends CountingType> type) {
        CountingType[] constants = type.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(type.getName() + " is not an enum");
        }
        List<String> values = new ArrayList<>();
        for (CountingType constant : constants) {
            if (constant.countsWholeUnits()) {
                values.add(constant.apiValue());
            }
        }
        return List.copyOf(values);
    }
}
