/**
 * Reading and writing the API's request documents with every problem a coded violation: {@link
 * org.offerrules.validation.document.OfferReader} (JSON documents, files of them, form bodies),
 * {@link org.offerrules.validation.document.ReadResult}, {@link org.offerrules.validation.document.OfferWriter}
 * and {@link org.offerrules.validation.document.OfferForm}. Jackson-free: the parser is the one of the
 * offer-rules Jackson module present (validation-jackson or validation-jackson3).
 */
package org.offerrules.validation.document;
