package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.NotRecent;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/** {@link NotRecent}: a present epoch second is at least the margin before the reporter's clock. */
public final class NotRecentValidator extends RuleValidator<NotRecent, Long> {

    private int code;
    private long seconds;

    @Override
    public void initialize(NotRecent annotation) {
        code = annotation.code();
        seconds = annotation.seconds();
    }

    @Override
    public void check(Long value, Reporter reporter) {
        // the validator's clock, never the wall clock: results repeat under a fixed clock
        if (value != null && value > reporter.clock().instant().getEpochSecond() - seconds) {
            reporter.report(code, value);
        }
    }
}
