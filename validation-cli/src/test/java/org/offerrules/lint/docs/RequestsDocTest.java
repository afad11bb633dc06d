package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Request;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.guide.Snippets;

/** docs/requests.md shows what the library does: each request's example passes, each failing one fails so. */
class RequestsDocTest {

    private static final Pattern SECTION = Pattern.compile("(?m)^## (\\w+)$");
    private static final Pattern VALID = Pattern.compile("(?s)```json\\n(.*?)```");
    private static final Pattern FAILING = Pattern.compile("`(\\{[^`]*})` fails with (\\d+) at\\s+`([^`]*)`");

    @Test
    void everyRequestHasAnExampleThatPassesAndOneThatFailsAsTheDocumentSays() throws Exception {
        String doc = Files.readString(Snippets.root().resolve("docs/requests.md"));
        Matcher sections = SECTION.matcher(doc);
        List<String> methods = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (sections.find()) {
            methods.add(sections.group(1));
            starts.add(sections.end());
        }
        for (Request request : Request.values()) {
            if (request != Request.SET_OFFER) {
                assertThat(methods).contains(request.method());
            }
        }
        for (int i = 0; i < methods.size(); i++) {
            Request request = Request.ofMethod(methods.get(i)).orElseThrow();
            String section = doc.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : doc.length());
            OfferReader reader = OfferReader.builder().request(request.type()).build();
            Matcher valid = VALID.matcher(section);
            assertThat(valid.find()).as(request.method()).isTrue();
            assertThat(reader.read(valid.group(1)).report().violations()).as(valid.group(1)).isEmpty();
            Matcher failing = FAILING.matcher(section);
            int failingExamples = 0;
            while (failing.find()) {
                failingExamples++;
                ReadResult result = reader.read(failing.group(1));
                assertThat(result.report().violations()).as(failing.group())
                        .extracting(Violation::codeNumber, Violation::pointer)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(Integer.parseInt(failing.group(2)),
                                failing.group(3)));
            }
            assertThat(failingExamples).as(request.method()).isPositive();
        }
    }
}
