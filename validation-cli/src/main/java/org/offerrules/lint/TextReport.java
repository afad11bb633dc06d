package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerrules.validation.Violation;

/** {@code file:line:column: severity code message (pointer)}, grouped per file, then a summary table. */
final class TextReport implements ReportWriter {

    private final PrintWriter out;
    private boolean fileHadFindings;
    private boolean anyFindings;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public void beginFile(String file) {
        fileHadFindings = false;
    }

    @Override
    public void document(String file, int document, List<Violation> violations) {
        if (!fileHadFindings && anyFindings) {
            out.println();
        }
        fileHadFindings = true;
        anyFindings = true;
        for (Violation v : violations) {
            out.printf("%s:%d:%d: %s %d %s (%s)%n", file, v.line(), v.column(),
                    v.severity().name().toLowerCase(Locale.ROOT), v.code().number(), v.message(),
                    v.pointer().isEmpty() ? "document " + document : v.pointer());
        }
    }

    @Override
    public void endFile(String file) {
        out.flush();
    }

    @Override
    public void finish(Summary summary) throws IOException {
        if (anyFindings) {
            out.println();
        }
        out.printf("%-20s %,d%n", "files", summary.files());
        out.printf("%-20s %,d%n", "documents", summary.documents());
        out.printf("%-20s %,d%n", "valid", summary.valid());
        out.printf("%-20s %,d%n", "with errors", summary.withErrors());
        out.printf("%-20s %,d%n", "with warnings", summary.withWarnings());
        List<Map.Entry<Integer, Long>> top = summary.mostFrequent(10);
        if (!top.isEmpty()) {
            out.println("most frequent codes");
            for (Map.Entry<Integer, Long> entry : top) {
                out.printf("  %-6d %,8d  %s%n", entry.getKey(), entry.getValue(),
                        summary.message(entry.getKey()));
            }
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("the report could not be written");
        }
    }
}
