package org.offerrules.validation.wire;

import java.util.List;

import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;

/**
 * What the binder made of one document, before the rules run.
 *
 * @param offer      the offer (or other request), or null when the document was not an object or its JSON broke
 * @param violations binding problems, each with its position
 * @param failed     pointers whose value could not be bound: rule violations at or below them are
 *                   not reported a second time
 * @param locations  where the bound values stood, to place rule violations; null without an offer
 * @param columns    turns the positions of {@code locations} into UTF-16 columns
 * @param broken     the JSON broke (or a limit was exceeded): the parser cannot go on
 * @param truncated  the input ended inside the document (it may continue on the next line)
 */
public record Bound(Object offer, List<Violation> violations, List<String> failed, Locations locations, Columns columns,
             boolean broken, boolean truncated) {
}
