package org.offerrules.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.model.Offer;

/**
 * A catalogue of offers with legacy mistakes, as a team adopting offer-lint has one: {@code files}
 * files of {@code perFile} offers each, every {@code every}-th offer broken by one of the core's
 * single-rule mutations (create mode, none at {@code /name}, which names the offer), plus two offers of
 * one name broken the same way in the first file and one offer without a name (its position names it).
 * Written either as pretty JSON arrays (two-space indentation, the writer's key order) or "rewritten":
 * tabs, every object's keys in reverse order.
 */
final class Catalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<List<Offer>> files = new ArrayList<>();

    Catalogue(int fileCount, int perFile, int every) {
        List<Mutation> mutations = new ArrayList<>();
        for (Mutation m : Mutations.offerFields()) {
            if (m.mode() == ValidationMode.CREATE && !m.pointer().equals("/name") && !m.pointer().equals("/id")) {
                mutations.add(m);
            }
        }
        int n = 0;
        int broken = 0;
        for (int f = 0; f < fileCount; f++) {
            List<Offer> offers = new ArrayList<>();
            for (int i = 0; i < perFile; i++, n++) {
                Mutation m = mutations.get(broken % mutations.size());
                Offer base = m.base().toBuilder().name("Offer " + n).build();
                if (n % every == 0) {
                    offers.add(m.change().apply(base));
                    broken++;
                } else {
                    offers.add(base);
                }
            }
            files.add(offers);
        }
        if (perFile < 4) {
            return;
        }
        // a finding twice in one document identity (a multiset), and a document without a name
        Mutation twice = mutations.get(0);
        List<Offer> first = files.get(0);
        first.set(1, twice.change().apply(twice.base().toBuilder().name("Twin").build()));
        first.set(2, twice.change().apply(twice.base().toBuilder().name("Twin").build()));
        first.set(3, first.get(3).toBuilder().name(null).build());
    }

    String name(int file) {
        return String.format(java.util.Locale.ROOT, "offers-%02d.json", file);
    }

    /** Writes every file, as first written, to a new folder {@code offers} in {@code dir}, which it returns. */
    Path writeIn(Path dir) {
        try {
            Path offers = Files.createDirectories(dir.resolve("offers"));
            write(offers, false);
            return offers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every file under {@code folder}; {@code rewritten}: tabs and keys in reverse order. */
    void write(Path folder, boolean rewritten) {
        for (int f = 0; f < files.size(); f++) {
            ArrayNode array = JSON.createArrayNode();
            for (Offer offer : files.get(f)) {
                JsonNode node = read(OfferWriter.toJson(offer));
                array.add(rewritten ? reversed(node) : node);
            }
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
            if (rewritten) {
                DefaultIndenter tabs = new DefaultIndenter("\t", "\n");
                printer.indentObjectsWith(tabs);
                printer.indentArraysWith(tabs);
            }
            try {
                Files.writeString(folder.resolve(name(f)), JSON.writer(printer).writeValueAsString(array));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} with the keys of every object in reverse order. */
    static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                fields.add(it.next());
            }
            Collections.reverse(fields);
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(e -> copy.set(e.getKey(), reversed(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(reversed(e)));
            return copy;
        }
        return node;
    }
}
