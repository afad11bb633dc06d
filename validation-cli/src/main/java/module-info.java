/**
 * {@code offer-lint}: lints files, folders, globs and standard input of offer JSON and form bodies.
 *
 * <p>Exported: {@code org.offerrules.lint}, for embedding ({@code OfferLint.commandLine}); the
 * package is opened to picocli, which reads the commands' annotated fields reflectively. Run it on
 * the module path with {@code java -p <jars> -m org.offerrules.lint}, or as the shaded
 * {@code offer-lint.jar}. It reads through {@code org.offerrules.validation.document.OfferReader}, with
 * the parser of the Jackson module present ({@code validation-jackson}, Jackson 2, is its dependency).
 */
module org.offerrules.lint {
    requires transitive org.offerrules.validation;   // OfferLint.commandLine hands out Violations
    // the reader (org.offerrules.validation.document) and the JSON Schema (JsonSchemas, lent by the wire
    // module); the reader's parser, a ParserProvider service of org.offerrules.validation.jackson (this
    // artifact's dependency), is bound by the module system
    requires org.offerrules.validation.wire;
    requires org.offerrules.linkcheck;
    requires org.offerrules.client;   // offer-lint push
    // .offer-lint.yaml and --house-rules files (both read by the configuration's YAML reader)
    requires org.offerrules.validation.config;
    requires com.fasterxml.jackson.core;
    requires transitive info.picocli;   // OfferLint.commandLine returns a picocli CommandLine

    exports org.offerrules.lint;

    opens org.offerrules.lint to info.picocli;

    // --plugin: the house rules of a jar
    uses org.offerrules.validation.HouseRuleProvider;
}
