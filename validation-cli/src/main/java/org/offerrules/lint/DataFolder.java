package org.offerrules.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.offerrules.validation.NetworkData;
import org.offerrules.validation.Request;
import org.offerrules.validation.Rule;

/**
 * {@code --data DIR}: the network's data folder ({@link NetworkData}), read once before the run, and
 * which lookup codes it decides. A folder that cannot be read, or a record that cannot be indexed, is a
 * usage error: each problem on its own line, {@code FILE:LINE: what}.
 */
final class DataFolder {

    private static final String ASKED = "OfferLookup.";

    private DataFolder() {
    }

    /** The data of {@code folder}; null after printing its problems to {@code err}. */
    static NetworkData load(Path folder, PrintWriter err) {
        try {
            return NetworkData.load(folder);
        } catch (NetworkData.BadDataException e) {
            e.problems().forEach(problem -> err.println("offer-lint: --data: " + Printable.of(problem)));
        } catch (IOException e) {
            err.println("offer-lint: --data " + Printable.of(unreadable(folder, e)) + ": cannot be read ("
                    + OfferLint.reason(e) + ")");
        }
        err.flush();
        return null;
    }

    /**
     * The data of {@code folder}, named by a configuration file ({@code data:}).
     *
     * @throws IllegalArgumentException with one line: the folder's first problem, and how many more
     */
    static NetworkData loadOrFail(Path folder) {
        try {
            return NetworkData.load(folder);
        } catch (NetworkData.BadDataException e) {
            List<String> problems = e.problems();
            throw new IllegalArgumentException("data: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        } catch (IOException e) {
            throw new IllegalArgumentException("data " + unreadable(folder, e) + ": cannot be read (" + OfferLint.reason(e) + ")");
        }
    }

    /** What could not be read: the file of the folder the failure names (an unreadable advertisers.json), else the folder. */
    static String unreadable(Path folder, IOException e) {
        return (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : folder.toString())
                .replace('\\', '/');
    }

    /** The lookup codes some request asks a question of that {@code data} answers: the active lookups. */
    static SortedSet<Integer> activeCodes(NetworkData data) {
        return askedCodes(data::answers);
    }

    /**
     * The codes some request asks {@code OfferLookup} about, whatever a folder holds: the lookup codes, and
     * the offline codes that also have a lookup rule (6387: the category ids' form, then their existence).
     */
    static SortedSet<Integer> askedCodes() {
        return askedCodes(method -> true);
    }

    private static SortedSet<Integer> askedCodes(Predicate<String> answered) {
        SortedSet<Integer> codes = new TreeSet<>();
        for (Request request : Request.values()) {
            for (int code : request.catalog().reported()) {
                for (Rule rule : request.catalog().rules(code)) {
                    if (rule.kind() == Rule.Kind.LOOKUP && rule.source().startsWith(ASKED)
                            && answered.test(rule.source().substring(ASKED.length()))) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }
}
