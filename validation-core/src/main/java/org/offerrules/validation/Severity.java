package org.offerrules.validation;

/** How serious a violation is. */
public enum Severity {
    /** The network API would reject the request. */
    ERROR,
    /** The request would be accepted, but probably not as meant (an unknown field, for example). */
    WARNING
}
