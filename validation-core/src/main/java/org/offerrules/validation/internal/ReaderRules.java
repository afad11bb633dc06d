package org.offerrules.validation.internal;

import java.util.List;

import org.offerrules.validation.Rule;
import org.offerrules.validation.spi.ReaderCodes;

/**
 * The rules the readers check while they bind a document of any request, before any constraint runs:
 * codes no model annotation declares. Their sentences live here, in the core, so that every request's
 * catalog ({@link org.offerrules.validation.Request#catalog()}) lists them. Decisions: docs/decisions/jackson.md and
 * docs/decisions/form.md.
 */
public final class ReaderRules {

    /** The code of a document that is not a readable request object. */
    public static final int INVALID_JSON = ReaderCodes.INVALID_JSON;

    /** The code of a parameter the request's document does not have. */
    public static final int INVALID_PARAMETER = ReaderCodes.INVALID_PARAMETER;

    /** The readers' rules, in the order the registry lists them. */
    public static final List<Rule> RULES = List.of(
            new Rule(INVALID_JSON, Rule.Kind.READER, "", "OfferReader",
                    "Reported by the JSON reader (`OfferReader`, the Jackson module, `offer-lint`) at pointer `\"\"` "
                    + "when a document is not a readable request object: malformed or truncated JSON, a duplicate key, "
                    + "trailing content, a scalar or array where an object is expected, empty input, or a read limit "
                    + "exceeded. The violation carries the line and column where reading stopped. An input without a "
                    + "document (empty, or white space only) is an error whatever level a configuration gives 6055: "
                    + "nothing in it was checked."),
            new Rule(INVALID_PARAMETER, Rule.Kind.READER, "/**", "OfferReader",
                    "Reported by the JSON reader as a **warning** at the unknown field's pointer: a field the request's "
                    + "document does not have. The message suggests the nearest wire name (``did you mean "
                    + "`cap_type`?``). Fails `offer-lint` only with `--fail-on warning`."),
            new Rule(INVALID_PARAMETER, Rule.Kind.READER, "/**", "OfferReader.readForm",
                    "The form reader reports it the same way for an unknown parameter (once per name), and as an "
                    + "**error** for a name with broken percent-encoding, for a body longer than the limit of "
                    + "a document (`form body`, not read), and for a file or stream of bodies without one (empty, "
                    + "or blank lines only), an error whatever level a configuration gives 6820."));

    private ReaderRules() {
    }
}
