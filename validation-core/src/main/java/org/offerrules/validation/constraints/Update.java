package org.offerrules.validation.constraints;

/** Validation group of the rules that hold only when an existing offer is updated ({@code id} required). */
public interface Update {
}
