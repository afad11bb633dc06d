package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.linkcheck.AffiliTestClient;
import org.offerrules.linkcheck.CaseResult;
import org.offerrules.linkcheck.LinkCase;
import org.offerrules.linkcheck.LinkPlan;
import org.offerrules.linkcheck.PlanOptions;
import org.offerrules.linkcheck.fake.FakeAffiliTest;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;

/**
 * docs/links.md's Java block is this test's code, run against a stand-in AffiliTest on loopback with
 * the guide's example offer, a {@code Mobile} offer without targeting: two cases from {@code gb}.
 */
class LinksGuideTest {

    @Test
    void theJavaOfTheLinksGuide() throws Exception {
        Offer offer = OfferReader.create()
                .read(Files.readString(Snippets.root().resolve("docs/examples/valid-offer.json"))).offer();
        String key = "k".repeat(64);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (FakeAffiliTest server = FakeAffiliTest.start()) {
            String url = server.baseUrl();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                // snippet: links-java
                PlanOptions options = PlanOptions.defaults().withDefaultCountry("gb").withMaxCases(10);
                LinkPlan plan = LinkPlan.of(offer, options);
                AffiliTestClient client = AffiliTestClient.builder()
                        .baseUrl(url)     // https://affilitest.com unless told
                        .apiKey(key)      // System.getenv("AFFILITEST_API_KEY"); IllegalArgumentException unless 64 bytes
                        .rate(50, Duration.ofSeconds(30)).timeout(Duration.ofSeconds(30)).build();   // thread-safe: share it
                if (client.callsLeft() >= plan.cases().size()) {
                    for (LinkCase c : plan.cases()) {
                        CaseResult r = client.check(c);          // AffiliTestException on 401/403: stop
                        System.out.println(c.country() + " " + c.device() + " " + r.status().label() + " " + r.landing());
                    }
                }
                // end: links-java
            } finally {
                System.setOut(out);
            }
            assertThat(server.tests()).hasSize(2);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "gb android ok " + FakeAffiliTest.LANDING, "gb iphone ok " + FakeAffiliTest.LANDING);
    }

    @Test
    void theGuideShowsThisCode() throws Exception {
        Path root = Snippets.root();
        Snippets.assertInSync(root.resolve("docs/links.md"),
                List.of(root.resolve("validation-cli/src/test/java/org/offerrules/lint/LinksGuideTest.java")));
    }
}
