/**
 * What a rule author and a wire-format module build on; stable across releases.
 *
 * <p>A rule is a constraint annotation (with {@link org.offerrules.validation.constraints.RuleText}
 * and {@code @Constraint(validatedBy = ...)}) and its check, a {@link org.offerrules.validation.spi.RuleValidator}
 * that reports codes to a {@link org.offerrules.validation.spi.Reporter}. Every built-in rule is written
 * this way, and runs under both engines (Hibernate Validator and the compiled plan) unchanged.
 *
 * <p>Format modules read and write the wire layout with {@link org.offerrules.validation.spi.Wire}
 * (a component's wire name), {@link org.offerrules.validation.spi.JsonPointers} (RFC 6901 pointers),
 * {@link org.offerrules.validation.spi.Records} (component accessors),
 * {@link org.offerrules.validation.spi.ReaderCodes} (the codes a reader reports) and
 * {@link org.offerrules.validation.spi.WideEncoding} (an input of bytes in UTF-16 or UTF-32, not UTF-8).
 */
package org.offerrules.validation.spi;
