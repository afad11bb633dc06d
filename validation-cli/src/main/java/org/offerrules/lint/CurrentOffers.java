package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;

/**
 * The current objects of {@code --current}, by key: read from files, folders and globs as the
 * linted paths are (JSON objects, arrays, NDJSON, {@code *.form}), and held in memory whole — about a
 * kilobyte per offer with a few events, so some hundred thousand offers fit the default heap; lint
 * larger sets in parts. They are read, not linted: a current object's own violations are warnings of the
 * updates that leave the field out. The key is the request's {@link Request#updateKey()}: {@code id},
 * and for a postback setting {@code id} with {@code offer_id} (an affiliate has one per offer). A document without a request or an {@code id}, and
 * a key seen twice, are problems of the command line (status 2).
 */
final class CurrentOffers {

    private final Request request;
    private final Map<List<Object>, Object> byKey = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private CurrentOffers(Request request) {
        this.request = request;
    }

    /**
     * Reads the current objects of {@code request} (one with an update mode) of {@code arguments}
     * (files, folders, globs).
     */
    static CurrentOffers read(Request request, List<String> arguments, boolean strictTypes) {
        CurrentOffers current = new CurrentOffers(request);
        if (arguments.contains("-")) {
            current.problems.add("--current does not read standard input");
        }
        List<String> paths = new ArrayList<>(arguments);
        paths.removeIf("-"::equals);
        Inputs.Expansion inputs = Inputs.expand(paths);
        current.problems.addAll(inputs.problems());
        OfferReader reader = OfferReader.builder().request(request.type()).mode(ValidationMode.UPDATE)
                .strictTypes(strictTypes).build();
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
                Object object = d.result().request();
                List<Object> key = object == null ? null : request.keyOf(object);
                String what = "current " + request.method();
                if (key == null || key.get(0) == null) {
                    problems.add(what + " " + name + ":" + d.line() + ": " + (key == null ? "no " + request.method() : "no id"));
                } else if (byKey.putIfAbsent(key, object) != null) {
                    problems.add(what + " " + name + ":" + d.line() + ": " + describe(key) + " seen before");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("cannot read current objects " + name + ": " + e.getMessage());
        }
    }

    /** The current object of {@code update}, by its key; null when none was read. */
    Object currentOf(Object update) {
        return byKey.get(request.keyOf(update));
    }

    /** {@code id 5}, or {@code id 5 with offer_id 3}. */
    private String describe(List<Object> key) {
        List<String> names = request.updateKey();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            text.append(i == 0 ? "" : " with ").append(names.get(i)).append(' ').append(key.get(i));
        }
        return text.toString();
    }

    /** What could not be read, one line each. */
    List<String> problems() {
        return problems;
    }
}
