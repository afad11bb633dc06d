/**
 * A Jackson module and a reader that validate offer documents (JSON and form bodies) while reading
 * them, and writers of the API's wire formats.
 *
 * <p>Exported: {@code org.offerrules.validation.jackson}. {@code OfferRulesModule} is also a
 * {@code com.fasterxml.jackson.databind.Module} service, for {@code ObjectMapper.findAndRegisterModules()}
 * on the module path as on the class path ({@code META-INF/services}). The binding itself is
 * {@code org.offerrules.validation.wire}'s, shared with the Jackson 3 module.
 */
module org.offerrules.validation.jackson {
    requires transitive org.offerrules.validation;
    requires org.offerrules.validation.wire;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.offerrules.validation.jackson;

    provides com.fasterxml.jackson.databind.Module
            with org.offerrules.validation.jackson.OfferRulesModule;
}
