/**
 * Compile-time only: {@link org.offerrules.builder.GenerateBuilder} and the annotation processor that
 * writes a builder for each record carrying it. Modules that use it read it with {@code requires static}:
 * nothing of it is needed at run time.
 */
module org.offerrules.builder {
    requires java.compiler;

    exports org.offerrules.builder;

    provides javax.annotation.processing.Processor with org.offerrules.builder.BuilderProcessor;
}
