package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --baseline FILE} and {@code --write-baseline FILE} of one run: the baseline read before the
 * run, the findings recorded during it, and the file written after it, as a report is (to a temporary
 * file beside it, moved into place when whole).
 */
final class BaselineFiles {

    private final Path read;
    private final Path write;
    private final Baselining baselining;

    private BaselineFiles(Path read, Path write, Baselining baselining) {
        this.read = read;
        this.write = write;
        this.baselining = baselining;
    }

    /**
     * Reads {@code read} (null: none) and prepares to record for {@code write} (null: none).
     *
     * @throws Baseline.Unreadable with the one line that says why, naming the option and the file
     */
    static BaselineFiles open(Path read, Path write) throws Baseline.Unreadable {
        Baseline baseline = null;
        if (read != null) {
            try {
                baseline = Baseline.read(read);
            } catch (Baseline.Unreadable e) {
                throw new Baseline.Unreadable("--baseline " + read + ": " + e.getMessage());
            }
        }
        Baseline recorded = write == null ? null : Baseline.empty(write);
        return new BaselineFiles(read, write,
                baseline == null && recorded == null ? Baselining.NONE : new Baselining(baseline, recorded));
    }

    Baselining baselining() {
        return baselining;
    }

    /**
     * {@code files} without the baseline files: a baseline is JSON, and one kept beside the offers would
     * otherwise be linted as one when its folder is.
     */
    List<Path> withoutBaselines(List<Path> files) {
        if (read == null && write == null) {
            return files;
        }
        List<Path> kept = new ArrayList<>(files.size());
        for (Path file : files) {
            if (!same(file, read) && !same(file, write)) {
                kept.add(file);
            }
        }
        return kept;
    }

    private static boolean same(Path file, Path baseline) {
        try {
            return baseline != null && Files.exists(baseline) && Files.isSameFile(file, baseline);
        } catch (IOException e) {
            return false; // an input that vanished is reported when it is read
        }
    }

    /** Whether the run only records a baseline: then its findings are all in it, and it passes. */
    boolean onlyWrites() {
        return write != null && read == null;
    }

    /** Writes the recorded findings to {@code --write-baseline}, when given. */
    void write() throws IOException {
        if (write == null) {
            return;
        }
        try (ReportOutput out = ReportOutput.open(write, null, null)) {
            baselining.recorded().write(out.stream());
            out.commit();
        }
    }

    /** The file {@link #write()} writes, for its error message. */
    Path writes() {
        return write;
    }
}
