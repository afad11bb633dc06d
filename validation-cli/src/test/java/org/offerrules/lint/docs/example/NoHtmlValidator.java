package org.offerrules.lint.docs.example;

import java.util.regex.Pattern;

import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link NoHtml}: a present text has no HTML tag. The worked example of CONTRIBUTING.md. */
// snippet: rule-validator
public final class NoHtmlValidator extends RuleValidator<NoHtml, String> {

    private static final String TAG_TEXT = "<[A-Za-z!/][^>]*>";
    private static final Pattern TAG = Pattern.compile(TAG_TEXT);

    private int code;

    @Override
    public void initialize(NoHtml annotation) {
        code = annotation.code();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && TAG.matcher(value).find()) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(NoHtml annotation, SchemaPiece piece) {
        piece.not(piece.another().pattern(TAG_TEXT));
    }
}
// end: rule-validator
