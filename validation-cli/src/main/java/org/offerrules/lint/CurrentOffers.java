package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.jackson.Document;
import org.offerrules.validation.jackson.DocumentStream;
import org.offerrules.validation.jackson.OfferReader;
import org.offerrules.validation.model.Offer;

/**
 * The current offers of {@code --current}, by {@code id}: read from files, folders and globs as the
 * linted paths are (JSON objects, arrays, NDJSON, {@code *.form}), and held in memory whole — about a
 * kilobyte per offer with a few events, so some hundred thousand offers fit the default heap; lint
 * larger sets in parts. They are read, not linted: a current offer's own violations are warnings of the
 * updates that leave the field out. A document without an offer or an {@code id}, and an {@code id}
 * seen twice, are problems of the command line (status 2).
 */
final class CurrentOffers {

    private final Map<Integer, Offer> byId = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private CurrentOffers() {
    }

    /** Reads the current offers of {@code arguments} (files, folders, globs). */
    static CurrentOffers read(List<String> arguments, boolean strictTypes) {
        CurrentOffers current = new CurrentOffers();
        if (arguments.contains("-")) {
            current.problems.add("--current does not read standard input");
        }
        List<String> paths = new ArrayList<>(arguments);
        paths.removeIf("-"::equals);
        Inputs.Expansion inputs = Inputs.expand(paths);
        current.problems.addAll(inputs.problems());
        OfferReader reader = OfferReader.builder().mode(ValidationMode.UPDATE).strictTypes(strictTypes).build();
        for (Path file : inputs.files()) {
            current.readFile(reader, file);
        }
        return current;
    }

    private void readFile(OfferReader reader, Path file) {
        String name = file.toString().replace('\\', '/');
        try (DocumentStream documents = reader.documents(file)) {
            while (documents.hasNext()) {
                Document d = documents.next();
                Offer offer = d.result().offer();
                if (offer == null || offer.id() == null) {
                    problems.add("current offer " + name + ":" + d.line() + ": " + (offer == null ? "no offer" : "no id"));
                } else if (byId.putIfAbsent(offer.id(), offer) != null) {
                    problems.add("current offer " + name + ":" + d.line() + ": id " + offer.id() + " seen before");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("cannot read current offers " + name + ": " + e.getMessage());
        }
    }

    /** The current offer with {@code id}; null when none was read. */
    Offer get(Integer id) {
        return byId.get(id);
    }

    /** What could not be read, one line each. */
    List<String> problems() {
        return problems;
    }
}
