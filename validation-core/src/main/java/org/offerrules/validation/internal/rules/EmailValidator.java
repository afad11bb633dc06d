package org.offerrules.validation.internal.rules;

import java.util.regex.Pattern;

import org.offerrules.validation.constraints.Email;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link Email}: the common form of an RFC 5322 {@code addr-spec}, {@code local-part "@" domain}:
 * <ul>
 *   <li>the local part is a {@code dot-atom}: {@code atext} characters ({@code A-Z a-z 0-9} and
 *       {@code !#$%&'*+/=?^_`{|}~-}) in runs separated by single dots, at most 64 characters;</li>
 *   <li>the domain is a host name of at least two labels, each 1-63 letters, digits or hyphens, not
 *       starting or ending with a hyphen, the last one letters only (2 or more);</li>
 *   <li>at most 254 characters in all.</li>
 * </ul>
 * Not accepted, though RFC 5322 has them: quoted local parts ({@code "a b"@x.com}), domain literals
 * ({@code a@[192.0.2.1]}), comments and folding white space, internationalised (non-ASCII) addresses.
 */
public final class EmailValidator extends RuleValidator<Email, String> {

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDR_SPEC = Pattern.compile(
            "(?=[^@]{1,64}@)" + ATEXT + "(?:\\." + ATEXT + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

    private int code;

    @Override
    public void initialize(Email annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !isAddress(value)) {
            reporter.report(code, value);
        }
    }

    /** Whether {@code value} is an address in the accepted form. */
    public static boolean isAddress(String value) {
        return value.length() <= 254 && ADDR_SPEC.matcher(value).matches();
    }

    @Override
    public void schema(Email annotation, SchemaPiece piece) {
        piece.maxLength(254).pattern("^[^@]{1,64}@[^@]+\\.[A-Za-z]{2,63}$");
    }
}
