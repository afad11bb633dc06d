package org.offerrules.lint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * A hint when standard input does not look like what {@code --stdin-format} reads: JSON read as form
 * bodies is a "document" per line, each an unknown parameter (6820), and form bodies read as JSON one
 * malformed document (6055); neither says which option to change. The first byte that is not
 * white space decides; the stream is read on from the start.
 */
final class StdinHint {

    /** How far to look for the first byte that is not white space. */
    private static final int PEEK = 8192;

    /** A form body's first parameter: a name (with list indexes, maybe percent-encoded) and {@code =}. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z_][\\w\\[\\]%.-]*=");

    private StdinHint() {
    }

    /** {@code in}, read from its start, after a hint on {@code err} when its start contradicts {@code form}. */
    static InputStream check(InputStream in, boolean form, PrintWriter err) {
        BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
        buffered.mark(PEEK);
        StringBuilder start = new StringBuilder();
        try {
            // the first line that is not blank, or its first PEEK bytes (ASCII is all a hint needs)
            for (int i = 0, b; i < PEEK - 1 && (b = buffered.read()) >= 0; i++) {
                if (b == '\n' && !start.isEmpty()) {
                    break;
                }
                if (start.isEmpty() && Character.isWhitespace(b)) {
                    continue;
                }
                start.append((char) b);
            }
        } catch (IOException e) {
            // reading it again reports the problem; a hint is not worth failing for
        }
        try {
            buffered.reset();
        } catch (IOException e) {
            // more was read than marked: cannot happen below PEEK
        }
        String hint = hint(start.toString(), form);
        if (hint != null) {
            err.println("offer-lint: hint: " + hint);
            err.flush();
        }
        return buffered;
    }

    /** The hint for a stream whose first line that is not blank is {@code start}; null when it fits. */
    static String hint(String start, boolean form) {
        if (form && (start.startsWith("{") || start.startsWith("["))) {
            return "standard input starts with '" + start.charAt(0) + "', like JSON, but --stdin-format form reads "
                    + "form bodies (one per line); leave the option out to read it as JSON";
        }
        if (!form && FORM.matcher(start).lookingAt()) {
            return "standard input starts like a form body (name=value&...), not like JSON; "
                    + "add --stdin-format form to read form bodies";
        }
        return null;
    }
}
