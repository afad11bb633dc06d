/**
 * The Jackson 3 module and reader that validate offer documents (JSON and form bodies) while
 * reading them, and writers of the API's wire formats: the Jackson 2 module's API on
 * {@code tools.jackson}, with the same answers (the binding is {@code org.offerrules.validation.wire}'s).
 *
 * <p>Exported: {@code org.offerrules.validation.jackson3}. {@code OfferRulesModule} is also a
 * {@code tools.jackson.databind.JacksonModule} service, for {@code MapperBuilder.findAndAddModules()}.
 */
module org.offerrules.validation.jackson3 {
    requires transitive org.offerrules.validation;
    requires org.offerrules.validation.wire;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports org.offerrules.validation.jackson3;

    provides tools.jackson.databind.JacksonModule
            with org.offerrules.validation.jackson3.OfferRulesModule;
}
