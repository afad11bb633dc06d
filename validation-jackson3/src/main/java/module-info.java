/**
 * Jackson 3 for offer-rules: a Jackson module that validates offer documents while
 * {@code JsonMapper} reads them and writes offers in the API's wire format, and the parser of the
 * Jackson-free reading API ({@code org.offerrules.validation.document.OfferReader}), which this module
 * brings with it. The same answers as the Jackson 2 module.
 *
 * <p>Exported: {@code org.offerrules.validation.jackson3} ({@code OfferRulesModule},
 * {@code OfferRulesFeature}, {@code InvalidOfferException}). {@code OfferRulesModule} is also a
 * {@code tools.jackson.databind.JacksonModule} service, for {@code MapperBuilder.findAndAddModules()};
 * the parser is a {@code ParserProvider} service the readers find.
 */
module org.offerrules.validation.jackson3 {
    requires transitive org.offerrules.validation;
    requires transitive org.offerrules.validation.wire;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports org.offerrules.validation.jackson3;

    provides tools.jackson.databind.JacksonModule
            with org.offerrules.validation.jackson3.OfferRulesModule;
    provides org.offerrules.validation.wire.ParserProvider
            with org.offerrules.validation.jackson3.parser.JacksonParsers;
}
