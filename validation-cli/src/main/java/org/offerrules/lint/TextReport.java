package org.offerrules.lint;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.Violation;

/**
 * {@code file:line:column: severity code message (pointer)}, grouped per file, then a summary table.
 * Written to a plain {@link Writer}, not a PrintWriter, so that a full disk or a closed pipe fails the
 * write that meets it instead of being swallowed until the end of the run.
 */
final class TextReport implements ReportWriter {

    private final Writer out;
    private boolean fileHadFindings;
    private boolean anyFindings;

    TextReport(Writer out) {
        this.out = out;
    }

    private void printf(String format, Object... arguments) throws IOException {
        // ASCII digits and ',' whatever the machine's language: editors and CI logs read these lines
        out.write(String.format(Locale.ROOT, format, arguments));
    }

    private void println() throws IOException {
        out.write(System.lineSeparator());
    }

    @Override
    public void begin() {
    }

    @Override
    public void beginFile(String file) {
        fileHadFindings = false;
    }

    @Override
    public void document(String file, int document, List<Violation> violations) throws IOException {
        if (!fileHadFindings && anyFindings) {
            println();
        }
        fileHadFindings = true;
        anyFindings = true;
        for (Violation v : violations) {
            out.write(line(file, document, v));
            println();
        }
    }

    /** One finding's line, without its line break: {@code file:line:column: severity code message (pointer)}. */
    static String line(String file, int document, Violation v) {
        // the file's name, the message and the pointer can carry the input's text: never a raw control character
        return String.format(Locale.ROOT, "%s:%d:%d: %s %s %s (%s)", Printable.of(file), v.line(), v.column(),
                v.severity().name().toLowerCase(Locale.ROOT), v.code().id(), Printable.of(v.message()),
                v.pointer().isEmpty() ? "document " + document : Printable.of(v.pointer()));
    }

    @Override
    public void endFile(String file) throws IOException {
        out.flush();
    }

    @Override
    public void finish(Summary summary) throws IOException {
        if (anyFindings) {
            println();
        }
        printf("%-20s %,d%n", "files", summary.files());
        printf("%-20s %,d%n", "documents", summary.documents());
        printf("%-20s %,d%n", "valid", summary.valid());
        printf("%-20s %,d%n", "with errors", summary.withErrors());
        printf("%-20s %,d%n", "with warnings", summary.withWarnings());
        if (summary.notListed() > 0) {
            printf("%-20s %,d%n", "findings not listed", summary.notListed());
        }
        if (summary.baselineGiven()) {
            // baselined findings are not listed and do not fail the run; fixed ones can leave the baseline
            printf("%-20s %,d%n", "baselined", summary.baselined());
            printf("%-20s %,d%n", "baselined, fixed", summary.fixed());
        }
        List<Map.Entry<ErrorCode, Long>> top = summary.mostFrequent(10);
        if (!top.isEmpty()) {
            printf("most frequent codes%n");
            for (Map.Entry<ErrorCode, Long> entry : top) {
                printf("  %-6s %,8d  %s%n", entry.getKey().id(), entry.getValue(),
                        Printable.of(summary.message(entry.getKey())));
            }
        }
        out.flush();
    }
}
