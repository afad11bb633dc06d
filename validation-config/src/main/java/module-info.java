/**
 * {@code .offer-lint.yaml}: reads the rule settings of offer-lint, the Java API and the Spring Boot
 * starter ({@code org.offerrules.validation.RuleSettings}) from the file, finds the file by walking up
 * from a linted file, and says what is wrong with a bad file in one line. YAML through Jackson's YAML
 * format module. Exports {@code org.offerrules.validation.config}.
 */
module org.offerrules.validation.config {
    requires transitive org.offerrules.validation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // the JSON Schema's text
    requires com.fasterxml.jackson.databind;

    exports org.offerrules.validation.config;
}
