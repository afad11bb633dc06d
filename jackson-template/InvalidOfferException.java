package ${facade.package};

import ${jackson.core}.JsonParser;
import ${jackson.core}.${jackson.location};
import ${jackson.core}.io.ContentReference;
import ${jackson.databind}.${jackson.mappingException};

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.wire.ModuleSettings;

/**
 * What a ${jackson.name} mapper's {@code readValue} throws, with the {@link OfferRulesModule}, for an
 * offer document with errors: one exception carrying every violation, binding problems and rule
 * violations together, each with its line and column. It is a {@link ${jackson.mappingException}} so that
 * Jackson passes it through unchanged when the offer is nested in another value (adding the path to
 * it) instead of wrapping it. Its message lists the violations (see {@link #report()} for all of them),
 * and its {@link #getLocation() location} is the first violation's line and column, where Jackson
 * would give the end of the offer.
 */
public final class InvalidOfferException extends ${jackson.mappingException} {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    InvalidOfferException(JsonParser parser, ValidationReport report) {
        super(parser, ModuleSettings.describe(report), location(parser, report));
        this.report = report;
    }

    /**
     * The first violation's position, in the parser's source; none when it has none (a tree): a
     * {@link Place}, which the message describes by line and column.
     */
    private static ${jackson.location} location(JsonParser parser, ValidationReport report) {
        ${jackson.location} at = parser.currentTokenLocation();
        if (report.violations().isEmpty() || !report.violations().get(0).hasLocation()) {
            return new Place(at.contentReference(), -1, -1);
        }
        Violation first = report.violations().get(0);
        return new Place(at.contentReference(), first.line(), first.column());
    }

    /**
     * The location Jackson appends to {@link #getMessage()}, described by its line and column. Jackson
     * describes a place in a source it does not keep by the byte offset (Jackson 3; Jackson 2 too where
     * nothing has a line, a tree), which a violation has not: "byte offset: #UNKNOWN" in what
     * applications log. Both modules say {@link ModuleSettings#offsetDescription} instead.
     */
    private static final class Place extends ${jackson.location} {
        private static final long serialVersionUID = 1L;

        Place(ContentReference source, int line, int column) {
            super(source, -1L, -1L, line, column);
        }

        @Override
        public StringBuilder appendOffsetDescription(StringBuilder sb) {
            return sb.append(ModuleSettings.offsetDescription(getLineNr(), getColumnNr()));
        }
    }

    /** Everything reading and validating the offer found. */
    public ValidationReport report() {
        return report;
    }
}
