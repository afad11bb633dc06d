package org.offerrules.lint.docs.example;

/**
 * The request type of the worked example in CONTRIBUTING.md: one field, annotated as a model record's
 * field is. In the library the annotation goes on the model (e.g. {@code Offer.description}).
 *
 * @param description the listing's text
 */
// snippet: rule-use
public record Listing(@NoHtml(code = 63990) String description) {
}
// end: rule-use
