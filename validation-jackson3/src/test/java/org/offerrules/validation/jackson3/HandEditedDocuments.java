package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.RequestGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.model.Offer;

/**
 * Generated documents of every request and mode, valid or broken the ways a hand-edited file breaks:
 * a field dropped or of another JSON type, a number written as text, the input cut at any character,
 * a character put in anywhere (among them characters of two, three and four bytes), a character
 * escaped, CRLF line ends, a byte order mark, non-ASCII text before a broken value, a duplicate or
 * unknown name. Shared (test-jar) with the Spring Boot starter, whose answers are compared with the
 * library's on the same documents.
 */
public final class HandEditedDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HandEditedDocuments() {
    }

    /** A document, the request it is the body of and the rules it is read under. */
    public record Case(Request request, ValidationMode mode, String how, String json) {
        @Override
        public String toString() {
            return request.method() + " " + mode + " " + how + ": " + json;
        }
    }

    private static final String[] INSERTED = {"x", "}", "]", "\"", ",", ":", "\\", "\u0001", "\u00e9", "\u00a0",
            "\u4e2d", "\uD83C\uDF89", "0x", "\r\n", " tru"};
    private static final String[] VALUES = {"true", "[]", "{}", "\"x\"", "1.5", "-1", "0", "99999999999999999999", "1e400",
            "\"12\"", "null", "\"\"", "\" 12\"", "\"0x10\"", "[1]", "\"\u00e9\uD83C\uDF89\"", "12.0", "\"-1\""};

    /** One document drawn from {@code s}. */
    public static Case generate(Source s) {
        ValidationMode mode = s.pick(ValidationMode.values());
        Request request = s.oneIn(3) ? Request.SET_OFFER : s.pick(Request.values());
        Object body = RequestGen.valid(s, request, mode);
        if (body instanceof Offer offer && s.bool()) {
            body = s.pick(Mutators.of(mode)).apply(s, offer).offer();
        }
        String json = OfferWriter.toJson(body);
        String[] how = mutate(s, json);
        return new Case(request, mode, how[0], how[1]);
    }

    private static String[] mutate(Source s, String json) {
        int drawn = s.intBetween(0, json.length());
        // never between the halves of a character past U+FFFF: its text and its UTF-8 would be two inputs
        int at = drawn > 0 && drawn < json.length() && Character.isLowSurrogate(json.charAt(drawn)) ? drawn - 1 : drawn;
        switch (s.intBetween(0, 11)) {
            case 0:
                return new String[] {"as written", json};
            case 1:
                return new String[] {"cut at " + at, json.substring(0, at)};
            case 2: {
                String inserted = s.pick(INSERTED);
                return new String[] {"'" + inserted + "' put in at " + at, json.substring(0, at) + inserted + json.substring(at)};
            }
            case 3: {
                // a letter of a value written as a \\u escape
                int quote = json.indexOf(":\"", at);
                return quote < 0 || quote + 2 >= json.length() || json.charAt(quote + 2) == '"' || json.charAt(quote + 2) == '\\'
                        ? new String[] {"as written", json}
                        : new String[] {"escaped at " + (quote + 2), json.substring(0, quote + 2)
                                + String.format("\\u%04x", (int) json.charAt(quote + 2)) + json.substring(quote + 3)};
            }
            case 4:
                return new String[] {"pretty, CRLF", maybeBroken(s, pretty(tree(json)).replace("\n", "\r\n"))};
            case 5:
                return new String[] {"after a byte order mark", "\uFEFF" + maybeBroken(s, json)};
            case 6:
                return new String[] {"after non-ASCII text", maybeBroken(s, "{\"name\": \"\u00dcn\u00ef \uD83C\uDF89\uD83C\uDF89 "
                        + "\u3000 x\",\n \"restriction\": \"\uD83D\uDE00\"," + json.substring(1))};
            default: {
                ObjectNode tree = tree(json);
                List<String> names = new ArrayList<>();
                tree.fieldNames().forEachRemaining(names::add);
                if (names.isEmpty()) {
                    return new String[] {"unknown name", "{\"unknown\": 1}"};
                }
                String name = s.pick(names);
                return switch (s.intBetween(0, 4)) {
                    case 0 -> {
                        tree.remove(name);
                        yield new String[] {"without " + name, write(tree)};
                    }
                    case 1 -> new String[] {name + " twice", json.substring(0, json.length() - 1) + ",\"" + name + "\":"
                            + write(tree.get(name)) + "}"};
                    case 2 -> new String[] {"unknown names", json.substring(0, json.length() - 1) + ",\"" + name
                            + "_x\":1,\"Name\":\"a\"}"};
                    case 3 -> {
                        JsonNode value = tree.get(name);
                        if (value.isNumber()) {
                            tree.put(name, value.asText());
                        } else if (value.isTextual() && value.asText().matches("-?[0-9]{1,9}")) {
                            tree.put(name, Integer.parseInt(value.asText()));
                        }
                        yield new String[] {name + " retyped", write(tree)};
                    }
                    default -> {
                        String value = s.pick(VALUES);
                        tree.set(name, node(value));
                        yield new String[] {name + " = " + value, s.bool() ? write(tree) : pretty(tree)};
                    }
                };
            }
        }
    }

    private static String maybeBroken(Source s, String json) {
        int colon = json.lastIndexOf(':');
        return s.bool() || colon < 0 ? json : json.substring(0, colon + 1) + " tru" + json.substring(colon + 1);
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) node(json);
    }

    private static JsonNode node(String json) {
        return io(() -> JSON.readTree(json));
    }

    private static String write(JsonNode node) {
        return io(() -> JSON.writeValueAsString(node));
    }

    private static String pretty(JsonNode node) {
        return io(() -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    /** Jackson 2's tree of a document the test wrote itself: an exception is the test's bug. */
    private interface Io<T> {
        T call() throws IOException;
    }

    private static <T> T io(Io<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
