package org.offerrules.validation.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.ArrayElements;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.Offer;

/**
 * Broken JSON in one element of an array hides none of the elements after it when the element's end is
 * certain (docs/decisions/arrays.md): each document as "index@line id=N [code pointer line:column]",
 * read sequentially and, the same, split by {@link ArrayElements} with the rest read sequentially, each
 * with Jackson 2 and Jackson 3, all four the same, messages included.
 */
class BrokenElementsTest {

    /** The scan's limits (ArrayText): the longest element and the deepest nesting it looks at, its chunk. */
    private static final int MAX_ELEMENT = 1 << 20;
    private static final int MAX_DEPTH = 1024;
    private static final int CHUNK = 1 << 14;

    private static final List<OfferReader> READERS = List.of(
            OfferReader.builder().mode(ValidationMode.UPDATE).jackson(2).build(),
            OfferReader.builder().mode(ValidationMode.UPDATE).jackson(3).build());

    @Test
    void aBrokenElementFirstInTheMiddleOrLastHidesNothingAfterIt() {
        assertThat(read("[{\"id\": tru, \"x\": 1},\n{\"id\": 2, \"ssl\": 3},\n{\"id\": 4}]")).containsExactly(
                "0@1 - [6055  1:9]", "1@2 id=2 [6319 /ssl 2:18]", "2@3 id=4");
        assertThat(read("[{\"id\": 1},\n{\"id\": tru, \"x\": 1},\n{\"id\": 2, \"ssl\": 3}]")).containsExactly(
                "0@1 id=1", "1@2 - [6055  2:8]", "2@3 id=2 [6319 /ssl 3:18]");
        assertThat(read("[{\"id\": 1},\n{\"id\": 2, \"ssl\": 3},\n{\"id\": tru, \"x\": 1}]\n")).containsExactly(
                "0@1 id=1", "1@2 id=2 [6319 /ssl 2:18]", "2@3 - [6055  3:8]");
    }

    @Test
    void theIssuesReproductionReadsItsThirdElement() {
        String first = "{\"id\": 1, \"ssl\": 3}";
        String last = "{\"id\": 9, \"name\": \"é🎉\", \"ssl\": 4}";
        // one element per line, and minified: the third element's columns are UTF-16 units of its line
        assertThat(read("[\n" + first + ",\n{\"offer_name\": tru, \"x\": 1},\n" + last + "\n]\n")).containsExactly(
                "0@2 id=1 [6319 /ssl 2:18]", "1@3 - [6055  3:16]", "2@4 id=9 [6319 /ssl 4:33]");
        String minified = "[" + first + ",{\"offer_name\": tru, \"x\": 1}," + last + "]";
        int ssl = minified.lastIndexOf('4') + 1; // a String counts UTF-16 units
        assertThat(read(minified)).containsExactly("0@1 id=1 [6319 /ssl 1:19]", "1@1 - [6055  1:37]",
                "2@1 id=9 [6319 /ssl 1:" + ssl + "]");
        assertThat(ssl).isEqualTo(82);
    }

    @Test
    void twoBrokenElementsAreTwo6055s() {
        // the second at the "2" where a comma should be
        assertThat(read("[{\"id\": 1,,},{\"id\": 2},{\"id\": [1 2]},{\"id\": 3, \"ssl\": 3}]")).containsExactly(
                "0@1 - [6055  1:11]", "1@1 id=2", "2@1 - [6055  1:34]", "3@1 id=3 [6319 /ssl 1:55]");
    }

    @Test
    void aBrokenElementThenAnUnrecoverableBreakEndsThere() {
        // the input ends inside the last element: its 6055, placed in the file, start marker too
        String truncated = "[{\"id\": tru},\n {\"id\": 2},\n {\"id\": 3, \"x\": [1\n";
        assertThat(read(truncated)).containsExactly("0@1 - [6055  1:9]", "1@2 id=2", "2@3 - [6820 /x 3:12, 6055  4:1]");
        assertThat(messages(truncated)).last().asString().contains("start marker at [").endsWith("line: 3, column: 17]);");
        // a missing comma after a later element
        assertThat(read("[{\"id\": tru}, {\"id\": 2} {\"id\": 3}]")).containsExactly(
                "0@1 - [6055  1:9]", "1@1 id=2", "2@1 - [6055  1:25]");
        // a bracket closing one of the other kind in a later broken element: its end is not certain
        String mismatched = "[{\"id\": tru}, {\"id\": [2}, {\"id\": 3}]";
        assertThat(read(mismatched)).containsExactly("0@1 - [6055  1:9]", "1@1 - [6055  1:24]");
        // Jackson 2 names where the array started: in the file, though a new parser read it; the finding
        // says that the element after it was not read
        assertThat(messages(mismatched)).last().asString().endsWith("line: 1, column: 22]); the rest of the file was not"
                + " read (where this document ends is not certain);");
    }

    @Test
    void aPlaceAMessageNamesIsTheFiles() {
        // Jackson 2 names where an array that did not close started: an NDJSON line and an array below
        // line 1 count it in the file too (they counted it from the line, or the array's line)
        assertThat(messages("{\"id\": 1}\n{\"id\": 2}\n{\"x\": \"é\", \"a\": [1\n")).last().asString()
                .endsWith("line: 3, column: 17]);"); // UTF-16 units: the [ is the 18th byte
        assertThat(messages("\n\n[{\"id\": 1},\n{\"a\": [1}]")).last().asString().endsWith("line: 4, column: 7]);");
    }

    @Test
    void aBrokenScalarElementIsItsOwn6055AndTheElementsAfterItAreRead() {
        // tru at 2:2, an unknown escape at its letter (3:14, both Jacksons): each ends at the comma after it
        assertThat(read("[{\"id\": 1},\n tru,\n{\"id\": 3}, \"\\q\" , {\"id\": 6, \"ssl\": 3}]")).containsExactly(
                "0@1 id=1", "1@2 - [6055  2:2]", "2@3 id=3", "3@3 - [6055  3:14]", "4@3 id=6 [6319 /ssl 3:36]");
        // what follows a broken object may be any element
        assertThat(read("[tru, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:2]", "1@1 id=2");
        assertThat(read("[{\"id\": tru}, x, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]", "1@1 - [6055  1:15]",
                "2@1 id=2");
        assertThat(read("[{\"id\": tru}, 5, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]", "1@1 - [6055  1:15]",
                "2@1 id=2");
        // after a scalar element read whole (not an offer), a broken one is one 6055, not two
        assertThat(read("[{\"id\": 1}, \"abc\", tru, {\"id\": 4}]")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]",
                "2@1 - [6055  1:20]", "3@1 id=4");
    }

    @Test
    void aBrokenPrettyPrintedDocumentHidesNoDocumentAfterIt() {
        // a file of pretty-printed offers: the broken one ends at its closing brace, the next starts with {
        String offers = "{\n  \"id\": 1\n}\n{\n  \"id\": tru,\n  \"geo_countries\": [\"US\"]\n}\n\n{\n  \"id\": 3,\n  \"ssl\": 3\n}\n";
        assertThat(read(offers)).containsExactly("0@1 id=1", "1@4 - [6055  5:9]", "2@9 id=3 [6319 /ssl 11:10]");
        // not certain: the next value does not start with {, or the brackets do not balance
        assertThat(read("{\n  \"id\": tru\n}\nx {\"id\": 3}")).containsExactly("0@1 - [6055  2:9]");
        assertThat(read("{\n  \"id\": [tru\n}\n{\"id\": 3}")).containsExactly("0@1 - [6055  2:10]");
    }

    @Test
    void aBrokenRootScalarBetweenPrettyPrintedDocumentsHidesNoDocumentAfterIt() {
        // tru, a lone minus, NaN, a bare word, a string with an unknown escape: each ends at the white space
        // (or quote) after it, and the next document starts with {
        String doc = "{\n  \"id\": 1\n}\n";
        assertThat(read(doc + "tru\n" + doc + "-\n" + doc + "NaN\n" + doc + "x\r\n" + doc + "\"\\q\"\n" + doc))
                .containsExactly("0@1 id=1", "1@4 - [6055  4:1]", "2@5 id=1", "3@8 - [6055  8:2]", "4@9 id=1",
                        "5@12 - [6055  12:4]", "6@13 id=1", "7@16 - [6055  16:1]", "8@17 id=1", "9@20 - [6055  20:3]",
                        "10@21 id=1");
        // an unterminated string (a line break ends it): its end is not certain, and its 6055 says the rest
        // of the file was not read
        assertThat(read(doc + "\"abc\n" + doc)).containsExactly("0@1 id=1", "1@4 - [6055  4:5]");
        assertThat(messages(doc + "\"abc\n" + doc)).last().asString()
                .endsWith("; the rest of the file was not read (where this document ends is not certain);");
        assertThat(messages(doc + "tru\n")).last().asString().doesNotContain("the rest of the file");
    }

    @Test
    void whatIsNotCertainEndsTheFileAsBefore() {
        // an unterminated string: the scan never finds the end
        assertThat(read("[{\"id\": 1}, {\"name\": \"abc}, {\"id\": 2}]")).containsExactly(
                "0@1 id=1", "1@1 - [6055  1:31]");
        // a raw line break in a string: most often a string that never ended
        assertThat(read("[{\"name\": \"a\nb\"}, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:13]");
        // brackets that do not balance before the end of the input
        assertThat(read("[{\"id\": tru, \"x\": [{}], {\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]");
        // a bracket closing one of the other kind
        assertThat(read("[{\"id\": [1}, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:11]");
        // a break between elements: a missing comma, a trailing comma, a second comma
        assertThat(read("[{\"id\": tru} {\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]");
        assertThat(read("[{\"id\": tru},]")).containsExactly("0@1 - [6055  1:9]");
        assertThat(read("[{\"id\": tru},, {\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]");
        // a broken scalar element whose end is a guess: it runs into a brace, a quote, the end of the input
        assertThat(read("[{\"id\": 1}, tru{\"id\": 2}]")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]");
        assertThat(read("[{\"id\": 1}, tru\"x\", {\"id\": 2}]")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]");
        assertThat(read("[{\"id\": 1}, tru")).containsExactly("0@1 id=1", "1@1 - [6055  1:13]");
        // the input ends after the element
        assertThat(read("[{\"id\": tru}")).containsExactly("0@1 - [6055  1:9]");
        assertThat(read("[{\"id\": tru},\n")).containsExactly("0@1 - [6055  1:9]");
    }

    @Test
    void aByteThatIsNotUtf8AfterARecoveredElementIsPlacedInTheFile() {
        byte[] json = "\n[{\"id\": tru},\n{\"id\": 2},\n{\"name\": \"?\"}]".getBytes(UTF_8);
        json[json.length - 4] = (byte) 0xFF;
        assertThat(read(json)).containsExactly("0@2 - [6055  2:9]", "1@3 id=2", "2@4 - [6055  4:11]");
        // inside the broken element: its end is not certain, the file ends with it
        byte[] inside = "[{\"id\": tru, \"name\": \"?\"},\n{\"id\": 2}]".getBytes(UTF_8);
        inside[inside.length - 15] = (byte) 0xFF;
        assertThat(read(inside)).containsExactly("0@1 - [6055  1:9]");
    }

    @Test
    void aLoneBraceInAStringIsNoEnd() {
        assertThat(read("[{\"id\": tru, \"name\": \"}, {\\\"id\\\": 7} ]\"},\n{\"id\": 2, \"ssl\": 3}]")).containsExactly(
                "0@1 - [6055  1:9]", "1@2 id=2 [6319 /ssl 2:18]");
    }

    @Test
    void theArraysEndAndWhatFollowsItAreReadAfterABrokenElement() {
        assertThat(read("[{\"id\": 1}, {\"id\": tru}\n ]")).containsExactly("0@1 id=1", "1@1 - [6055  1:20]");
        assertThat(read("[{\"id\": 1}, {\"id\": tru}\n ] {}")).containsExactly("0@1 id=1", "1@1 - [6055  1:20]",
                "2@2 - [6055  2:4]");
    }

    @Test
    void deepNestingIsFollowedWhileItIsCertain() {
        // deeper than the parser reads (32 levels): a 6055 of its own, the next element read
        String deep = "{\"id\": 1, \"x\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(read("[" + deep + ",\n{\"id\": 2}]")).containsExactly("0@1 - [6820 /x 1:12, 6055  1:48]", "1@2 id=2");
        // deeper than the scan follows: not certain
        String deeper = "{\"id\": 1, \"x\": " + "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) + "}";
        assertThat(read("[" + deeper + ",\n{\"id\": 2}]")).containsExactly("0@1 - [6820 /x 1:12, 6055  1:48]");
    }

    @Test
    void prettyPrintedWithCrLfAndTabs() {
        String json = "[\r\n\t{\r\n\t\t\"id\": 1,\r\n\t\t\"ssl\": tru\r\n\t},\r\n\t{\r\n\t\t\"id\": 2,\r\n\t\t\"ssl\": 3\r\n\t}\r\n]\r\n";
        assertThat(read(json)).containsExactly("0@2 - [6055  4:10]", "1@6 id=2 [6319 /ssl 8:10]");
        // CR alone ends a line too, as the parser counts it
        assertThat(read(json.replace("\r\n", "\r"))).containsExactly("0@2 - [6055  4:10]", "1@6 id=2 [6319 /ssl 8:10]");
    }

    @Test
    void anElementLongerThanTheScanLooksAtEndsTheFile() {
        String name = "n".repeat(MAX_ELEMENT);
        assertThat(read("[{\"id\": tru, \"name\": \"" + name + "\"},\n{\"id\": 2}]")).containsExactly("0@1 - [6055  1:9]");
        String shorter = "n".repeat(MAX_ELEMENT - 100);
        assertThat(read("[{\"id\": tru, \"name\": \"" + shorter + "\"},\n{\"id\": 2}]")).containsExactly(
                "0@1 - [6055  1:9]", "1@2 id=2");
    }

    @Test
    void elementsAcrossTheChunksOfTheTextKeepTheirPositions() {
        // a broken element, and the element after it, at every offset around the text's chunk edges
        String element = "{\"id\": 5, \"name\": \"é🎉\", \"ssl\": 3}";
        for (int shift = -40; shift <= 40; shift += 3) {
            String pad = "{\"name\": \"" + "p".repeat(CHUNK - 30 + shift) + "\"}";
            String json = "[" + pad + ",{\"id\": tru}," + element + ",\n " + pad + ",{\"id\": 1 2}," + element + "]";
            String second = json.substring(json.indexOf('\n') + 1);
            // a String counts UTF-16 units, as the columns do
            assertThat(read(json)).as("shift %d", shift).containsExactly("0@1 id=null [6301 /id 1:2]",
                    "1@1 - [6055  1:" + (json.indexOf("tru") + 1) + "]",
                    "2@1 id=5 [6319 /ssl 1:" + (json.indexOf("\"ssl\": 3") + 8) + "]",
                    "3@2 id=null [6301 /id 2:2]",
                    "4@2 - [6055  2:" + (second.indexOf("1 2}") + 3) + "]",
                    "5@2 id=5 [6319 /ssl 2:" + (second.indexOf("\"ssl\": 3") + 8) + "]");
        }
    }

    @Test
    void theSplitterHandsOutNoElementTheSequentialReadingWouldEndTheFileWith() {
        // a broken element at every offset of the splitter's 64-byte blocks and around its buffer's end
        String element = "{\"id\": 5, \"name\": \"]}[{\", \"ssl\": 3}";
        for (int shift = 0; shift < 70; shift++) {
            String json = " ".repeat(shift) + "[" + element + ",{\"id\": tru, \"name\": \"}{\"}," + element + "]";
            assertThat(read(json)).as("shift %d", shift).hasSize(3);
            String big = "[{\"name\": \"" + "b".repeat((1 << 16) - 20 + shift) + "\"},{\"id\": tru}," + element + "]";
            assertThat(read(big)).as("shift %d", shift).hasSize(3);
        }
    }

    /** The generated elements whose end is not certain, and one that is no object (no certain end before it). */
    private static final int UNTERMINATED = 7;
    private static final int MISMATCHED = 8;
    private static final int SCALAR = 10;

    @Test
    void generatedArraysReadAlikeSequentiallyAndSplitWithBothJacksons() {
        String[] elements = {"{\"id\": 1}", "{\"id\": 2, \"ssl\": 3}", "{\"id\": tru}", "{\"id\": 1,,}",
            "{\"id\": [1 2], \"x\": {\"y\": \"]}\\\"\"}}", "{\"name\": \"é🎉 }{\", \"id\": 4}", "{\"id\": 5 6}",
            "{\"id\": \"x}", "{\"id\": [1}", "{\"id\":\r\n 7,\n\t\"ssl\": 9}", "3", "{\"id\": " + "[".repeat(40)
                + "]".repeat(40) + "}"};
        assertThat(elements[UNTERMINATED]).isEqualTo("{\"id\": \"x}");
        assertThat(elements[MISMATCHED]).isEqualTo("{\"id\": [1}");
        assertThat(elements[SCALAR]).isEqualTo("3");
        String[] spaces = {"", " ", "\n", "\r\n", "\t", "\r", "  \n  "};
        qt().withFixedSeed(20261207L).withExamples(80)
                .forAll(lists().of(integers().between(0, elements.length - 1)).ofSizeBetween(0, 10), integers().all())
                .checkAssert((picks, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    StringBuilder s = new StringBuilder(spaces[random.nextInt(spaces.length)]).append('[');
                    for (int i = 0; i < picks.size(); i++) {
                        s.append(i > 0 ? "," : "").append(spaces[random.nextInt(spaces.length)])
                                .append(elements[picks.get(i)]).append(spaces[random.nextInt(spaces.length)]);
                    }
                    boolean closed = random.nextInt(6) != 0;
                    s.append(closed ? "]" : "");
                    List<String> docs = read(s.toString()); // compares every reading
                    if (closed && !picks.contains(UNTERMINATED) && !picks.contains(MISMATCHED) && !picks.contains(SCALAR)) {
                        // every end certain: one document per element, broken or not
                        assertThat(docs).as(s.toString()).hasSize(picks.size());
                    }
                });
    }

    /**
     * The documents of {@code json}, sequentially; the split reading must give the same, messages
     * included, and Jackson 3 the same documents and positions (it words the start of an object or
     * array that did not close without its place).
     */
    private static List<String> read(String json) {
        return read(json.getBytes(UTF_8));
    }

    private static List<String> read(byte[] json) {
        List<String> first = null;
        for (OfferReader reader : READERS) {
            List<String> sequential = sequential(reader, json);
            assertThat(split(reader, json)).as("split, Jackson %d", reader.jacksonVersion()).isEqualTo(sequential);
            List<String> placed = sequential.stream().map(d -> d.substring(0, d.indexOf(" |"))).toList();
            if (first != null) {
                assertThat(placed).as("Jackson %d", reader.jacksonVersion()).isEqualTo(first);
            }
            first = placed;
        }
        return first;
    }

    private static List<String> messages(String json) {
        return sequential(READERS.get(0), json.getBytes(UTF_8)).stream().map(d -> d.substring(d.indexOf(" |") + 2)).toList();
    }

    private static List<String> sequential(OfferReader reader, byte[] json) {
        List<String> docs = new ArrayList<>();
        try (DocumentStream stream = reader.documents(new ByteArrayInputStream(json))) {
            stream.forEachRemaining(d -> docs.add(full(d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** As offer-lint reads with threads: the elements the scan hands out read alone, the rest sequentially. */
    private static List<String> split(OfferReader reader, byte[] json) {
        List<String> docs = new ArrayList<>();
        try {
            ArrayElements elements = new ArrayElements(reader, new ByteArrayInputStream(json));
            List<ArrayElements.Element> batch;
            while (!(batch = elements.next(2, 1 << 20)).isEmpty()) {
                for (ArrayElements.Element e : batch) {
                    docs.add(full(e.read()));
                }
            }
            if (elements.gaveUp()) {
                try (DocumentStream rest = reader.documents(new ByteArrayInputStream(json))) {
                    for (int i = 0; i < elements.handedOut(); i++) {
                        rest.next();
                    }
                    rest.forEachRemaining(d -> docs.add(full(d)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** "index@line id=N [code pointer line:column, ...]" ("-" for no request) and, after " |", the messages. */
    private static String full(Document d) {
        Offer offer = (Offer) d.result().offer();
        List<Violation> found = d.result().report().violations();
        String places = found.stream().map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column())
                .collect(Collectors.joining(", ", " [", "]"));
        return d.index() + "@" + d.line() + " " + (offer == null ? "-" : "id=" + offer.id())
                + (found.isEmpty() ? "" : places) + " |"
                + found.stream().map(v -> v.message() + ";").collect(Collectors.joining());
    }
}
