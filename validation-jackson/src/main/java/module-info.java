/**
 * Jackson 2 for offer-rules: a Jackson module that validates offer documents while
 * {@code ObjectMapper} reads them and writes offers in the API's wire format, and the parser of the
 * Jackson-free reading API ({@code org.offerrules.validation.document.OfferReader}), which this module
 * brings with it.
 *
 * <p>Exported: {@code org.offerrules.validation.jackson} ({@code OfferRulesModule},
 * {@code OfferRulesFeature}, {@code InvalidOfferException}). {@code OfferRulesModule} is also a
 * {@code com.fasterxml.jackson.databind.Module} service, for {@code ObjectMapper.findAndRegisterModules()}
 * on the module path as on the class path ({@code META-INF/services}); the parser is a
 * {@code ParserProvider} service the readers find.
 */
module org.offerrules.validation.jackson {
    requires transitive org.offerrules.validation;
    requires transitive org.offerrules.validation.wire;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.offerrules.validation.jackson;

    provides com.fasterxml.jackson.databind.Module
            with org.offerrules.validation.jackson.OfferRulesModule;
    provides org.offerrules.validation.wire.ParserProvider
            with org.offerrules.validation.jackson.parser.JacksonParsers;
}
