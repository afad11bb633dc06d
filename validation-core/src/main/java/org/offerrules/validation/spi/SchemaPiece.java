package org.offerrules.validation.spi;

import java.util.List;

/**
 * Where a rule puts its piece of the JSON Schema (draft 2020-12) of the documents it checks: a sink of
 * keywords, with no JSON library behind it. {@link RuleValidator#schema} receives one, for the field the
 * rule is on (value and presence rules) or for the record (rules that compare fields); a schema
 * generator, such as {@code offer-lint schema}'s, supplies it and writes what it collected.
 *
 * <p>The schema must never reject a document the rule accepts: where the rule cannot be put exactly,
 * the piece accepts more, and the rule's sentence stays in the field's description. A rule that cannot
 * be put at all is {@link DescribedOnly}.
 *
 * <p>Fields are named by their Java record-component names, as in the rules' annotations; the generator
 * turns them into wire names and knows their JSON types. Keyword methods return this piece, for chaining.
 */
public interface SchemaPiece {

    // ---------------------------------------------------------------- the field the rule is on

    /** Whether the field's value is a decimal number (a {@code Double}); false for integers and text. */
    boolean decimal();

    /**
     * For a rule on a flattened group's field ({@code @PriceCheck Payout payoutTerms}): the index of the
     * group component this piece describes, the rule being asked once per component; -1 otherwise.
     */
    int component();

    /** For a rule on a flattened group's field: the Java name of the group's component {@code index}. */
    String component(int index);

    /** The field the rule is on is required (in the rule's mode, for a presence rule). */
    SchemaPiece required();

    // ---------------------------------------------------------------- keywords of a value

    /** {@code type}: one JSON type, or any of several. */
    SchemaPiece type(String... types);

    /** {@code minimum}. */
    SchemaPiece minimum(Number minimum);

    /** {@code exclusiveMinimum}. */
    SchemaPiece exclusiveMinimum(Number minimum);

    /** {@code maximum}. */
    SchemaPiece maximum(Number maximum);

    /** {@code multipleOf}. */
    SchemaPiece multipleOf(Number divisor);

    /** {@code minLength}: in code points, where the rules count UTF-16 units. */
    SchemaPiece minLength(int length);

    /** {@code maxLength}. */
    SchemaPiece maxLength(int length);

    /** {@code maxItems}. */
    SchemaPiece maxItems(int items);

    /** {@code pattern}: an ECMA-262 regular expression, unanchored unless it says so. */
    SchemaPiece pattern(String regex);

    /** {@code enum}: the values in their order; may hold null. */
    SchemaPiece enumOf(List<?> values);

    /** {@code const}. */
    SchemaPiece constant(Object value);

    /** {@code anyOf}: pieces made by {@link #another()}. */
    SchemaPiece anyOf(SchemaPiece... alternatives);

    /** {@code allOf}: pieces made by {@link #another()}. */
    SchemaPiece allOf(SchemaPiece... all);

    /** {@code not}: a piece made by {@link #another()}. */
    SchemaPiece not(SchemaPiece piece);

    /** The schema of the elements of the list field the rule is on. */
    SchemaPiece items();

    /** A new, empty schema, for {@link #anyOf}, {@link #not} and {@link #rule}. */
    SchemaPiece another();

    // ---------------------------------------------------------------- a record's fields

    /** {@code required}: the record's field {@code component} is present (not null). */
    SchemaPiece required(String component);

    /** {@code properties}: the record's field {@code component} matches {@code value}. */
    SchemaPiece property(String component, SchemaPiece value);

    /**
     * The record's field {@code component} is present as the rules see it: not null, and a list or a
     * compact list not empty.
     */
    SchemaPiece present(String component);

    /**
     * A value of the record's field {@code component} equal to one of {@code values} as the rules
     * compare them: text exactly, numbers by value, also when a number is written as a JSON string.
     */
    SchemaPiece equalTo(String component, String... values);

    /**
     * A rule on the record the piece belongs to: where {@code condition} holds, so must {@code then}
     * ({@code if}/{@code then} in the record's {@code allOf}); with a null condition, always.
     */
    void rule(SchemaPiece condition, SchemaPiece then);

    /**
     * A pattern alternative matching every plain decimal spelling of the integer {@code value}, as the
     * readers take numbers written as strings: leading zeros, and {@code -0} for 0. Not anchored.
     */
    static String spellings(long value) {
        return value == 0 ? "-?0+" : value < 0 ? "-0*" + -value : "0*" + value;
    }
}
