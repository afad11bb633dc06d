package org.offerrules.lint;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Mutation;
import org.offerrules.validation.fixtures.Mutations;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.RequestGen;
import org.offerrules.validation.fixtures.RequestMutation;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.fixtures.Source;
import org.quicktheories.core.Gen;

/**
 * Generated JSON documents of every request: generated valid requests (create and update), the fixtures'
 * valid requests and their mutations, with some fields changed the ways the wire allows and the rules
 * care about (dropped, null, a number as text with leading zeros, a list respelled, another case, a
 * boundary value). Many stay valid, many do not.
 */
final class Documents {

    /** Documents per request; {@code -DofferRules.schemaExamples=N} for a longer run. */
    static final int EXAMPLES = Integer.getInteger("offerRules.schemaExamples", 500);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    static Gen<String> of(Request request) {
        List<String> valid = valid(request);
        List<String> mutated = mutated(request);
        return Source.gen(s -> {
            String base = switch (s.intBetween(0, 5)) {
                case 0, 1, 2 -> OfferWriter.toJson(RequestGen.valid(s, request,
                        s.bool() ? ValidationMode.CREATE : ValidationMode.UPDATE));
                case 3 -> s.pick(valid);
                default -> s.pick(mutated);
            };
            try {
                JsonNode tree = JSON.readTree(base);
                change(s, tree);
                return JSON.writeValueAsString(tree);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The fixtures' valid requests, minimal and full. */
    private static List<String> valid(Request request) {
        List<String> documents = new ArrayList<>();
        documents.add(OfferWriter.toJson(Requests.valid(request)));
        switch (request) {
            case SET_OFFER -> documents.add(OfferWriter.toJson(Offers.full()));
            case SET_ADVERTISER -> documents.add(OfferWriter.toJson(Requests.fullAdvertiser()));
            case GET_OFFER_REPORT, GET_CONVERSION_REPORT -> documents.add(OfferWriter.toJson(Requests.fullReport()));
            case SET_AFFILIATE_BASE_INFO -> documents.add(OfferWriter.toJson(AffiliateRequests.fullAffiliate()));
            default -> { }
        }
        return documents;
    }

    /** The fixtures' mutations: invalid in the mode they were made for, often valid in the other. */
    private static List<String> mutated(Request request) {
        List<String> documents = new ArrayList<>();
        if (request == Request.SET_OFFER) {
            for (Mutation m : Mutations.all()) {
                documents.add(OfferWriter.toJson(m.apply()));
            }
        } else {
            for (RequestMutation<?> m : Requests.of(request)) {
                documents.add(OfferWriter.toJson(m.apply()));
            }
        }
        return documents;
    }

    private static void change(Source s, JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainerNode()) {
                    change(s, array.get(i));
                } else if (array.get(i).isTextual() && s.oneIn(8)) {
                    array.set(i, array.textNode(recase(s, array.get(i).asText())));
                }
            }
            return;
        }
        ObjectNode object = (ObjectNode) node;
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value.isContainerNode()) {
                change(s, value);
                if (s.oneIn(20)) {
                    object.remove(name);
                }
                continue;
            }
            // about two changes per object, so that many documents stay valid
            if (!s.oneIn(Math.max(4, names.size() / 2))) {
                continue;
            }
            switch (s.intBetween(0, 6)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                case 2 -> {
                    if (value.isIntegralNumber() || value.isTextual() && value.asText().matches("-?[0-9]+")) {
                        object.put(name, leadingZeros(s, value.asText()));
                    } else if (value.isNumber()) {
                        object.put(name, value.decimalValue().toPlainString());
                    }
                }
                case 3 -> {
                    if (value.isIntegralNumber()) {
                        object.put(name, s.pick(-1, 0, 1, 2, 10, 100, 500));
                    } else if (value.isNumber()) {
                        object.put(name, s.pick(-1.0, 0.0, 0.5, 1.0, 100.0, 150.5));
                    }
                }
                case 4 -> {
                    if (value.isTextual()) {
                        object.put(name, recase(s, value.asText()));
                    }
                }
                case 5 -> {
                    if (value.isTextual()) {
                        object.put(name, respell(s, value.asText()));
                    }
                }
                default -> {
                    if (value.isTextual()) {
                        object.put(name, s.pick("", " ", "-0", "0", "1", "x"));
                    }
                }
            }
        }
    }

    private static String leadingZeros(Source s, String integer) {
        boolean negative = integer.startsWith("-");
        String digits = negative ? integer.substring(1) : integer;
        return (negative ? "-" : "") + "0".repeat(s.intBetween(0, 2)) + digits;
    }

    /**
     * The same list or number spelled another way the rules may take: a space after a comma, a leading
     * zero before a run of digits, or one item of a comma-separated list left out.
     */
    private static String respell(Source s, String text) {
        List<String> items = new ArrayList<>(List.of(text.split(",", -1)));
        if (items.size() > 1 && s.bool()) {
            items.remove(s.intBetween(0, items.size() - 1));
            return String.join(",", items);
        }
        return s.bool() ? text.replace(",", ", ") : text.replaceFirst("(?<![0-9])([0-9])", "0$1");
    }

    private static String recase(Source s, String text) {
        return s.bool() ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }
}
