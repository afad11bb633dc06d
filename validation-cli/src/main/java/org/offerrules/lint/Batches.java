package org.offerrules.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.offerrules.lint.Outcome.Flagged;
import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.ArrayElements;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.spi.ReaderCodes;
import org.offerrules.validation.wire.Columns;
import org.offerrules.validation.wire.WireReader;

/**
 * One piece of a {@link LintRun}'s work, read on a worker: documents of a stream, array elements or
 * NDJSON lines, each batch tallied into an {@link Outcome} with the findings its file's settings give.
 */
final class Batches {

    /** The run's count of documents read, for the progress line. */
    private final AtomicLong documentsDone;

    Batches(AtomicLong documentsDone) {
        this.documentsDone = documentsDone;
    }

    /** Up to {@code max} documents of {@code stream}: their counts and the findings of those that have any. */
    Outcome read(OfferReader reader, DocumentStream stream, int max) {
        Tally tally = new Tally(reader);
        while (tally.documents < max && stream.hasNext()) {
            Document document = stream.next();
            tally.add(document.index(), document.result());
        }
        return tally.outcome();
    }

    Outcome readElements(OfferReader reader, List<ArrayElements.Element> elements) {
        Tally tally = new Tally(reader);
        for (ArrayElements.Element element : elements) {
            Document document = element.read();
            tally.add(document.index(), document.result());
        }
        return tally.outcome();
    }

    Outcome readLines(OfferReader reader, List<Ndjson.Line> lines) {
        Tally tally = new Tally(reader);
        // a line is a part of the file, not its whole: read as UTF-8 whatever its first bytes (the file's
        // encoding was told from its start, by Ndjson), where reader.read(byte[]) tells UTF-16 of a body
        WireReader parts = WireReader.of(reader);
        for (Ndjson.Line line : lines) {
            if (line.oversized()) {
                tally.add(line.document(), null, null, 0, List.of(oversized(line)));
            } else {
                org.offerrules.validation.wire.Outcome result = parts.readPart(line.bytes());
                tally.add(line.document(), result.request(), result.claims(), line.lineNumber() - 1,
                        shift(result.report().violations(), line.lineNumber()));
            }
        }
        return tally.outcome();
    }

    /** Counts documents, those with errors and those with warnings, and keeps the findings of each. */
    private final class Tally {
        /** Whose settings give what the reader found before validating (malformed JSON: 6055) its level. */
        final OfferValidator validator;
        int documents;
        int errors;
        int warnings;
        final List<Flagged> flagged = new ArrayList<>();
        final List<Outcome.Claimed> claimed = new ArrayList<>(0);

        Tally(OfferReader reader) {
            this.validator = reader.validator();
        }

        /** A document whose positions are in the whole file. */
        void add(int document, ReadResult result) {
            add(document, result.request(), result.claims(), 0, result.report().violations());
        }

        /** {@code lines}: how far down the file the positions of {@code claims} are to be moved. */
        void add(int document, Object request, BatchCheck.Claims claims, int lines, List<Violation> found) {
            if (claims != null) {
                claimed.add(new Outcome.Claimed(document, lines, DocumentIdentity.of(request, document), claims,
                        validator));
            }
            documents++;
            List<Violation> violations = validator.applySettings(found);
            if (violations.isEmpty()) {
                return;
            }
            flagged.add(new Flagged(document, DocumentIdentity.of(request, document), violations));
            boolean error = false;
            boolean warning = false;
            for (Violation v : violations) {
                error |= v.severity() == Severity.ERROR;
                warning |= v.severity() == Severity.WARNING;
            }
            errors += error ? 1 : 0;
            warnings += warning ? 1 : 0;
        }

        Outcome outcome() {
            documentsDone.addAndGet(documents); // once per batch: workers would contend on it per document
            return new Outcome(documents, errors, warnings, flagged, claimed);
        }
    }

    /** Moves a line's violations from line 1 of the line to its line in the file. */
    private static List<Violation> shift(List<Violation> violations, int lineNumber) {
        if (violations.isEmpty() || lineNumber == 1) {
            return violations;
        }
        List<Violation> shifted = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            Violation moved = v.hasLocation() ? v.at(v.line() + lineNumber - 1, v.column()) : v.at(lineNumber, 1);
            // a parser's message (broken JSON: 6055 at the document) may name a place too, where an object
            // that did not close started; no other message is the parser's, and a value one quotes is the user's
            boolean parsers = v.codeNumber() == ReaderCodes.INVALID_JSON && v.pointer().isEmpty();
            String message = parsers ? Columns.movedDown(v.message(), lineNumber - 1) : v.message();
            shifted.add(message == v.message() ? moved : moved.withMessage(message));
        }
        return shifted;
    }

    private static Violation oversized(Ndjson.Line line) {
        ErrorCode code = ErrorCode.of(6055);
        return new Violation(code, "", code.message(java.util.Map.of()) + ": the line is " + line.length()
                + " bytes long, more than the " + Ndjson.MAX_LINE + " an offer document may have",
                Severity.ERROR, null, java.util.Map.of(), line.lineNumber(), 1);
    }
}
