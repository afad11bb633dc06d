package org.offerrules.validation.model;

/** An enum constant standing for one of the API's string values, such as {@code "Need Approval"}. */
public interface ApiValue {

    /** The value exactly as the API spells it. */
    String apiValue();
}
