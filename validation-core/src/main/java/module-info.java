/**
 * Offer records, the library's constraint annotations, the error-code catalog and the validator.
 *
 * <p>Exported: {@code org.offerrules.validation} (the validator, reports, catalog, API errors),
 * {@code .model} (the offer records and their enums) and {@code .constraints} (the annotations).
 * The implementation ({@code .internal}, {@code .internal.rules}) is not exported: the engines, wire
 * names, pointers and the rule index are exported only to this project's wire-format module (shared
 * by its Jackson 2 and Jackson 3 modules) and {@code offer-lint}, which are released together with it, and the constraint validators are opened
 * only to Hibernate Validator, which instantiates the classes named by {@code @Constraint}.
 */
// the modules named in the qualified export are built after this one
@SuppressWarnings("module")
module org.offerrules.validation {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // compile time only: @GenerateBuilder (source retention) for the processor that writes the model's builders
    requires static org.offerrules.builder;

    exports org.offerrules.validation;
    exports org.offerrules.validation.model;
    exports org.offerrules.validation.constraints;

    exports org.offerrules.validation.internal
            to org.offerrules.validation.wire, org.offerrules.lint;

    // Hibernate Validator creates the validators of @Constraint(validatedBy = ...) reflectively and
    // reads the records' fields and accessors
    opens org.offerrules.validation.internal.rules to org.hibernate.validator;
    opens org.offerrules.validation.model to org.hibernate.validator;
}
