package org.offerrules.spring.boot;

import org.offerrules.validation.config.ConfigException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A configuration file ({@code offer-rules.config}) that cannot be used stops the start with its one line
 * as Boot's failure report, where it was the last of several bean-creation messages over a stack trace.
 */
final class ConfigFailureAnalyzer extends AbstractFailureAnalyzer<ConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigException cause) {
        return new FailureAnalysis("The offer-rules configuration file cannot be used:\n\n    " + cause.getMessage(),
                "Fix what the message names in the file (docs/configuration.md says what each key takes), or name another with "
                        + "offer-rules.config.", cause);
    }
}
