package org.offerrules.validation.internal;

import java.util.Map;

/**
 * What a rule found, attached to a Hibernate Validator violation as its dynamic payload so that the
 * code, the rejected value and the message arguments survive HV's traversal.
 */
public record Finding(int code, Object rejected, Map<String, ?> arguments) {
}
