package org.offerrules.validation.constraints;

/** Validation group of the rules that hold only when an offer is created (presence of required fields). */
public interface Create {
}
