/**
 * The wire formats' reading and writing shared by the Jackson 2 and Jackson 3 modules, with no
 * Jackson in it: the one-pass binder (over each module's token source), the form binder, UTF-16
 * columns, document splitting, the writers' logic, the modules' settings, and the JSON Schema of each
 * request's wire format ({@code JsonSchemas}, which {@code offer-lint schema} prints).
 *
 * <p>Internal: its package is exported only to the two Jackson modules and offer-lint, which are
 * released with it.
 */
// the modules named in the qualified export are built after this one
@SuppressWarnings("module")
module org.offerrules.validation.wire {
    requires transitive org.offerrules.validation;

    exports org.offerrules.validation.wire
            to org.offerrules.validation.jackson, org.offerrules.validation.jackson3, org.offerrules.lint;
}
