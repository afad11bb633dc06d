/**
 * Reading and writing the API's wire formats, with no Jackson in it: the public reading API
 * ({@code org.offerrules.validation.document}: {@code OfferReader}, {@code ReadResult}, documents of a
 * file, {@code OfferWriter}, {@code OfferForm}) and, internal, the one-pass binder over each Jackson
 * module's token source, the form binder, UTF-16 columns, document splitting, the writers' logic and
 * the modules' settings ({@code org.offerrules.validation.wire}).
 *
 * <p>The readers and writers parse and generate through the Jackson module present, a
 * {@code ParserProvider} service: {@code org.offerrules.validation.jackson} (Jackson 2) or
 * {@code org.offerrules.validation.jackson3} (Jackson 3). The internal package is exported only to
 * them, which are released with it.
 */
// the modules named in the qualified export are built after this one
@SuppressWarnings("module")
module org.offerrules.validation.wire {
    requires transitive org.offerrules.validation;

    exports org.offerrules.validation.document;
    exports org.offerrules.validation.wire
            to org.offerrules.validation.jackson, org.offerrules.validation.jackson3;

    uses org.offerrules.validation.wire.ParserProvider;
}
