package org.offerrules.lint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.SetAdvertiser;

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

    @Test
    void oneValidatorChecksThemAll() {
        // snippet: requests-validate
        OfferValidator validator = OfferValidator.create();
        ValidationReport report = validator.validate(SetAdvertiser.builder()
                .email("x@").status("Active").company("A").firstName("B").build());
        // 6112 Invalid Email at /email
        // end: requests-validate
        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6112, "/email"));
    }

    @Test
    void anUpdateIsCheckedMergedIntoTheCurrentObject() {
        OfferValidator validator = OfferValidator.create();
        SetAdvertiser current = SetAdvertiser.builder().id(5).email("a@example.com").status("Active").company("A")
                .firstName("B").country("US").state("CA").build();
        assertThat(validator.validate(current).violations()).isEmpty();
        // snippet: requests-update
        SetAdvertiser update = SetAdvertiser.builder().id(5).country("CA").build();
        ValidationReport report = validator.validateUpdate(current, update);
        // 6122 at /country: California is no state of Canada (a whole advertiser has it at /state)
        SetAdvertiser merged = OfferValidator.merge(current, update);
        // end: requests-update
        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6122, "/country"));
        assertThat(merged.country()).isEqualTo("CA");
        assertThat(merged.state()).isEqualTo("CA");
        assertThat(validator.validateUpdate(null, update).violations()).extracting(Violation::codeNumber)
                .containsExactly(6105);
    }

    @Test
    void theLookupAnswersWhatTheServiceKnows() {
        Map<Integer, String> affiliates = Map.of(21, "pub");
        Map<Integer, String> offers = Map.of(12, "Summer Sale");
        // snippet: requests-lookup
        OfferValidator validator = OfferValidator.builder().lookup(new OfferLookup() {
            @Override public boolean affiliateExists(int id) { return affiliates.containsKey(id); }
            @Override public boolean offerExists(int id) { return offers.containsKey(id); }
        }).build();
        validator.validate(GenerateLink.builder().a(2).o(12).build());   // 6403 at /a when affiliate 2 is unknown
        // end: requests-lookup
        assertThat(validator.validate(GenerateLink.builder().a(2).o(12).build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6403, "/a"));
        assertThat(validator.validate(GenerateLink.builder().a(21).o(12).build()).violations()).isEmpty();
    }

    @Test
    void theGuideShowsThisCode() throws Exception {
        Snippets.assertInSync(Snippets.root().resolve("docs/requests.md"), List.of(Snippets.root()
                .resolve("validation-cli/src/test/java/org/offerrules/lint/docs/RequestsDocTest.java")));
    }
}
