package org.offerrules.lint;

import java.io.IOException;
import java.util.List;

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
}
