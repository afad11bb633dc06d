/**
 * Offer records, the library's constraint annotations, the error-code catalog and the validator.
 *
 * <p>Exported: {@code org.offerrules.validation} (the validator, reports, catalog, API errors),
 * {@code .model} (the offer records and their enums), {@code .constraints} (the annotations) and
 * {@code .spi} (what rule authors and wire-format modules build on: the rule base class, the reporter,
 * wire names, JSON Pointers, the readers' codes and their detector of UTF-16 and UTF-32 inputs, the rules'
 * schema pieces). The implementation
 * ({@code .internal}, {@code .internal.rules}) is exported to no module; the constraint validators are
 * opened only to Hibernate Validator, which instantiates the classes named by {@code @Constraint}.
 */
module org.offerrules.validation {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // compile time only: @GenerateBuilder (source retention) for the processor that writes the model's builders
    requires static org.offerrules.builder;

    exports org.offerrules.validation;
    exports org.offerrules.validation.model;
    exports org.offerrules.validation.constraints;
    exports org.offerrules.validation.spi;

    // Hibernate Validator creates the validators of @Constraint(validatedBy = ...) reflectively and
    // reads the records' fields and accessors
    opens org.offerrules.validation.internal.rules to org.hibernate.validator;
    opens org.offerrules.validation.model to org.hibernate.validator;
}
