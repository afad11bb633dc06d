package org.offerrules.lint;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;

import org.offerrules.validation.Violation;

/** A report format. Called from one thread, in file and document order, so it can stream. */
interface ReportWriter {

    void begin() throws IOException;

    void beginFile(String file) throws IOException;

    /** The violations of one document, sorted by line and column. */
    void document(String file, int document, List<Violation> violations) throws IOException;

    /**
     * Whether the report lists the findings a baseline holds (with {@link #baselined}): SARIF does, marked
     * {@code unchanged}, since code scanning closes the alert of a result that is no longer uploaded.
     */
    default boolean listsBaselined() {
        return false;
    }

    /** The findings of one document that the baseline holds, when {@link #listsBaselined()}. */
    default void baselined(String file, int document, List<Violation> violations) throws IOException {
    }

    void endFile(String file) throws IOException;

    void finish(Summary summary) throws IOException;

    /**
     * {@code report}, which also hands {@code findings} each finding it lists, with its line of the text
     * report, whatever its own format.
     */
    static ReportWriter telling(ReportWriter report, BiConsumer<Violation, String> findings) {
        return new ReportWriter() {
            @Override
            public void begin() throws IOException {
                report.begin();
            }

            @Override
            public void beginFile(String file) throws IOException {
                report.beginFile(file);
            }

            @Override
            public void document(String file, int document, List<Violation> violations) throws IOException {
                report.document(file, document, violations);
                for (Violation v : violations) {
                    findings.accept(v, TextReport.line(file, document, v));
                }
            }

            @Override
            public boolean listsBaselined() {
                return report.listsBaselined();
            }

            @Override
            public void baselined(String file, int document, List<Violation> violations) throws IOException {
                report.baselined(file, document, violations); // known findings: listed, not told
            }

            @Override
            public void endFile(String file) throws IOException {
                report.endFile(file);
            }

            @Override
            public void finish(Summary summary) throws IOException {
                report.finish(summary);
            }
        };
    }
}
