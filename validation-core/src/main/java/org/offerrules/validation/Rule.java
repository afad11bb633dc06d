package org.offerrules.validation;

/**
 * One rule that can report an error code: what it checks, in one sentence, and where it reports.
 *
 * @param code     the error code's number
 * @param kind     what checks it: a constraint annotation of the model, the reader, a lookup, or the batch check
 * @param pointer  where it reports: a JSON Pointer pattern, {@code *} for any index, {@code /**} for any
 *                 pointer, empty for the document itself
 * @param source   what reports it: the annotation ({@code @MaxLength}), the reader ({@code OfferReader}),
 *                 the {@link OfferLookup} method, or {@code BatchCheck}
 * @param sentence the rule in one sentence (Markdown: names in backticks)
 */
public record Rule(int code, Kind kind, String pointer, String source, String sentence) {

    /** What checks a rule. */
    public enum Kind {
        /** A constraint annotation of the model, checked by the validator (offline). */
        ANNOTATION,
        /** The reader of a wire format, while it binds a document (offline). */
        READER,
        /** An {@link OfferLookup} question, asked only when the validator has one. */
        LOOKUP,
        /**
         * The {@link BatchCheck}: the requests of one batch against each other, offline; in no request's
         * {@link Request#catalog()} (a catalog's rules hold for one request), but in {@link BatchCheck#rules}.
         */
        BATCH
    }
}
