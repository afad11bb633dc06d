package org.offerrules.validation;

/** Which rule set applies: the API's create and update requests differ in what must be present. */
public enum ValidationMode {
    /** A new offer: {@code id} is absent and the create-required fields must be present. */
    CREATE,
    /** A change to an existing offer: {@code id} is required; absent fields keep their stored values. */
    UPDATE
}
