package org.offerrules.lint.docs.example;

import java.util.List;

import org.offerrules.lint.docs.RegistryCompleteness.Change;

/** The test mutations of the worked example: each breaks exactly one rule of a valid {@link Listing}. */
public final class ListingMutations {

    private ListingMutations() {
    }

    /** Every mutation of the worked example. */
    public static List<Change<Listing>> all() {
        Listing valid = new Listing("Fast delivery, all sizes.");
        // snippet: rule-mutation
        return List.of(
                new Change<>("description with a <b> tag", valid, l -> new Listing("Fast <b>delivery</b>"),
                        63990, "/description"));
        // end: rule-mutation
    }
}
