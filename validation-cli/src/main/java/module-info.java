/**
 * {@code offer-lint}: lints files, folders, globs and standard input of offer JSON and form bodies.
 *
 * <p>Exported: {@code org.offerrules.lint}, for embedding ({@code OfferLint.commandLine}); the
 * package is opened to picocli, which reads the commands' annotated fields reflectively. Run it on
 * the module path with {@code java -p <jars> -m org.offerrules.lint}, or as the shaded
 * {@code offer-lint.jar}.
 */
module org.offerrules.lint {
    requires org.offerrules.validation;
    requires org.offerrules.validation.jackson;
    requires org.offerrules.validation.wire;   // JsonSchemas, for the schema command
    requires org.offerrules.linkcheck;
    requires com.fasterxml.jackson.core;
    requires transitive info.picocli;   // OfferLint.commandLine returns a picocli CommandLine

    exports org.offerrules.lint;

    opens org.offerrules.lint to info.picocli;
}
