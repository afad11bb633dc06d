package org.offerrules.validation.internal;

import java.util.HashMap;
import java.util.Map;

import org.offerrules.validation.ErrorCode;

/**
 * Fills a message's {@code {param_name}} (6910 "Please enter a number between {min} and {max} for
 * {param_name}", 6820 "Invalid {param_name} parameter.") with the wire name the violation is reported at, the last segment of its pointer, when
 * the rule did not name it: a rule knows its bounds, not the field it is on. Both engines use it.
 */
public final class ParamNames {

    private static final String PARAM_NAME = "param_name";

    private ParamNames() {
    }

    /** {@code arguments}, with {@code param_name} from {@code pointer} when the code's message needs it. */
    public static Map<String, ?> fill(ErrorCode code, String pointer, Map<String, ?> arguments) {
        if (arguments != null && arguments.containsKey(PARAM_NAME) || !code.parameterNames().contains(PARAM_NAME)) {
            return arguments;
        }
        Map<String, Object> filled = arguments == null ? new HashMap<>() : new HashMap<>(arguments);
        filled.put(PARAM_NAME, pointer.substring(pointer.lastIndexOf('/') + 1));
        return filled;
    }
}
