package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.TimeSpan;

/** {@link TimeSpan}: an end second is at or after a start second, and less than the span after it. */
public final class TimeSpanValidator extends FieldPairValidator<TimeSpan> {

    private long below;

    @Override
    public void initialize(TimeSpan annotation) {
        pair(annotation.field(), annotation.other(), annotation.code());
        below = annotation.below();
    }

    @Override
    Object check(Object value, Object other) {
        if (!(value instanceof Long to && other instanceof Long from) || to < 0 || from < 0) {
            return null;
        }
        // both are non-negative, so the difference cannot overflow
        long span = to - from;
        return span < 0 || span >= below ? to : null;
    }
}
